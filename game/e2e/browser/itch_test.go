//go:build !js

package browser

import (
	"archive/zip"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"swarmfield/game/internal/testkit"
)

// itchFiles are exactly the files the itch.io zip must hold.
var itchFiles = []string{"index.html", "loader.js", "main.wasm.gz", "page.js", "share.js", "style.css", "wasm_exec.js", "webgl.js"}

// itchFolder packs the built web folder into the itch.io zip with the same
// command as `make itch`, checks the zip's layout and returns the folder
// it unzips to.
func itchFolder(t *testing.T) string {
	t.Helper()
	zipPath := filepath.Join(t.TempDir(), "swarmfield-itch.zip")
	cmd := exec.Command("go", "run", "./web/itchzip", "-dir", webDir(t), "-o", zipPath)
	cmd.Dir = repoRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("itchzip: %v\n%s", err, out)
	}
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	dir := t.TempDir()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if strings.ContainsAny(f.Name, `/\`) || f.FileInfo().IsDir() {
			t.Errorf("zip entry %q is not a file at the root", f.Name)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("unzipping %s: %v", f.Name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(names)
	if !slices.Equal(names, itchFiles) {
		t.Fatalf("the zip holds %q, want exactly %q", names, itchFiles)
	}
	gz := testkit.ReadFile(t, filepath.Join(dir, "main.wasm.gz"))
	if len(gz) < 2 || gz[0] != 0x1f || gz[1] != 0x8b {
		t.Fatal("main.wasm.gz in the zip is not gzip")
	}
	// itchzip refuses absolute URLs (its own tests check that); the page
	// must also name its files relatively, as itch.io nests the folder.
	page := string(testkit.ReadFile(t, filepath.Join(dir, "index.html")))
	for _, ref := range []string{`src="wasm_exec.js"`, `src="webgl.js"`, `src="loader.js"`, `href="style.css"`} {
		if !strings.Contains(page, ref) {
			t.Errorf("index.html lacks %s", ref)
		}
	}
	return dir
}

// hostPage serves, from its own origin (another port), a page taller than
// the window with the game in an iframe at the top, as itch.io embeds it.
func hostPage(t *testing.T, gameURL, iframeAttrs string) string {
	t.Helper()
	page := fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>host</title></head>
<body style="margin:0;background:#222">
<iframe id="game" src="%s" width="800" height="600" %s style="border:0;display:block"></iframe>
<div style="height:3000px;background:linear-gradient(#333,#999)">the rest of the page</div>
</body></html>`, gameURL, iframeAttrs)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestBrowserItchEmbed serves the unzipped itch.io folder under
// /html/123/, with and without Content-Encoding: gzip, and plays it in an
// iframe on a page from another origin: a click starts the game, held
// arrow keys move the player, the host page does not scroll, and losing
// the focus pauses the game until a click.
func TestBrowserItchEmbed(t *testing.T) {
	dir := itchFolder(t)
	for _, mode := range []struct {
		name  string
		flags []string
	}{
		{"gzip-encoding", []string{"-gzip-encoding"}},
		{"plain", nil},
	} {
		t.Run(mode.name, func(t *testing.T) {
			ctx := newBrowser(t)
			base := serve(t, dir, append([]string{"-prefix", "/html/123/"}, mode.flags...)...)
			host := hostPage(t, base+"/html/123/index.html?seed=1&bench=1", `allow="autoplay; fullscreen; gamepad" allowfullscreen`)
			frames := watchContexts(ctx, t)
			if err := chromedp.Do(ctx, chromedp.Navigate(host)); err != nil {
				t.Fatal(err)
			}
			game := frames.game(ctx, t, base)
			s := waitFor(ctx, t, "the game's first frames", 90*time.Second, func(s state) bool { return s.Frames > 1 }, inContext(game))
			if s.Scene != "title" {
				t.Fatalf("the game opened on %+v, want the title", s)
			}
			// The canvas draws the title's one call to action; the page's
			// overlay stays hidden until the game loses the focus.
			overlay, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!document.getElementById("play").classList.contains("hidden")`, inContext(game)))
			if err != nil || overlay {
				t.Fatalf("the page's overlay shows a second call to action on the title (err %v)", err)
			}
			screenshot(ctx, t, "itch-"+mode.name+"-title.png")

			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#game"))); err != nil {
				t.Fatalf("clicking the iframe: %v", err)
			}
			waitFor(ctx, t, "the click to start the game", 10*time.Second, func(s state) bool { return s.Scene == "playing" }, inContext(game))
			focused, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.activeElement === document.querySelector("canvas") && document.getElementById("play").classList.contains("hidden")`, inContext(game)))
			if err != nil || !focused {
				t.Fatalf("after the click the canvas has no focus or the overlay stays (err %v)", err)
			}

			x0 := readState(ctx, t, inContext(game)).Player.X
			holdKey(ctx, t, "ArrowRight", 600*time.Millisecond)
			holdKey(ctx, t, "ArrowDown", 300*time.Millisecond)
			holdKey(ctx, t, " ", 300*time.Millisecond)
			s = readState(ctx, t, inContext(game))
			if dx := s.Player.X - x0; dx <= 0 || !isMultiple(dx, 10) {
				t.Fatalf("holding the right arrow in the iframe moved the player by %v, want a positive multiple of 10", dx)
			}
			scroll, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.scrollY + document.scrollingElement.scrollTop`))
			if err != nil || scroll != 0 {
				t.Fatalf("the host page scrolled by %v while keys were held (err %v)", scroll, err)
			}
			screenshot(ctx, t, "itch-"+mode.name+"-playing.png")

			// Clicking the host page takes the focus away: the game pauses,
			// and the run does not advance until a click brings it back.
			if err := chromedp.Do(ctx, chromedp.MouseClickXY(900, 700)); err != nil {
				t.Fatal(err)
			}
			s = waitFor(ctx, t, "the game to pause on blur", 5*time.Second, func(s state) bool { return s.Scene == "paused" }, inContext(game))
			time.Sleep(time.Second)
			if p := readState(ctx, t, inContext(game)); p.Tick != s.Tick || p.Scene != "paused" {
				t.Fatalf("while unfocused the run went on: tick %v then %v, scene %q", s.Tick, p.Tick, p.Scene)
			}
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#game"))); err != nil {
				t.Fatal(err)
			}
			r := waitFor(ctx, t, "a click to resume", 5*time.Second, func(s state) bool { return s.Scene == "playing" }, inContext(game))
			// No burst of catch-up ticks: at most a few ticks pass between
			// the resume and the next read, not the second spent paused.
			if r.Tick-s.Tick > 20 {
				t.Fatalf("resuming ran %v ticks at once, want no catch-up burst", r.Tick-s.Tick)
			}
		})
	}
}

// corsServer serves dir with Access-Control-Allow-Origin: * on another
// port and returns its URL.
func corsServer(t *testing.T, dir string) string {
	t.Helper()
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}
