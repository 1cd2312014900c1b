//go:build !js

package browser

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// Safari on an iPhone has no Fullscreen API for a page (only a video may
// go fullscreen) and no navigator.vibrate; Safari on an iPad before 16.4
// has the Fullscreen API only with the webkit prefix. WebKitGTK has the
// unprefixed API and no touch events, so these tests take Chromium's
// phone emulation, touch included, and remove what Safari lacks before
// the page's scripts run.

// withoutFullscreenAPI removes the Fullscreen API, prefixed or not, as on
// an iPhone.
const withoutFullscreenAPI = `for (const [o, names] of [
  [Document.prototype, ["fullscreenEnabled", "webkitFullscreenEnabled", "exitFullscreen", "webkitExitFullscreen", "fullscreenElement", "webkitFullscreenElement"]],
  [Element.prototype, ["requestFullscreen", "webkitRequestFullscreen"]],
]) for (const n of names) delete o[n];`

// onlyPrefixedFullscreen leaves only the webkit-prefixed Fullscreen API,
// as on an iPad before Safari 16.4.
const onlyPrefixedFullscreen = `for (const [o, names] of [
  [Document.prototype, ["fullscreenEnabled", "exitFullscreen", "fullscreenElement"]],
  [Element.prototype, ["requestFullscreen"]],
]) for (const n of names) delete o[n];`

// withoutVibrate removes navigator.vibrate, which Safari does not have.
const withoutVibrate = `delete Navigator.prototype.vibrate;`

func init() {
	keys["f"] = struct {
		code string
		vk   int64
	}{"KeyF", 70}
}

// TestBrowserIPhone plays on an iPhone-sized touch screen without the
// Fullscreen API and without navigator.vibrate: the page shows no
// fullscreen button, F (from a keyboard paired with the phone) does
// nothing instead of stopping the game, and the run that ends on the
// d-pad, which would buzz where the browser can, ends quietly and a tap
// restarts.
func TestBrowserIPhone(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	addInitScript(ctx, t, withoutFullscreenAPI+withoutVibrate)
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateTouch, chromedp.EmulateMobile),
		chromedp.Navigate(base+"/?seed=1&bench=1")); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
	if got := evaluate[string](ctx, t, `typeof document.documentElement.requestFullscreen + typeof document.documentElement.webkitRequestFullscreen + typeof navigator.vibrate`); got != "undefinedundefinedundefined" {
		t.Fatalf("the emulated iPhone still has %s", got)
	}
	waitScreen(ctx, t, "390×844", 390*2, 844*2, 10*time.Second)
	l := readLayout(ctx, t)
	if l.Fullscreen != nil {
		t.Fatalf("without the Fullscreen API the page shows a fullscreen button at %+v", *l.Fullscreen)
	}
	f := l.Field
	tapAt(ctx, t, f.X+f.W/2, f.Y+f.H/2, 80*time.Millisecond)
	waitFor(ctx, t, "a tap to start", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
	screenshot(ctx, t, "iphone-playing.png")

	tapKey(ctx, t, "f")
	time.Sleep(300 * time.Millisecond)
	if text := evaluate[string](ctx, t, `document.getElementById("error").classList.contains("hidden") ? "" : document.getElementById("error-text").textContent`); text != "" {
		t.Fatalf("F without the Fullscreen API stopped the game: %.300s", text)
	}
	waitFor(ctx, t, "the run to go on after F", 5*time.Second, func(s state) bool { return s.Scene == "playing" && s.Frames > 0 })

	d := *readLayout(ctx, t).Dpad
	if err := chromedp.Do(ctx, touch(input.DispatchTouchEventTypeTouchStart, d.X+d.W/2, d.Y+d.H/4)); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the d-pad to walk out of the field", time.Minute, func(s state) bool { return s.GameOver })
	if err := chromedp.Do(ctx, touch(input.DispatchTouchEventTypeTouchEnd, 0, 0)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(700 * time.Millisecond) // the game-over screen ignores input for half a second
	tapAt(ctx, t, f.X+f.W/2, f.Y+f.H/2, 80*time.Millisecond)
	waitFor(ctx, t, "a tap to restart", 10*time.Second, func(s state) bool { return s.Runs == 2 && s.Scene == "playing" })
}

// TestBrowserPrefixedFullscreen opens the game where only the
// webkit-prefixed Fullscreen API exists, as on an iPad before Safari 16.4:
// the page's fullscreen button shows and goes fullscreen with it, and
// leaves fullscreen on a second click.
func TestBrowserPrefixedFullscreen(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	addInitScript(ctx, t, onlyPrefixedFullscreen)
	openPage(ctx, t, base+"/?seed=1")
	if got := evaluate[string](ctx, t, `typeof document.documentElement.requestFullscreen + " " + typeof document.documentElement.webkitRequestFullscreen`); got != "undefined function" {
		t.Fatalf("the emulated iPad has requestFullscreen %s", got)
	}
	if l := readLayout(ctx, t); l.Fullscreen == nil {
		t.Fatal("with the webkit-prefixed Fullscreen API the page shows no fullscreen button")
	}
	const current = `String(document.webkitFullscreenElement)`
	for _, want := range []string{"[object HTMLHtmlElement]", "null"} {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#fullscreen"))); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](current+` === "`+want+`"`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
			t.Fatalf("after a click on the fullscreen button, document.webkitFullscreenElement is %s, want %s",
				evaluate[string](ctx, t, current), want)
		}
	}
}

// TestBrowserPasteBoxInVisualViewport opens the paste box on a phone
// whose visual viewport is smaller than the layout viewport, as when
// Safari's on-screen keyboard is up or the page is pinch-zoomed (here a
// page zoom of 2, which Chromium can emulate, unlike the keyboard): the
// box lies inside the visible part, and back at zoom 1 it is centred in
// the page again.
func TestBrowserPasteBoxInVisualViewport(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateTouch, chromedp.EmulateMobile),
		chromedp.Navigate(base+"/?seed=1")); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
	evaluate[any](ctx, t, `window.swarmfield.openPaste()`)
	type rects struct {
		Box, Visible box
	}
	const read = `(() => {
	  const r = document.getElementById("share").getBoundingClientRect(), v = visualViewport;
	  return {Box: {X: r.left, Y: r.top, W: r.width, H: r.height}, Visible: {X: v.offsetLeft, Y: v.offsetTop, W: v.width, H: v.height}};
	})()`
	inside := func(r rects) bool {
		b, v := r.Box, r.Visible
		return b.W > 0 && b.X >= v.X-0.5 && b.Y >= v.Y-0.5 && b.X+b.W <= v.X+v.W+0.5 && b.Y+b.H <= v.Y+v.H+0.5
	}
	if r := evaluate[rects](ctx, t, read); !inside(r) {
		t.Fatalf("at zoom 1 the paste box %+v is not on the %+v screen", r.Box, r.Visible)
	}
	zoom := func(scale float64) {
		t.Helper()
		err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetPageScaleFactor, emulation.SetPageScaleFactorParams{PageScaleFactor: scale})
			return err
		}))
		if err != nil {
			t.Fatal(err)
		}
	}
	zoom(2)
	var r rects
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if r = evaluate[rects](ctx, t, read); r.Visible.W < 300 && inside(r) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("with the visual viewport at %+v the paste box is at %+v, outside it", r.Visible, r.Box)
		}
	}
	screenshot(ctx, t, "paste-box-zoomed.png")
	zoom(1)
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		r = evaluate[rects](ctx, t, read)
		if centred := r.Box.X + r.Box.W/2; r.Visible.W == 390 && centred > 194 && centred < 196 && r.Box.W > 300 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("back at zoom 1 the paste box is at %+v, want it centred across the 390-pixel page", r.Box)
		}
	}
}
