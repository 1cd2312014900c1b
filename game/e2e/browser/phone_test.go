//go:build !js

package browser

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// box is a rectangle of window.swarmfield.layout(), in CSS pixels.
type box struct{ X, Y, W, H float64 }

func (b box) overlaps(o box) bool {
	return b.X < o.X+o.W && o.X < b.X+b.W && b.Y < o.Y+o.H && o.Y < b.Y+b.H
}

func (b box) inside(w, h float64) bool {
	return b.X >= 0 && b.Y >= 0 && b.X+b.W <= w+0.5 && b.Y+b.H <= h+0.5
}

// pageLayout is what window.swarmfield.layout() returns.
type pageLayout struct {
	Field      box  `json:"field"`
	Dpad       *box `json:"dpad"`
	Pause      box  `json:"pause"`
	Fullscreen *box `json:"fullscreen"`
}

func readLayout(ctx context.Context, t testing.TB) pageLayout {
	t.Helper()
	return evaluate[pageLayout](ctx, t, `window.swarmfield.layout()`)
}

// addInitScript runs src in every page the tab loads, before its own
// scripts.
func addInitScript(ctx context.Context, t testing.TB, src string) {
	t.Helper()
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
		return err
	}))
	if err != nil {
		t.Fatalf("adding a script: %v", err)
	}
}

// tapAt touches a page point for d.
func tapAt(ctx context.Context, t testing.TB, x, y float64, d time.Duration) {
	t.Helper()
	if err := chromedp.Do(ctx,
		touch(input.DispatchTouchEventTypeTouchStart, x, y),
		chromedp.Sleep(d),
		touch(input.DispatchTouchEventTypeTouchEnd, 0, 0)); err != nil {
		t.Fatalf("touching (%v, %v): %v", x, y, err)
	}
}

// TestBrowserPhone plays on a phone's screen, in portrait and in
// landscape, with touch only: the field keeps 4:3 inside the screen, the
// d-pad sits beside it without overlapping it, the pause and fullscreen
// buttons are on the screen, the d-pad walks the player out of the field
// and a tap restarts after game over.
func TestBrowserPhone(t *testing.T) {
	dir := webDir(t)
	for _, c := range []struct {
		name  string
		w, h  int64
		scale float64
	}{
		{"portrait", 390, 844, 2},
		{"landscape", 844, 390, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := newBrowser(t)
			base := serve(t, dir)
			// Record the vibrations the game asks for.
			addInitScript(ctx, t, `Object.defineProperty(navigator, "vibrate", {value: (ms) => { window.vibrations = (window.vibrations || []).concat([ms]); return true; }})`)
			if err := chromedp.Do(ctx,
				chromedp.EmulateViewport(c.w, c.h, chromedp.EmulateScale(c.scale), chromedp.EmulateTouch, chromedp.EmulateMobile),
				chromedp.Navigate(base+"/?seed=1&bench=1")); err != nil {
				t.Fatal(err)
			}
			waitReady(ctx, t)
			w, h := float64(c.w), float64(c.h)
			waitScreen(ctx, t, c.name, w*c.scale, h*c.scale, 10*time.Second)
			l := readLayout(ctx, t)
			f := l.Field
			if math.Abs(f.W*3-f.H*4) > 2 || !f.inside(w, h) || (math.Abs(f.W-w) > 1 && math.Abs(f.H-h) > 1) {
				t.Fatalf("on %v×%v the field is %+v, want 4:3 fitted to the screen", w, h, f)
			}
			screenshot(ctx, t, "phone-"+c.name+"-title.png")

			// A tap on the field starts the run and shows the d-pad.
			tapAt(ctx, t, f.X+f.W/2, f.Y+f.H/2, 80*time.Millisecond)
			waitFor(ctx, t, "a tap to start", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
			l = readLayout(ctx, t)
			if l.Dpad == nil {
				t.Fatalf("no d-pad after a tap: %+v", l)
			}
			d := *l.Dpad
			if d.overlaps(f) || !d.inside(w, h) {
				t.Fatalf("the d-pad %+v overlaps the field %+v or leaves the %v×%v screen", d, f, w, h)
			}
			if l.Pause.overlaps(f) || l.Pause.overlaps(d) || !l.Pause.inside(w, h) || l.Pause.W < 40 {
				t.Fatalf("the pause button %+v is not a thumb-sized button off the field %+v and the d-pad %+v", l.Pause, f, d)
			}
			if fs := l.Fullscreen; fs == nil || !fs.inside(w, h) || fs.overlaps(d) || fs.overlaps(l.Pause) || fs.W < 44 {
				t.Fatalf("the fullscreen button %+v is missing, off the screen, on another control or smaller than 44 CSS pixels", fs)
			}
			screenshot(ctx, t, "phone-"+c.name+"-playing.png")

			// The pause button pauses and resumes.
			tapAt(ctx, t, l.Pause.X+l.Pause.W/2, l.Pause.Y+l.Pause.H/2, 80*time.Millisecond)
			waitFor(ctx, t, "the pause button to pause", 5*time.Second, func(s state) bool { return s.Scene == "paused" })
			tapAt(ctx, t, l.Pause.X+l.Pause.W/2, l.Pause.Y+l.Pause.H/2, 80*time.Millisecond)
			waitFor(ctx, t, "the pause button to resume", 5*time.Second, func(s state) bool { return s.Scene == "playing" })

			// Hold the d-pad's up arm (half its reach above the centre)
			// until the player walks out of the field.
			y0 := readState(ctx, t).Player.Y
			cx, cy := d.X+d.W/2, d.Y+d.H/2-d.H/4
			if err := chromedp.Do(ctx, touch(input.DispatchTouchEventTypeTouchStart, cx, cy)); err != nil {
				t.Fatal(err)
			}
			s := waitFor(ctx, t, "the d-pad to walk out of the field", time.Minute, func(s state) bool { return s.GameOver })
			if err := chromedp.Do(ctx, touch(input.DispatchTouchEventTypeTouchEnd, 0, 0)); err != nil {
				t.Fatal(err)
			}
			if s.Player.Y >= y0 || s.Scene != "gameover" {
				t.Fatalf("after holding the d-pad's up arm: %+v, want game over above y %v", s, y0)
			}
			screenshot(ctx, t, "phone-"+c.name+"-gameover.png")
			if v, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`window.vibrations || []`)); err != nil || len(v) != 1 || v[0] < 50 || v[0] > 500 {
				t.Fatalf("the end of the run vibrated %v (%v), want one short vibration", v, err)
			}
			time.Sleep(700 * time.Millisecond)
			tapAt(ctx, t, f.X+f.W/2, f.Y+f.H/2, 80*time.Millisecond)
			waitFor(ctx, t, fmt.Sprintf("a tap to restart on %v", c.name), 10*time.Second, func(s state) bool { return s.Runs == 2 && s.Scene == "playing" })
		})
	}
}
