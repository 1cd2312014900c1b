//go:build !js

package browser

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestBrowserHiddenMinutes minimises the window during a run for
// SWARMFIELD_HIDDEN_SECONDS (default 120) and checks that the game comes
// back paused on the tick it was hidden at, and resumes with no burst of
// catch-up ticks (Ebitengine runs at most 5 ticks a frame). The short
// version is TestBrowserHidden; this one runs with SWARMFIELD_SOAK=1.
func TestBrowserHiddenMinutes(t *testing.T) {
	if os.Getenv("SWARMFIELD_SOAK") != "1" {
		t.Skip("the long hidden-tab test runs with SWARMFIELD_SOAK=1 (make soak)")
	}
	hidden := 120 * time.Second
	if s := os.Getenv("SWARMFIELD_HIDDEN_SECONDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("SWARMFIELD_HIDDEN_SECONDS=%q: want a whole number from 1", s)
		}
		hidden = time.Duration(n) * time.Second
	}
	ctx := newBrowserFor(t, hidden+3*time.Minute)
	base := serve(t, webDir(t))
	startRun(ctx, t, base+"/?seed=6&hazards=300")
	setWindowState(ctx, t, browser.WindowStateMinimized)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.hidden`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Fatalf("minimising did not hide the page: %v", err)
	}
	before := readState(ctx, t)
	time.Sleep(hidden)
	setWindowState(ctx, t, browser.WindowStateNormal)
	after := waitFor(ctx, t, "the game to pause after being hidden", 20*time.Second, func(s state) bool { return s.Scene == "paused" })
	// The page may run the frame that saw the hiding: allow those 5 ticks.
	if after.Tick-before.Tick > 5 || after.GameOver {
		t.Fatalf("after %v hidden: %+v, from tick %v; want paused within 5 ticks and the run not over", hidden, after, before.Tick)
	}
	tapKey(ctx, t, "ArrowLeft")
	r := waitFor(ctx, t, "a key to resume", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
	time.Sleep(time.Second)
	s := readState(ctx, t)
	t.Logf("hidden %v: tick %v before, %v on return, %v on resume, %v a second later", hidden, before.Tick, after.Tick, r.Tick, s.Tick)
	if r.Tick-after.Tick > 30 || s.Tick-r.Tick > 2*60 {
		t.Fatalf("resuming ran a burst: %v ticks at once, %v in the next second", r.Tick-after.Tick, s.Tick-r.Tick)
	}
}
