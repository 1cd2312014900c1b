//go:build !js

package browser

import (
	"testing"
	"time"

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
