//go:build !js

package e2e

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
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	openPage(ctx, t, base+"/?seed=2&bench=1")
	clickCanvas(ctx, t)
	waitFor(ctx, t, "a click to start", 10*time.Second, func(s state) bool { return s.Scene == "playing" })

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
	screenIs := func(what string, w, h float64) {
		t.Helper()
		var got struct{ Width, Height float64 }
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			d, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
				Screen struct{ Width, Height float64 }
			}](`window.swarmfield.devices()`))
			if err != nil {
				t.Fatal(err)
			}
			if got = d.Screen; got.Width == w && got.Height == h {
				return
			}
		}
		t.Fatalf("at %s the game draws on %v×%v device pixels, want %v×%v", what, got.Width, got.Height, w, h)
	}

	for _, sz := range []struct{ w, h int64 }{{1, 1}, {7680, 4320}, {1024, 768}} {
		what := fmt.Sprintf("%d×%d", sz.w, sz.h)
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(sz.w, sz.h)); err != nil {
			t.Fatalf("resizing to %s: %v", what, err)
		}
		screenIs(what, float64(sz.w), float64(sz.h))
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
	screenIs("1024×768 again", 1024, 768)
	ticksOn("1024×768 again")
	screenshot(ctx, t, "resized-back.png")
}
