//go:build !js

package browser

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// BenchmarkBrowserFirstFrame loads the game from localhost in a fresh
// headless Chromium (an empty cache) and reports, in milliseconds since
// navigation, when the wasm was downloaded and decompressed, compiled, and
// when the game drew its first frame. `make size` runs it.
func BenchmarkBrowserFirstFrame(b *testing.B) {
	dir := webDir(b)
	base := serve(b, dir, "-gzip-encoding")
	var sum struct{ Downloaded, Compiled, FirstFrame float64 }
	for range b.N {
		ctx := newBrowser(b)
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
			b.Fatal(err)
		}
		tm, err := chromedp.Run(ctx, chromedp.Poll[struct{ Downloaded, Compiled, FirstFrame float64 }](
			`window.swarmfield && window.swarmfield.timing && window.swarmfield.timing.firstFrame > 0 && window.swarmfield.timing`,
			chromedp.WithPollingTimeout(90*time.Second)))
		if err != nil {
			b.Fatalf("the game did not draw a frame: %v", err)
		}
		sum.Downloaded += tm.Downloaded
		sum.Compiled += tm.Compiled
		sum.FirstFrame += tm.FirstFrame
		// Close this browser now, not when the benchmark ends, so that the
		// next load does not share the machine with it.
		if err := chromedp.Cancel(ctx); err != nil {
			b.Fatal(err)
		}
	}
	n := float64(b.N)
	b.ReportMetric(sum.Downloaded/n, "download-ms")
	b.ReportMetric(sum.Compiled/n, "compiled-ms")
	b.ReportMetric(sum.FirstFrame/n, "first-frame-ms")
	b.ReportMetric(0, "ns/op")
}
