//go:build !js

package browser

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// minimalPage is the page that runs web/minimal: the wasm alone, with none
// of the game's loader.
const minimalPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>body{margin:0;background:#000}</style></head><body>
<script src="wasm_exec.js"></script>
<script>
const go = new Go();
fetch("main.wasm").then((r) => r.arrayBuffer()).then((b) => WebAssembly.instantiate(b, go.importObject)).then((r) => go.run(r.instance));
</script>
</body></html>
`

// minimalDir builds web/minimal for the browser into a new folder with a
// page that runs it, and returns the folder.
func minimalDir(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "main.wasm"), "./web/minimal")
	build.Dir = repoRoot(tb)
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		tb.Fatalf("building web/minimal: %v\n%s", err, out)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		tb.Fatalf("go env GOROOT: %v", err)
	}
	wasmExec, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "wasm_exec.js"), wasmExec, 0o644)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "index.html"), []byte(minimalPage), 0o644)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return dir
}

// framePage is one page the frame-cost benchmark measures.
type framePage struct {
	name  string
	url   string // base URL and query
	game  bool   // Swarmfield (metrics()) rather than web/minimal (window.minimal)
	peer  bool   // the PixiJS peer (window.peer)
	click bool   // click to start a run, then measure it
}

// frameCounter is a script run before the page's own: window.framesDrawn
// counts the requestAnimationFrame callbacks that drew with WebGL, the
// frames of any Ebitengine program, the minimal one too. Unlike
// loaderProbe's first frame, the end of the first callback after any
// drawing, which is when the first picture can show, a callback counts
// only if it drew itself.
const frameCounter = `(() => {
  window.framesDrawn = 0;
  let drew = false;
  for (const name of ["drawArrays", "drawElements"]) {
    const f = WebGL2RenderingContext.prototype[name];
    WebGL2RenderingContext.prototype[name] = function (...args) {
      drew = true;
      return f.apply(this, args);
    };
  }
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (cb) {
    return raf.call(window, (ts) => {
      drew = false;
      const r = cb(ts);
      if (drew) window.framesDrawn++;
      return r;
    });
  };
})()`

// rates are a page's frame and tick rates, one sample a second, and the
// CPU time its browser spent a frame, in milliseconds, one figure a load
// (none where /proc cannot tell): all its processes', and of those its
// GPU process's (SwiftShader's drawing and the compositor) and its
// renderers' (the page's scripts and wasm, and WebGL's calls).
type rates struct{ fps, tps, cpu, gpuCPU, rendererCPU []float64 }

// measureRates opens p at a 1000×750 viewport at device scale factor
// scale in a new browser, lets it settle and samples its frame and tick
// rates, once a second for a few seconds, and the CPU time the browser's
// processes used over those seconds, divided by the frames drawn.
func measureRates(tb testing.TB, p framePage, scale float64, r *rates) {
	tb.Helper()
	ctx := newBrowser(tb)
	defer chromedp.Cancel(ctx)
	addInitScript(ctx, tb, frameCounter)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1000, 750, chromedp.EmulateScale(scale)), chromedp.Navigate(p.url)); err != nil {
		tb.Fatalf("loading %s: %v", p.url, err)
	}
	expr := `window.minimal ? {fps: window.minimal.fps, tps: window.minimal.tps} : null`
	switch {
	case p.peer:
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!(window.peer && (window.peer.ready || window.peer.error))`, chromedp.WithPollingTimeout(90*time.Second))); err != nil {
			tb.Fatalf("the PixiJS peer did not start: %v", err)
		}
		if e := evaluate[string](ctx, tb, `window.peer.error || ""`); e != "" {
			tb.Fatalf("the PixiJS peer failed: %s", e)
		}
		expr = `({fps: window.peer.fps, tps: window.peer.tps})`
	case p.game:
		waitReady(ctx, tb)
		if p.click {
			clickCanvas(ctx, tb)
			waitFor(ctx, tb, "a click to start the run", 30*time.Second, func(s state) bool { return s.Scene == "playing" })
		}
		expr = `(() => { const m = window.swarmfield.metrics(); return {fps: m.fps, tps: m.tps} })()`
	default:
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!window.minimal`, chromedp.WithPollingTimeout(90*time.Second))); err != nil {
			tb.Fatalf("the minimal program did not report its rates: %v", err)
		}
	}
	time.Sleep(3 * time.Second) // past start-up and the first second's rates
	cpu0, ok0 := childrenCPUByType()
	frames0 := evaluate[float64](ctx, tb, `window.framesDrawn`)
	for range 5 {
		time.Sleep(time.Second)
		v := evaluate[struct{ FPS, TPS float64 }](ctx, tb, expr)
		r.fps = append(r.fps, v.FPS)
		r.tps = append(r.tps, v.TPS)
	}
	frames := evaluate[float64](ctx, tb, `window.framesDrawn`) - frames0
	if cpu1, ok1 := childrenCPUByType(); ok0 && ok1 && frames > 0 {
		perFrame := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) / frames }
		var all time.Duration
		for typ, d := range cpu1 {
			all += d - cpu0[typ]
		}
		r.cpu = append(r.cpu, perFrame(all))
		r.gpuCPU = append(r.gpuCPU, perFrame(cpu1["gpu-process"]-cpu0["gpu-process"]))
		r.rendererCPU = append(r.rendererCPU, perFrame(cpu1["renderer"]-cpu0["renderer"]))
	}
}

// mean returns the mean of v.
func mean(v []float64) float64 {
	var s float64
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

// BenchmarkBrowserFrameCost measures, in one run, the frame rate (FPS)
// and tick rate (TPS) of the minimal Ebitengine program kept in
// web/minimal (a Fill and 12 DrawImage calls a frame on an 800×600 screen)
// and of the game at its title and in play with 300 hazards, and once
// more with the WebGL context Ebitengine asks for as it comes (a page
// without web/webgl.js: multisampled, with a depth buffer), each at a
// 1000×750 viewport at device scale factors 1 and 2, and reports the
// game's FPS as a ratio to the minimal program's at the same scale. The
// pages take turns, each in a new browser, for SWARMFIELD_FRAME_ROUNDS
// rounds (default 2); the table gives the range of the one-second samples
// and their mean, and the CPU time the page's browser used a frame (all
// its processes; about what the frame cost, where FPS also counts the time
// it waited for a core on a busy machine), range and mean over the loads.
//
// With SWARMFIELD_BASE_WEB_DIR set to another build's web folder (say,
// the main branch's, `make web WEB=/tmp/base/web`), that build's title and
// play pages are measured in the same run too, for a before and after.
//
//	go test -run '^$' -bench BrowserFrameCost -benchtime 1x ./game/e2e/browser
func BenchmarkBrowserFrameCost(b *testing.B) {
	game := serve(b, webDir(b))
	stock := serve(b, stockContextDir(b))
	pages := []framePage{
		{name: "minimal", url: serve(b, minimalDir(b)) + "/"},
		{name: "title", url: game + "/?seed=3", game: true},
		{name: "300 hazards", url: game + "/?seed=3&hazards=300&bench=1", game: true, click: true},
		{name: "300 hazards, stock context", url: stock + "/?seed=3&hazards=300&bench=1", game: true, click: true},
	}
	if dir := os.Getenv("SWARMFIELD_BASE_WEB_DIR"); dir != "" {
		base := serve(b, dir)
		pages = append(pages,
			framePage{name: "base title", url: base + "/?seed=3", game: true},
			framePage{name: "base 300 hazards", url: base + "/?seed=3&hazards=300&bench=1", game: true, click: true})
	}
	rounds := envInt(b, "SWARMFIELD_FRAME_ROUNDS", 2, 1)
	scales := []float64{1, 2}
	got := make(map[string]*rates)
	key := func(p framePage, s float64) string { return fmt.Sprint(p.name, "@", s) }
	for range b.N {
		for range rounds {
			for _, s := range scales {
				for _, p := range pages {
					r := got[key(p, s)]
					if r == nil {
						r = &rates{}
						got[key(p, s)] = r
					}
					measureRates(b, p, s, r)
				}
			}
		}
	}
	table := "\n| Page | Scale | FPS (range, mean) | TPS (range, mean) | FPS / minimal's | browser CPU a frame, ms (range, mean) |\n|---|---|---|---|---|---|\n"
	for _, s := range scales {
		anchor := mean(got[key(pages[0], s)].fps)
		for _, p := range pages {
			r := got[key(p, s)]
			ratio := mean(r.fps) / anchor
			cpu := "–"
			if len(r.cpu) > 0 {
				cpu = fmt.Sprintf("%.0f–%.0f, %.0f", slices.Min(r.cpu), slices.Max(r.cpu), mean(r.cpu))
			}
			table += fmt.Sprintf("| %s | %g | %.1f–%.1f, %.1f | %.0f–%.0f, %.1f | %.2f | %s |\n", p.name, s,
				slices.Min(r.fps), slices.Max(r.fps), mean(r.fps), slices.Min(r.tps), slices.Max(r.tps), mean(r.tps), ratio, cpu)
			if p.game {
				b.ReportMetric(ratio, fmt.Sprintf("%s@%gx-fps-ratio", strings.ReplaceAll(p.name, " ", "-"), s))
			}
		}
	}
	b.ReportMetric(0, "ns/op")
	fmt.Println(table) // as BenchmarkBrowserSprites: the table, whatever -v says
}

// stockContextDir returns a copy of the built web folder whose page leaves
// Ebitengine's WebGL context as Ebitengine asks for it: without
// web/webgl.js. The frame-cost benchmark measures what that script saves,
// and shows it when an Ebitengine upgrade asks for another context.
func stockContextDir(tb testing.TB) string {
	tb.Helper()
	src, dir := webDir(tb), tb.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		if e.Name() == "index.html" {
			tag := []byte("<script src=\"webgl.js\"></script>\n")
			if !bytes.Contains(data, tag) {
				tb.Fatalf("%s has no %q to leave out", filepath.Join(src, e.Name()), tag)
			}
			data = bytes.Replace(data, tag, nil, 1)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}
