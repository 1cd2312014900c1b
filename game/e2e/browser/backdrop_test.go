//go:build !js

package browser

import (
	"image"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"swarmfield/game/internal/testkit"
)

// TestBrowserBackdropRestored checks the frames that copy the field's
// background back only where the frame before drew (a 1000×750 viewport,
// where the field covers the whole screen and the screen is never
// cleared): in play the moving swarm leaves no trails, and with the game
// paused, the F3 panel opened and closed again leaves the field as it was,
// pixel for pixel but for the orbs' pulse.
func TestBrowserBackdropRestored(t *testing.T) {
	ctx, base := browserAndServer(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1000, 750), chromedp.Navigate(base+"/?seed=3&bench=1&hazards=300")); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
	clickCanvas(ctx, t)
	waitFor(ctx, t, "a click to start the run", 20*time.Second, func(s state) bool { return s.Scene == "playing" })
	waitScreen(ctx, t, "1000×750", 1000, 750, 10*time.Second)

	// Trails would add hazard-coloured pixels frame after frame.
	early := readState(ctx, t).Tick
	first := testkit.HazardPixels(testkit.DecodePNG(t, screenshot(ctx, t, "backdrop-play-1.png")))
	waitFor(ctx, t, "four more seconds of play", 60*time.Second, func(s state) bool { return s.Tick > early+240 })
	second := testkit.HazardPixels(testkit.DecodePNG(t, screenshot(ctx, t, "backdrop-play-2.png")))
	t.Logf("hazard-coloured pixels: %d, four seconds later %d", first, second)
	if first == 0 || second > first*3/2 {
		t.Errorf("hazard-coloured pixels went from %d to %d in four seconds of play: the swarm leaves trails", first, second)
	}

	tapKey(ctx, t, "p")
	waitFor(ctx, t, "the pause", 10*time.Second, func(s state) bool { return s.Scene == "paused" })
	time.Sleep(time.Second)
	before := testkit.DecodePNG(t, screenshot(ctx, t, "backdrop-paused.png"))
	tapKey(ctx, t, "F3")
	time.Sleep(2 * time.Second)
	tapKey(ctx, t, "F3")
	time.Sleep(2 * time.Second)
	after := testkit.DecodePNG(t, screenshot(ctx, t, "backdrop-panel-closed.png"))
	// The panel's area, (8, 40) to (438, 400) in field units, at 1.25
	// pixels a unit.
	r := image.Rect(10, 50, 548, 500)
	differ := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if before.RGBAAt(x, y) != after.RGBAAt(x, y) {
				differ++
			}
		}
	}
	t.Logf("%d pixels of the panel's area differ", differ)
	if differ > 600 {
		t.Errorf("after the F3 panel was opened and closed, %d pixels of its area differ from before: it was not wiped", differ)
	}
}
