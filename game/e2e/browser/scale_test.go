//go:build !js

package browser

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserFractionalScale opens the game on a phone whose device scale
// factor makes its page's size a fraction of a device pixel (375×667 CSS
// pixels at 2.625: 984.375×1750.875): the game must draw on a screen the
// size of the canvas's drawing buffer (984×1750), so that Ebitengine's
// final copy onto it is 1:1 and not scaled by a hair, which blurs every
// pixel and costs filtering.
func TestBrowserFractionalScale(t *testing.T) {
	ctx, base := browserAndServer(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 667, chromedp.EmulateScale(2.625), chromedp.EmulateMobile, chromedp.EmulateTouch),
		chromedp.Navigate(base+"/?seed=1")); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
	canvas := evaluate[[2]float64](ctx, t, `(() => { const c = document.querySelector("canvas"); return [c.width, c.height] })()`)
	if canvas != [2]float64{984, 1750} {
		t.Fatalf("the canvas's drawing buffer is %v, want 984×1750 (Ebitengine's rounding down of 375×667 at 2.625)", canvas)
	}
	waitScreen(ctx, t, "375×667 CSS pixels at a scale of 2.625", canvas[0], canvas[1], 10*time.Second)
}
