//go:build !js

package browser

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// glTimer is a script run before the page's own: until the first
// requestAnimationFrame callback that drew has ended, it times every
// WebGL 2 call by name (window.glTime.byName: [calls, ms]) and counts the
// programs linked. A call that must wait for the GPU process, such as
// reading a program's link status, takes that wait.
const glTimer = `(() => {
  const P = WebGL2RenderingContext.prototype;
  const t = (window.glTime = { byName: {}, programs: 0, done: false });
  for (const name of Object.getOwnPropertyNames(P)) {
    const d = Object.getOwnPropertyDescriptor(P, name);
    if (typeof d.value !== "function" || name === "constructor") continue;
    const f = d.value;
    P[name] = function (...args) {
      const a = performance.now();
      const r = f.apply(this, args);
      if (!t.done) {
        const e = t.byName[name] || (t.byName[name] = [0, 0]);
        e[0]++;
        e[1] += performance.now() - a;
        if (name === "linkProgram") t.programs++;
      }
      return r;
    };
  }
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (cb) {
    return raf.call(window, (ts) => {
      const before = (t.byName.drawElements || [0])[0] + (t.byName.drawArrays || [0])[0];
      const r = cb(ts);
      if ((t.byName.drawElements || [0])[0] + (t.byName.drawArrays || [0])[0] > before) t.done = true;
      return r;
    });
  };
})()`

// BenchmarkBrowserWebGLBeforeFirstFrame loads the game and web/minimal through
// the same page and loader, SWARMFIELD_FIRST_FRAME_LOADS times each
// (default 1), and prints where their WebGL calls spent time before the
// first frame: the programs linked and the calls that took longest, such
// as reading a link status, which waits for the GPU process to compile
// the program and to draw everything queued before it.
//
//	go test -run '^$' -bench BrowserWebGLBeforeFirstFrame -benchtime 1x ./game/e2e/browser
func BenchmarkBrowserWebGLBeforeFirstFrame(b *testing.B) {
	pages := [2]struct{ name, base string }{{"game", serve(b, webDir(b), "-gzip-encoding")}, {"web/minimal", serve(b, minimalWeb(b), "-gzip-encoding")}}
	loads := envInt(b, "SWARMFIELD_FIRST_FRAME_LOADS", 1, 1)
	for range b.N {
		for range loads {
			for _, p := range pages {
				ctx := newBrowser(b)
				addInitScript(ctx, b, loaderProbe)
				addInitScript(ctx, b, glTimer)
				if err := chromedp.Do(ctx, chromedp.Navigate(p.base+"/?seed=1")); err != nil {
					b.Fatal(err)
				}
				probe := readProbe(ctx, b)
				g := evaluate[struct {
					ByName   map[string][2]float64
					Programs float64
				}](ctx, b, `window.glTime`)
				names := make([]string, 0, len(g.ByName))
				var total float64
				for n, v := range g.ByName {
					names = append(names, n)
					total += v[1]
				}
				slices.SortFunc(names, func(x, y string) int { return int(g.ByName[y][1]*1000 - g.ByName[x][1]*1000) })
				var top []string
				for _, n := range names[:min(5, len(names))] {
					top = append(top, fmt.Sprintf("%s %.0f× %.1f ms", n, g.ByName[n][0], g.ByName[n][1]))
				}
				fmt.Printf("%s: first frame %.0f ms; %.0f programs linked; WebGL calls took %.0f ms before it: %s\n",
					p.name, probe.FirstFrame, g.Programs, total, strings.Join(top, ", "))
				if err := chromedp.Cancel(ctx); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(0, "ns/op")
}
