//go:build !js

package browser

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
)

// scriptSeconds returns the page's total main-thread script time so far
// (Chrome's ScriptDuration), which includes all of Go's wasm.
func scriptSeconds(ctx context.Context, tb testing.TB) float64 {
	tb.Helper()
	res, err := chromedp.Run(ctx, func(ctx context.Context, t *chromedp.Target) (performance.GetMetricsResult, error) {
		return cdp.Call(ctx, t, performance.GetMetrics, cdp.Empty{})
	})
	if err != nil {
		tb.Fatalf("Performance.getMetrics: %v", err)
	}
	for _, m := range res.Metrics {
		if m.Name == "ScriptDuration" {
			return m.Value
		}
	}
	tb.Fatal("Performance.getMetrics has no ScriptDuration")
	return 0
}

// BenchmarkBrowserSprites measures, in headless Chromium, the Go-side CPU
// time per frame with a swarm of n hazards drawn with the sprite batch (one
// DrawTriangles32 call per atlas) and with one DrawImage call per sprite,
// the idiom of Ebitengine's examples. ms/frame is the page's script time
// (all of Go's wasm on the main thread: update, draw and Ebitengine's
// flush to WebGL) divided by the frames drawn over a few seconds;
// rasterising in the GPU process (SwiftShader here) is not counted.
// draw-ms is the median of the game's own draw phase, which leaves out
// Ebitengine's flush. Run it with -benchtime 1x. At the end it prints a table
// with the ratios of the two ways of drawing, measured in this one run.
func BenchmarkBrowserSprites(b *testing.B) {
	type result struct{ frameMs, drawMs float64 }
	results := map[string]result{}
	ctx, base := browserAndServer(b)
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, performance.Enable, performance.EnableParams{})
		return err
	}))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{5_000, 20_000, 100_000} {
		for _, mode := range []string{"batch", "drawimage"} {
			b.Run(fmt.Sprintf("sprites=%d/%s", n, mode), func(b *testing.B) {
				url := fmt.Sprintf("%s/?seed=1&bench=1&hazards=%d", base, n)
				if mode == "drawimage" {
					url += "&drawimage=1"
				}
				if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
					b.Fatal(err)
				}
				waitReady(ctx, b)
				time.Sleep(time.Second) // past start-up
				s0, f0 := scriptSeconds(ctx, b), readState(ctx, b).Frames
				// Sample at least 5 s and 10 frames.
				var f1 float64
				var s1 float64
				for start := time.Now(); ; {
					time.Sleep(time.Second)
					s1, f1 = scriptSeconds(ctx, b), readState(ctx, b).Frames
					if time.Since(start) > 5*time.Second && f1-f0 >= 10 || time.Since(start) > 2*time.Minute {
						break
					}
				}
				m, err := chromedp.Run(ctx, chromedp.Evaluate[metrics](`window.swarmfield.metrics()`))
				if err != nil {
					b.Fatal(err)
				}
				frame := (s1 - s0) * 1000 / (f1 - f0)
				results[fmt.Sprint(n, mode)] = result{frame, m.Phases["draw"].P50Ms}
				b.ReportMetric(frame, "ms/frame")
				b.ReportMetric(frame*1e6/float64(n), "ns/sprite")
				b.ReportMetric(m.Phases["draw"].P50Ms, "draw-ms")
				b.ReportMetric(f1-f0, "frames")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
	table := "\n| Sprites | batch draw phase | DrawImage draw phase | ratio | batch ms/frame | DrawImage ms/frame | ratio |\n|---|---|---|---|---|---|---|\n"
	for _, n := range []int{5_000, 20_000, 100_000} {
		bt, di := results[fmt.Sprint(n, "batch")], results[fmt.Sprint(n, "drawimage")]
		if bt.drawMs == 0 || bt.frameMs == 0 {
			continue // that size was not run (-bench selected others)
		}
		table += fmt.Sprintf("| %d | %.1f ms | %.1f ms | %.1fx | %.1f | %.1f | %.1fx |\n",
			n, bt.drawMs, di.drawMs, di.drawMs/bt.drawMs, bt.frameMs, di.frameMs, di.frameMs/bt.frameMs)
	}
	fmt.Println(table) // b.Log of a benchmark with sub-benchmarks is not shown
}
