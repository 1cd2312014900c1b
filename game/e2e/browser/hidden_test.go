//go:build !js

package browser

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestBrowserHidden hides the game (its window minimised) for a few
// seconds: the game pauses, the run does not advance while hidden nor
// jump when shown again, and a key resumes it.
func TestBrowserHidden(t *testing.T) {
	ctx := servedRun(t, "?seed=1&bench=1")
	setWindowState(ctx, t, browser.WindowStateMinimized)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.hidden`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Fatalf("minimising the window did not hide the page (%v)", err)
	}
	// A hidden page runs no frames; the game pauses in its first tick
	// after.
	s := readState(ctx, t)
	time.Sleep(3 * time.Second)
	if p := readState(ctx, t); p.Tick != s.Tick {
		t.Fatalf("the run went on while hidden: tick %v then %v", s.Tick, p.Tick)
	}
	setWindowState(ctx, t, browser.WindowStateNormal)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!document.hidden`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Fatalf("the game's tab did not come back: %v", err)
	}
	waitFor(ctx, t, "the game to pause after being hidden", 10*time.Second, func(s state) bool { return s.Scene == "paused" })
	time.Sleep(500 * time.Millisecond)
	if p := readState(ctx, t); p.Scene != "paused" || p.Tick != s.Tick {
		t.Fatalf("after being hidden: %+v, want still paused at tick %v with no catch-up", p, s.Tick)
	}
	tapKey(ctx, t, "ArrowRight")
	r := waitFor(ctx, t, "a key to resume", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
	if r.Tick-s.Tick > 30 {
		t.Fatalf("resuming ran %v ticks at once, want no catch-up burst", r.Tick-s.Tick)
	}
}
