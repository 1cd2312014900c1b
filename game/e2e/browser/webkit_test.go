//go:build !js

package browser

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"swarmfield/game/internal/testkit"
)

// The WebKit tests play the game in WebKitGTK's MiniBrowser, driven by
// WebKitWebDriver (Debian's webkit2gtk-driver) under Xvfb. WebKitGTK shares
// WebCore and JavaScriptCore's WebAssembly engine with Safari, and its
// autoplay policy: Web Audio waits for a click, a tap or a key. It does
// not share iOS's touch, fullscreen and vibration APIs: the Chromium
// phone tests cover those code paths (iphone_test.go).

// miniBrowserGlobs are where distributions put WebKitGTK's MiniBrowser:
// Debian's libwebkit2gtk-4.1-0 in its library folder, Fedora's in
// libexec.
var miniBrowserGlobs = []string{
	"/usr/lib/*/webkit2gtk-4.*/MiniBrowser",
	"/usr/lib/webkit2gtk-4.*/MiniBrowser",
	"/usr/libexec/webkit2gtk-4.*/MiniBrowser",
}

// requireWebKit returns the paths of WebKitWebDriver and MiniBrowser,
// skipping the test with one line when either is missing, or failing it
// under CI.
func requireWebKit(t testing.TB) (driver, browser string) {
	t.Helper()
	missing := func(what string) {
		t.Helper()
		if os.Getenv("CI") == "true" {
			t.Fatal(what + "; CI must run the WebKit tests (.ci/run installs webkit2gtk-driver)")
		}
		t.Skip(what + ", so the WebKit tests skip (Debian: apt-get install webkit2gtk-driver)")
	}
	driver, err := exec.LookPath("WebKitWebDriver")
	if err != nil {
		missing("WebKitWebDriver is not installed")
	}
	for _, g := range miniBrowserGlobs {
		if m, _ := filepath.Glob(g); len(m) > 0 {
			return driver, m[len(m)-1]
		}
	}
	missing("WebKitGTK's MiniBrowser is not installed")
	return "", ""
}

// startWebKit starts Xvfb and a MiniBrowser session on it, with env added
// to the browser's environment. Each session has a fresh, ephemeral
// website data store, as a first visit does.
func startWebKit(t testing.TB, env ...string) *webDriver {
	t.Helper()
	driver, browser := requireWebKit(t)
	display := startDisplay(t, "WebKit")
	wd := startWebDriver(t, driver, map[string]any{
		"browserName": "MiniBrowser",
		"webkitgtk:browserOptions": map[string]any{
			"binary": browser,
			"args":   []string{"--automation"},
		},
	}, append([]string{"DISPLAY=" + display}, env...)...)
	t.Logf("MiniBrowser (WebKitGTK) %s", wd.version)
	return wd
}

// wdState reads window.swarmfield.state().
func wdState(wd *webDriver) state {
	wd.t.Helper()
	return wdEval[state](wd, "window.swarmfield.state()")
}

// wdWaitFor polls the state until cond holds, failing after timeout.
func wdWaitFor(wd *webDriver, what string, timeout time.Duration, cond func(state) bool) state {
	wd.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := wdState(wd)
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			wd.t.Fatalf("timed out after %v waiting for %s; last state %+v", timeout, what, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// wdOpen loads url and waits until the game has drawn its first frames.
func wdOpen(wd *webDriver, url string) {
	wd.t.Helper()
	wd.navigate(url)
	wdWaitReady(wd)
}

// wdWaitReady waits until the game has drawn its first frames, failing
// at once when the page shows its error panel instead.
func wdWaitReady(wd *webDriver) {
	wd.t.Helper()
	const probe = `(() => {
	  const error = document.getElementById("error");
	  if (error && !error.classList.contains("hidden")) return "error: " + document.getElementById("error-text").textContent;
	  const sf = window.swarmfield;
	  return sf && typeof sf.state === "function" && sf.state().frames > 1 ? "ready" : "";
	})()`
	for deadline := time.Now().Add(90 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		switch got := wdEval[string](wd, probe); {
		case got == "ready":
			return
		case strings.HasPrefix(got, "error: "):
			wd.t.Fatalf("the game did not start: the error panel says %q", strings.TrimPrefix(got, "error: "))
		}
		if time.Now().After(deadline) {
			wd.t.Fatal("the game did not start within 90 s")
		}
	}
}

// wdAudio waits until the game's audio is opened (it opens after the
// first frame) and returns its state: "suspended" or "running".
func wdAudio(wd *webDriver) string {
	wd.t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if a := wdEval[string](wd, "window.swarmfield.devices().audio"); a != "none" || time.Now().After(deadline) {
			return a
		}
	}
}

// wdFetched returns the names of the files the page fetched, in order.
func wdFetched(wd *webDriver) []string {
	wd.t.Helper()
	return wdEval[[]string](wd, `performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname.split("/").pop())`)
}

// TestBrowserWebKit plays the game in WebKit, Safari's engine, as the
// Firefox test does: a first visit reads through the how-to, the held
// right arrow takes an orb in steps of 10, walking up out of the field
// ends the run and Enter restarts; the best score and the high-score
// table survive a reload; the replay code copied at the game over
// watches with watch(code) to the run's final hash. On the way it checks
// what Safari does its own way: audio starts only with the first click,
// the wasm is gunzipped with DecompressionStream, there is no
// navigator.vibrate, and the fullscreen button works through WebKit's
// Fullscreen API.
func TestBrowserWebKit(t *testing.T) {
	wd := startWebKit(t)
	base := serve(t, webDir(t))
	seed := seedWithOrbToTheRight(t)
	wdOpen(wd, fmt.Sprintf("%s/?seed=%d&bench=1", base, seed))
	s := wdState(wd)
	if s.Scene != "title" || s.Player.X != 400 || s.Player.Y != 300 || !s.FirstRun {
		t.Fatalf("opened on %+v, want a first visit's title with the player at the centre", s)
	}
	if got := wdFetched(wd); !slices.Contains(got, "main.wasm.gz") || slices.Contains(got, "main.wasm") {
		t.Errorf("the page fetched %v; want main.wasm.gz alone, gunzipped with DecompressionStream", got)
	}
	if v := wdEval[string](wd, "typeof navigator.vibrate"); v != "undefined" {
		t.Logf("this WebKit has navigator.vibrate (%s); Safari has none", v)
	}
	// WebKit starts Web Audio only in a user gesture, as Safari does.
	if a := wdAudio(wd); a != "suspended" {
		t.Fatalf("before any gesture the audio is %q, want suspended until the first click", a)
	}

	// A first visit's click opens the how-to; read it through with Enter.
	wd.click("canvas")
	s = wdWaitFor(wd, "a click to open the how-to", 10*time.Second, func(s state) bool { return s.Scene == "howto" })
	for deadline := time.Now().Add(5 * time.Second); wdEval[string](wd, "window.swarmfield.devices().audio") != "running"; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the first click did not start the audio")
		}
	}
	pages := 0
	for ; s.Scene == "howto" && pages < 10; pages++ {
		wd.tapKey("Enter")
		time.Sleep(150 * time.Millisecond)
		s = wdState(wd)
	}
	if s.Scene != "playing" || pages < 2 {
		t.Fatalf("after %d pages of the how-to: %+v, want a run after at least two pages", pages, s)
	}
	t.Logf("how-to: %d pages, then the run", pages)

	// Hold the right arrow until the orb straight ahead is taken.
	x0 := s.Player.X
	wd.keyDown("ArrowRight")
	wdWaitFor(wd, "the orb to the right to be taken", time.Minute, func(s state) bool { return s.Score >= 1 || s.Player.X >= 780 })
	wd.keyUp("ArrowRight")
	time.Sleep(200 * time.Millisecond)
	s = wdState(wd)
	if dx := s.Player.X - x0; dx <= 0 || !isMultiple(dx, 10) || s.Score < 1 {
		t.Fatalf("holding the right arrow moved the player by %v to %+v with score %v, want a positive multiple of 10 and the orb", dx, s.Player, s.Score)
	}
	shot := wd.screenshot("webkit-playing.png")
	if n := testkit.HazardPixels(testkit.DecodePNG(t, shot)); n < 300 {
		t.Errorf("the WebKit screenshot has %d red to violet pixels; the hazards are not drawn", n)
	}

	// Out of the field: up until the run ends. The first run that scores
	// asks for initials, which the arrows change and Enter saves.
	wd.keyDown("ArrowUp")
	end := wdWaitFor(wd, "the run to end", 90*time.Second, func(s state) bool { return s.GameOver })
	wd.keyUp("ArrowUp")
	if end.Scene != "initials" || end.Player.Y >= 0 || end.Best < end.Score || end.Score < 1 {
		t.Fatalf("after walking out: %+v, want the initials entry after a run that scored and ended above the field", end)
	}
	for _, key := range []string{"ArrowUp", "ArrowRight", "ArrowDown", "Enter"} {
		wd.tapKey(key)
		time.Sleep(100 * time.Millisecond)
	}
	wdWaitFor(wd, "the initials to be saved", 10*time.Second, func(s state) bool { return s.Scene == "gameover" })
	table := wdEval[[]struct {
		Initials string  `json:"initials"`
		Score    float64 `json:"score"`
	}](wd, "window.swarmfield.scores()")
	if len(table) != 1 || table[0].Score != end.Best {
		t.Fatalf("the high-score table %+v, want one entry of %v", table, end.Best)
	}

	// COPY CODE (C) at the game over. WebKit grants the clipboard only in
	// an input event's handler and the timers it starts, not in the
	// animation frame where Ebitengine reads the keys, so the page shows
	// the code in a box whose Copy button, a click's handler, copies it.
	time.Sleep(700 * time.Millisecond) // the game-over screen ignores keys for half a second
	code := wdEval[string](wd, "window.swarmfield.replayCode()")
	if !strings.HasPrefix(code, "SWF1.") {
		t.Fatalf("replayCode() = %.40q after the run", code)
	}
	wd.tapKey("c")
	var copied string
	for deadline := time.Now().Add(5 * time.Second); copied == ""; time.Sleep(50 * time.Millisecond) {
		copied = wdEval[string](wd, `document.getElementById("share").open ? "box" : window.swarmfield.state().shareNote`)
		if time.Now().After(deadline) {
			t.Fatal("C at the game over neither copied the replay code nor showed it")
		}
	}
	switch copied {
	case "replay code copied":
		t.Log("copy: C put the code on the clipboard")
	case "box":
		if shown := wdEval[string](wd, `document.getElementById("share-code").value`); shown != code {
			t.Fatalf("the box shows %.40q, want the run's code %.40q", shown, code)
		}
		wd.click("#share-copy")
		wdWaitJS(wd, "the box's Copy button to copy the code", `document.getElementById("share-text").textContent`, "Copied.")
		wd.click("#share-close")
		t.Log("copy: C showed the code in the box, and its Copy button copied it")
	default:
		t.Fatalf("C at the game over: %.60q; want the code copied or shown", copied)
	}

	wd.tapKey("Enter")
	s = wdWaitFor(wd, "Enter to start a new run", 10*time.Second, func(s state) bool { return s.Runs == 2 })
	if s.Scene != "playing" || s.GameOver || s.Player.X != 400 || s.Player.Y != 300 {
		t.Fatalf("after Enter: %+v, want a fresh run from the centre", s)
	}

	wd.reload()
	wdWaitReady(wd)
	s = wdState(wd)
	kept := wdEval[[]struct {
		Initials string  `json:"initials"`
		Score    float64 `json:"score"`
	}](wd, "window.swarmfield.scores()")
	if s.Best != end.Best || s.Scene != "title" || s.FirstRun || len(kept) != 1 || kept[0] != table[0] {
		t.Fatalf("after a reload: %+v with the table %+v, want the title without the how-to, best %v and the table %+v", s, kept, end.Best, table)
	}

	// The page's fullscreen button, in a click's gesture.
	fullscreen := `String(document.fullscreenElement || document.webkitFullscreenElement || null)`
	if l := readLayoutWD(wd); l.Fullscreen == nil {
		t.Fatal("WebKit has the Fullscreen API, and the page shows no fullscreen button")
	}
	wd.click("#fullscreen")
	wdWaitJS(wd, "the fullscreen button to go fullscreen", fullscreen, "[object HTMLHtmlElement]")
	wd.click("#fullscreen")
	wdWaitJS(wd, "the fullscreen button to leave fullscreen", fullscreen, "null")

	// Watch the copied code to the run's end.
	var refused string
	wd.run("return window.swarmfield.watch(arguments[0]);", &refused, code)
	if refused != "" {
		t.Fatalf("watch(the copied code) = %q", refused)
	}
	wd.click("canvas") // the keys' focus; the middle has no button
	wd.tapKey("6")     // 16x
	var w watchState
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		w = wdEval[watchState](wd, "window.swarmfield.state()")
		if w.Replay != nil && w.Replay.Done {
			break
		}
		if w.Replay == nil || time.Now().After(deadline) {
			t.Fatalf("the replay did not end: mode %q, %+v", w.Mode, w.Replay)
		}
	}
	s = wdState(wd)
	if r := w.Replay; s.Hash != end.Hash || s.Tick != end.Tick || s.Score != end.Score || r.DivergedAt != nil || r.CheckpointsMatched != r.Checkpoints {
		t.Fatalf("watched to tick %v score %v hash %s (%+v); the run ended at tick %v score %v hash %s",
			s.Tick, s.Score, s.Hash, *r, end.Tick, end.Score, end.Hash)
	}
	t.Logf("watched: tick %v score %v hash %s, %v checkpoints matched", s.Tick, s.Score, s.Hash, w.Replay.CheckpointsMatched)
}

// readLayoutWD reads window.swarmfield.layout().
func readLayoutWD(wd *webDriver) pageLayout {
	wd.t.Helper()
	return wdEval[pageLayout](wd, "window.swarmfield.layout()")
}

// wdWaitJS waits until the JavaScript expression expr is want.
func wdWaitJS(wd *webDriver, what, expr, want string) {
	wd.t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		got := wdEval[string](wd, expr)
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			wd.t.Fatalf("timed out waiting for %s: %s is %q, want %q", what, expr, got, want)
		}
	}
}

// withInitScript serves what the server at base serves, with script run
// first in the page, before the page's own scripts: what Chromium's
// init scripts do, which WebDriver classic lacks. It returns the base URL
// of a proxy that ends with the test, and a function that returns the
// paths requested through it so far.
func withInitScript(t testing.TB, base, script string) (string, func() []string) {
	t.Helper()
	var (
		mu    sync.Mutex
		paths []string
	)
	target, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ModifyResponse = func(r *http.Response) error {
		if !strings.HasPrefix(r.Header.Get("Content-Type"), "text/html") {
			return nil
		}
		body, err := io.ReadAll(r.Body)
		r.Body.Close()
		if err != nil {
			return err
		}
		head := []byte("<head>")
		if !bytes.Contains(body, head) {
			return fmt.Errorf("%s has no <head> to put the script in", r.Request.URL)
		}
		body = bytes.Replace(body, head, []byte("<head><script>"+script+"</script>"), 1)
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		r.Header.Set("Content-Length", strconv.Itoa(len(body)))
		return nil
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), paths...)
	}
}

// TestBrowserWebKitWithoutDecompressionStream opens the game in WebKit
// without DecompressionStream, as in Safari before 16.4: the loader finds
// gzip in main.wasm.gz that it cannot decompress, falls back to
// main.wasm, and the game starts.
func TestBrowserWebKitWithoutDecompressionStream(t *testing.T) {
	wd := startWebKit(t)
	base, requested := withInitScript(t, serve(t, webDir(t)), "delete window.DecompressionStream;")
	wdOpen(wd, base+"/?seed=1")
	if got := wdEval[string](wd, "typeof DecompressionStream"); got != "undefined" {
		t.Fatalf("DecompressionStream is still there (%s)", got)
	}
	// The cancelled download of main.wasm.gz leaves no entry in WebKit's
	// resource timing; the proxy saw it.
	got := requested()
	gz, raw := slices.Index(got, "/main.wasm.gz"), slices.Index(got, "/main.wasm")
	if gz < 0 || raw < gz {
		t.Fatalf("the page requested %v; want main.wasm.gz, then main.wasm", got)
	}
	if s := wdState(wd); s.Scene != "title" {
		t.Fatalf("the game started on %+v", s)
	}
}

// TestBrowserWebKitReducedMotion opens the game in WebKit with GTK's
// animations off, which WebKitGTK reports as prefers-reduced-motion:
// reduce, as Safari does with iOS's and macOS's Reduce Motion: with
// nothing stored, the reduce-motion setting starts on.
func TestBrowserWebKitReducedMotion(t *testing.T) {
	config := t.TempDir()
	if err := os.MkdirAll(filepath.Join(config, "gtk-3.0"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(config, "gtk-3.0", "settings.ini"), []byte("[Settings]\ngtk-enable-animations=false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	wd := startWebKit(t, "XDG_CONFIG_HOME="+config)
	wdOpen(wd, serve(t, webDir(t))+"/?seed=1")
	if !wdEval[bool](wd, `matchMedia("(prefers-reduced-motion: reduce)").matches`) {
		t.Fatal("WebKitGTK with GTK's animations off does not report prefers-reduced-motion: reduce")
	}
	if s := wdEval[settingsState](wd, "window.swarmfield.settings()"); !s.ReduceMotion {
		t.Fatalf("asked for reduced motion, the game started with %+v", s)
	}
}
