//go:build !js

package browser

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
)

// BenchmarkBrowserFirstFrame loads, in turn, the game and the minimal
// Ebitengine program (web/minimal) through the same page, loader and
// server (main.wasm.gz sent with Content-Encoding: gzip, as itch.io may),
// each in a fresh headless Chromium with an empty cache. It reports, in
// milliseconds since navigation, when the last byte of the game's wasm
// was read, when it was compiled, and when each program's first frame
// ended (the first requestAnimationFrame callback that drew, see
// loaderProbe), then the ratio of the two first frames, how long the
// compile went on after the last byte, and how long the game's first
// frame went on after its Draw called window.swarmfield.ready() (the
// flush to WebGL). Each game load is followed by a minimal one; besides
// the ratio of the means it reports the median of the pairs' ratios,
// which one slow load on a shared machine moves less, and logs them all.
// `make size` and `make bench` run it. With
// SWARMFIELD_JS_FLAGS=--no-wasm-lazy-compilation the browser compiles
// every function while downloading instead of each on its first call.
func BenchmarkBrowserFirstFrame(b *testing.B) {
	dirs := [2]string{webDir(b), minimalWeb(b)}
	bases := [2]string{serve(b, dirs[0], "-gzip-encoding"), serve(b, dirs[1], "-gzip-encoding")}
	var sum [2]struct{ downloaded, compiled, ready, firstFrame float64 }
	var ratios []float64 // the game's first frame over the minimal's, load by load
	for range b.N {
		var pair [2]float64
		for i, base := range bases {
			ctx := newBrowser(b)
			addInitScript(ctx, b, loaderProbe)
			if err := chromedp.Do(ctx, chromedp.Navigate(base+"/?seed=1")); err != nil {
				b.Fatal(err)
			}
			p := readProbe(ctx, b)
			sum[i].downloaded += p.Timing.Downloaded
			sum[i].compiled += p.Timing.Compiled
			sum[i].ready += p.Timing.FirstFrame
			sum[i].firstFrame += p.FirstFrame
			pair[i] = p.FirstFrame
			// Close this browser now, not when the benchmark ends, so that
			// the next load does not share the machine with it.
			if err := chromedp.Cancel(ctx); err != nil {
				b.Fatal(err)
			}
		}
		ratios = append(ratios, pair[0]/pair[1])
	}
	n := float64(b.N)
	game, minimal := sum[0], sum[1]
	b.ReportMetric(game.downloaded/n, "download-ms")
	b.ReportMetric(game.compiled/n, "compiled-ms")
	b.ReportMetric((game.compiled-game.downloaded)/n, "compile-after-last-byte-ms")
	b.ReportMetric(game.firstFrame/n, "first-frame-ms")
	b.ReportMetric((game.firstFrame-game.ready)/n, "frame-after-draw-ms")
	b.ReportMetric(minimal.firstFrame/n, "minimal-first-frame-ms")
	b.ReportMetric(game.firstFrame/minimal.firstFrame, "first-frame-ratio")
	slices.Sort(ratios)
	b.ReportMetric(ratios[len(ratios)/2], "median-pair-ratio")
	b.ReportMetric(0, "ns/op")
	b.Logf("minimal: download %.0f ms, compiled %.0f ms, first frame %.0f ms; ratios of each pair of loads, sorted: %.2f",
		minimal.downloaded/n, minimal.compiled/n, minimal.firstFrame/n, ratios)
}

// minimalWeb builds web/minimal as `make web` builds the game and returns
// a folder with it and the game's page, loader and scripts.
func minimalWeb(t testing.TB) string {
	t.Helper()
	game, dir := webDir(t), t.TempDir()
	wasm := filepath.Join(dir, "main.wasm")
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, "./web/minimal")
	build.Dir = repoRoot(t)
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building web/minimal: %v\n%s", err, out)
	}
	gz, err := exec.Command("gzip", "-9", "-n", "-c", wasm).Output()
	if err != nil {
		t.Fatalf("gzip: %v", err)
	}
	if err := os.WriteFile(wasm+".gz", gz, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "webgl.js", "loader.js", "page.js", "style.css", "wasm_exec.js"} {
		data, err := os.ReadFile(filepath.Join(game, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "index.html" {
			size := fmt.Appendf(nil, `data-wasm-bytes="%d"`, fileSize(t, wasm))
			data = regexp.MustCompile(`data-wasm-bytes="\d*"`).ReplaceAllLiteral(data, size)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
