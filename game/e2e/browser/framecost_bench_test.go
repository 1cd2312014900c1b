//go:build !js

package browser

import (
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// BenchmarkBrowserFrameCost compares this build's title and play frames
// with another build's, $SWARMFIELD_BASE_WEB_DIR (say, the main branch's
// `make web WEB=...`), alternating between the two in one run, at 300
// hazards: it reports the frame rate and the draw phase's median of each,
// and their ratios, this build over the other.
//
//	SWARMFIELD_BASE_WEB_DIR=/tmp/base/web go test -run '^$' -bench BrowserFrameCost -benchtime 1x ./game/e2e/browser
func BenchmarkBrowserFrameCost(b *testing.B) {
	baseDir := os.Getenv("SWARMFIELD_BASE_WEB_DIR")
	if baseDir == "" {
		b.Skip("set SWARMFIELD_BASE_WEB_DIR to a built web folder to compare with")
	}
	urls := [2]string{serve(b, baseDir), serve(b, webDir(b))}
	const rounds = 3
	var fps, draw [2][2]float64 // [build][title, play]
	for range b.N {
		for range rounds {
			for i, u := range urls {
				ctx := newBrowser(b)
				openPage(ctx, b, u+"/?seed=1&bench=1&hazards=300")
				for scene := range 2 {
					if scene == 1 {
						clickCanvas(ctx, b)
					}
					time.Sleep(4 * time.Second)
					m, err := chromedp.Run(ctx, chromedp.Evaluate[metrics](`window.swarmfield.metrics()`))
					if err != nil {
						b.Fatal(err)
					}
					fps[i][scene] += m.FPS / rounds
					draw[i][scene] += m.Phases["draw"].P50Ms / rounds
				}
				chromedp.Cancel(ctx)
			}
		}
	}
	for scene, name := range []string{"title", "play"} {
		b.ReportMetric(fps[1][scene]/fps[0][scene], name+"-fps-ratio")
		b.ReportMetric(draw[1][scene]/draw[0][scene], name+"-draw-ratio")
		b.Logf("%s: fps %.1f (base %.1f), draw p50 %.2f ms (base %.2f ms)", name, fps[1][scene], fps[0][scene], draw[1][scene], draw[0][scene])
	}
}
