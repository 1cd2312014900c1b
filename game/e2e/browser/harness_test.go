//go:build !js

package browser

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// repoRoot is the module's root folder.
func repoRoot(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// requireBrowser returns Chromium's path, skipping the test where there is
// none, or failing it under CI.
func requireBrowser(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is not installed; CI must run the browser tests (.ci/run installs it)")
	}
	t.Skip("Chromium is not installed; install it to run the browser tests")
	return ""
}

// webDir returns a built web folder: $SWARMFIELD_WEB_DIR (as `make test`
// sets it) or one built now into a temporary folder.
func webDir(t testing.TB) string {
	t.Helper()
	if dir := os.Getenv("SWARMFIELD_WEB_DIR"); dir != "" {
		return dir
	}
	root := repoRoot(t)
	dir := t.TempDir()
	cmd := exec.Command("make", "-C", root, "web", "WEB="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make web: %v\n%s", err, out)
	}
	return dir
}

// envInt returns the whole number in the environment variable name, def
// when it is unset; a value that is not a whole number from least up
// fails the test.
func envInt(t testing.TB, name string, def, least int) int {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < least {
		t.Fatalf("%s=%q: want a whole number from %d", name, s, least)
	}
	return n
}

// freePort returns a TCP port that was free a moment ago.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// serve builds the development server, serves dir with it on a free port
// with the extra flags, and returns the base URL.
func serve(t testing.TB, dir string, flags ...string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "devserver")
	build := exec.Command("go", "build", "-o", bin, "./web/devserver")
	build.Dir = repoRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the dev server: %v\n%s", err, out)
	}
	port := freePort(t)
	args := append([]string{"-dir", dir, "-port", fmt.Sprint(port), "-quiet"}, flags...)
	cmd := exec.Command(bin, args...)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	for deadline := time.Now().Add(10 * time.Second); ; {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the dev server did not start on %s", addr)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return "http://" + addr
}

// newBrowser starts headless Chromium and returns a context for one tab,
// which ends after three minutes.
func newBrowser(t testing.TB) context.Context {
	t.Helper()
	return newBrowserFor(t, 3*time.Minute)
}

// browserAndServer starts headless Chromium and the development server
// on the built web folder, and returns the context of the browser's tab
// and the server's base URL: what most tests start with.
func browserAndServer(t testing.TB) (context.Context, string) {
	t.Helper()
	ctx := newBrowser(t)
	return ctx, serve(t, webDir(t))
}

// servedPage starts headless Chromium and the development server, and
// opens the game at query (such as "?seed=1") in the browser's tab, waiting
// for its first frames; it returns the tab's context.
func servedPage(t testing.TB, query string) context.Context {
	t.Helper()
	ctx, base := browserAndServer(t)
	openPage(ctx, t, base+"/"+query)
	return ctx
}

// servedRun is servedPage, then a click on the canvas that starts a run.
func servedRun(t testing.TB, query string) context.Context {
	t.Helper()
	ctx, base := browserAndServer(t)
	startRun(ctx, t, base+"/"+query)
	return ctx
}

// newBrowserFor is newBrowser with the tab's whole life limited to d and
// any extra Chromium options. chromedp.Cancel on the context closes the browser before the test ends.
// The tab's pages start with the how-to marked as seen, as for a player
// who has played before (see newFirstVisit).
func newBrowserFor(t testing.TB, d time.Duration, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	ctx := newFirstVisitFor(t, d, extra...)
	addInitScript(ctx, t, `try { localStorage.setItem("swarmfield:howto", "seen") } catch (e) {}`)
	return ctx
}

// newFirstVisitFor is newBrowserFor for a player's first visit: nothing
// is stored yet.
func newFirstVisitFor(t testing.TB, d time.Duration, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	exe := requireBrowser(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.WindowSize(1024, 768),
	}
	// V8's own flags, for an experiment, such as
	// --no-wasm-lazy-compilation (see BenchmarkBrowserFirstFrame).
	if f := os.Getenv("SWARMFIELD_JS_FLAGS"); f != "" {
		opts = append(opts, chromedp.Flag("js-flags", f))
	}
	opts = append(opts, extra...)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx, chromedp.WithLogf(t.Logf))
	ctx, cancelTimeout := context.WithTimeout(ctx, d)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	return ctx
}

// state is what window.swarmfield.state() returns.
type state struct {
	Tick     float64 `json:"tick"`
	Scene    string  `json:"scene"`
	Player   struct{ X, Y float64 }
	Score    float64 `json:"score"`
	Best     float64 `json:"best"`
	GameOver bool    `json:"gameOver"`
	Hazards  float64 `json:"hazards"`
	Orbs     float64 `json:"orbs"`
	Seed     string  `json:"seed"`
	Hash     string  `json:"hash"`
	Runs     float64 `json:"runs"`
	Frames   float64 `json:"frames"`
	FirstRun bool    `json:"firstRun"`
}

// evaluate evaluates the JavaScript expression expr in the page or, with
// opts, in another context, and returns its value, failing the test with
// expr and the error when it throws or does not decode as a T.
func evaluate[T any](ctx context.Context, t testing.TB, expr string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// readState reads window.swarmfield.state(), in the page or, with
// inContext, in a frame.
func readState(ctx context.Context, t testing.TB, opts ...chromedp.EvaluateOption) state {
	t.Helper()
	return evaluate[state](ctx, t, `window.swarmfield.state()`, opts...)
}

// waitFor polls the state, read as readState does with opts, until cond
// holds, failing after timeout.
func waitFor(ctx context.Context, t testing.TB, what string, timeout time.Duration, cond func(state) bool, opts ...chromedp.EvaluateOption) state {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := readState(ctx, t, opts...)
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s; last state %+v", timeout, what, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitReady waits until the game has drawn its first frame.
func waitReady(ctx context.Context, t testing.TB) {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](
		`window.swarmfield && typeof window.swarmfield.state === "function" && window.swarmfield.state().frames > 1`,
		chromedp.WithPollingTimeout(90*time.Second)))
	if err != nil {
		errText, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("error-text").textContent`))
		t.Fatalf("the game did not start: %v (error panel: %q)", err, errText)
	}
}

// keys maps key names to the DOM codes and virtual key codes Chromium needs.
var keys = map[string]struct {
	code string
	vk   int64
}{
	"ArrowRight": {"ArrowRight", 39},
	"ArrowLeft":  {"ArrowLeft", 37},
	"ArrowUp":    {"ArrowUp", 38},
	"ArrowDown":  {"ArrowDown", 40},
	"m":          {"KeyM", 77},
	"F9":         {"F9", 120},
	"Enter":      {"Enter", 13},
	" ":          {"Space", 32},
	"F3":         {"F3", 114},
	"p":          {"KeyP", 80},
}

// keyEvent sends one key event, as a real keyboard would.
func keyEvent(typ input.DispatchKeyEventType, key string) chromedp.Action[chromedp.Void] {
	k, ok := keys[key]
	if !ok {
		panic("e2e: unknown key " + key)
	}
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, input.DispatchKeyEventParams{
			Type: typ, Key: key, Code: k.code,
			WindowsVirtualKeyCode: k.vk, NativeVirtualKeyCode: k.vk,
		})
		return err
	})
}

// holdKey holds key down for d.
func holdKey(ctx context.Context, t testing.TB, key string, d time.Duration) {
	t.Helper()
	err := chromedp.Do(ctx,
		keyEvent(input.DispatchKeyEventTypeRawKeyDown, key),
		chromedp.Sleep(d),
		keyEvent(input.DispatchKeyEventTypeKeyUp, key))
	if err != nil {
		t.Fatalf("holding %s: %v", key, err)
	}
}

// tapKey presses and releases key.
func tapKey(ctx context.Context, t testing.TB, key string) {
	t.Helper()
	holdKey(ctx, t, key, 50*time.Millisecond)
}

// screenshot saves the page as a PNG under dist/e2e and returns its path.
func screenshot(ctx context.Context, t testing.TB, name string) string {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := filepath.Join(repoRoot(t), "dist", "e2e")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	return path
}

// isMultiple reports whether v is a non-zero multiple of step.
func isMultiple(v, step float64) bool {
	q := v / step
	return v != 0 && q == float64(int64(q))
}

// openPage loads url and waits until the game has drawn its first frames.
func openPage(ctx context.Context, t testing.TB, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("loading %s: %v", url, err)
	}
	waitReady(ctx, t)
}

// clickCanvas clicks the middle of the game's canvas, as a player starting
// or resuming the game does.
func clickCanvas(ctx context.Context, t testing.TB) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("canvas"))); err != nil {
		t.Fatalf("clicking the canvas: %v", err)
	}
}

// startRun loads url and clicks the canvas to start a run, waiting until
// it is playing.
func startRun(ctx context.Context, t testing.TB, url string) {
	t.Helper()
	openPage(ctx, t, url)
	clickCanvas(ctx, t)
	waitFor(ctx, t, "a click to start the run", 20*time.Second, func(s state) bool { return s.Scene == "playing" })
}

// setWindowState minimises or restores the browser window of the page.
func setWindowState(ctx context.Context, t testing.TB, st browser.WindowState) {
	t.Helper()
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		w, err := cdp.Call(ctx, tg, browser.GetWindowForTarget, browser.GetWindowForTargetParams{})
		if err != nil {
			return err
		}
		_, err = cdp.Call(ctx, tg, browser.SetWindowBounds, browser.SetWindowBoundsParams{
			WindowID: w.WindowID, Bounds: &browser.Bounds{WindowState: st}})
		return err
	}))
	if err != nil {
		t.Fatalf("setting the window %s: %v", st, err)
	}
}

// waitScreen waits until the game draws on a w×h screen of device pixels,
// as window.swarmfield.devices() reports, failing after timeout.
func waitScreen(ctx context.Context, t testing.TB, what string, w, h float64, timeout time.Duration) {
	t.Helper()
	var got struct{ Width, Height float64 }
	for deadline := time.Now().Add(timeout); ; time.Sleep(100 * time.Millisecond) {
		d, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
			Screen struct{ Width, Height float64 }
		}](`window.swarmfield.devices()`))
		if err != nil {
			t.Fatal(err)
		}
		if got = d.Screen; got.Width == w && got.Height == h {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("at %s the game draws on %v×%v device pixels, want %v×%v", what, got.Width, got.Height, w, h)
		}
	}
}
