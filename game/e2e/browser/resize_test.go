//go:build !js

package browser

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserWindowSizes resizes the page to 1×1, to 0×0 (the canvas
// collapsed, as in a hidden iframe) and to 8K while a run plays, and
// checks that the game keeps ticking without an error, draws on a screen
// of the page's size, and comes back at 1024×768.
func TestBrowserWindowSizes(t *testing.T) {
	ctx := servedRun(t, "?seed=2&bench=1")

	ticksOn := func(what string) {
		t.Helper()
		from := readState(ctx, t).Tick
		waitFor(ctx, t, "the run to tick on at "+what, 30*time.Second, func(s state) bool { return s.Tick >= from+3 })
		failed, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!document.getElementById("error").classList.contains("hidden")`))
		if err != nil || failed {
			text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("error-text").textContent`))
			t.Fatalf("at %s the error panel shows: %q (%v)", what, text, err)
		}
	}
	for _, sz := range []struct{ w, h int64 }{{1, 1}, {7680, 4320}, {1024, 768}} {
		what := fmt.Sprintf("%d×%d", sz.w, sz.h)
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(sz.w, sz.h)); err != nil {
			t.Fatalf("resizing to %s: %v", what, err)
		}
		waitScreen(ctx, t, what, float64(sz.w), float64(sz.h), 20*time.Second)
		ticksOn(what)
	}
	// 0×0: the canvas collapsed to nothing.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const c = document.querySelector("canvas"); c.style.width = c.style.height = "0px"; return true })()`)); err != nil {
		t.Fatal(err)
	}
	ticksOn("0×0")
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const c = document.querySelector("canvas"); c.style.width = c.style.height = ""; return true })()`)); err != nil {
		t.Fatal(err)
	}
	waitScreen(ctx, t, "1024×768 again", 1024, 768, 20*time.Second)
	ticksOn("1024×768 again")
	screenshot(ctx, t, "resized-back.png")
}
