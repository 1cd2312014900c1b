//go:build !js

package browser

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"swarmfield/game/internal/testkit"
)

// TestBrowserPlaythrough plays a run in headless Chromium: it clicks the
// canvas to start, holds the right arrow, walks out of the field, and
// restarts with Enter.
func TestBrowserPlaythrough(t *testing.T) {
	// bench=1 keeps hazards from ending the run by chance: the test walks
	// out of the field, which still ends it.
	ctx := servedPage(t, "?seed=1&bench=1")
	s := readState(ctx, t)
	if s.Scene != "title" || s.Seed != "1" || s.Player.X != 400 || s.Player.Y != 300 {
		t.Fatalf("the page opened on %+v, want the title scene, seed 1, player at the centre", s)
	}
	screenshot(ctx, t, "browser-title.png")

	clickCanvas(ctx, t)
	waitFor(ctx, t, "a click to start the run", 5*time.Second, func(s state) bool { return s.Scene == "playing" })

	x0 := readState(ctx, t).Player.X
	holdKey(ctx, t, "ArrowRight", 600*time.Millisecond)
	s = readState(ctx, t)
	if dx := s.Player.X - x0; dx <= 0 || !isMultiple(dx, 10) {
		t.Fatalf("holding the right arrow moved the player by %v, want a positive multiple of 10", dx)
	}
	if s.Scene != "playing" {
		t.Fatalf("scene %q after moving, want playing", s.Scene)
	}
	if n := testkit.HazardPixels(testkit.DecodePNG(t, screenshot(ctx, t, "browser-playing.png"))); n < 300 {
		t.Fatalf("the playing screenshot has %d red to violet pixels; the six hazards are not drawn", n)
	}

	// Walk up and out of the field: 31 steps at 10 steps a second, or
	// slower where software rendering holds the tick rate down.
	if err := chromedp.Do(ctx, keyEvent(input.DispatchKeyEventTypeRawKeyDown, "ArrowUp")); err != nil {
		t.Fatal(err)
	}
	s = waitFor(ctx, t, "the run to end", time.Minute, func(s state) bool { return s.GameOver })
	if err := chromedp.Do(ctx, keyEvent(input.DispatchKeyEventTypeKeyUp, "ArrowUp")); err != nil {
		t.Fatal(err)
	}
	if s.Scene != "gameover" || s.Player.Y >= 0 {
		t.Fatalf("after walking out: %+v, want scene gameover with the player above the field", s)
	}
	screenshot(ctx, t, "browser-gameover.png")

	time.Sleep(700 * time.Millisecond) // the game-over screen ignores keys for half a second
	tapKey(ctx, t, "Enter")
	s = waitFor(ctx, t, "Enter to start a new run", 5*time.Second, func(s state) bool { return s.Runs == 2 })
	if s.Scene != "playing" || s.GameOver || s.Player.X != 400 || s.Player.Y != 300 {
		t.Fatalf("after Enter: %+v, want a fresh run playing from the centre", s)
	}
}
