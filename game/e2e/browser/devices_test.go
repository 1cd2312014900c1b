//go:build !js

package browser

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// devicesState is what window.swarmfield.devices() returns.
type devicesState struct {
	Audio      string  `json:"audio"`
	Sounds     float64 `json:"sounds"`
	Muted      bool    `json:"muted"`
	Persistent bool    `json:"persistent"`
	TouchPad   bool    `json:"touchPad"`
	TouchHeld  float64 `json:"touchHeld"`
}

// readDevices reads window.swarmfield.devices(), in the page or, with
// opts, in another context.
func readDevices(ctx context.Context, t testing.TB, opts ...chromedp.EvaluateOption) devicesState {
	t.Helper()
	return evaluate[devicesState](ctx, t, `window.swarmfield.devices()`, opts...)
}

// fieldToPage converts a point on the 800×600 field to page coordinates,
// from the canvas's box and the letterboxing that keeps 4:3.
func fieldToPage(ctx context.Context, t testing.TB, x, y float64) (float64, float64) {
	t.Helper()
	box, err := chromedp.Run(ctx, chromedp.Evaluate[struct{ X, Y, W, H float64 }](
		`(() => { const r = document.querySelector("canvas").getBoundingClientRect(); return {X: r.left, Y: r.top, W: r.width, H: r.height}; })()`))
	if err != nil {
		t.Fatal(err)
	}
	s := min(box.W/800, box.H/600)
	return box.X + (box.W-800*s)/2 + x*s, box.Y + (box.H-600*s)/2 + y*s
}

// touch sends one touch event at a page point (none for the end).
func touch(typ input.DispatchTouchEventType, x, y float64) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		p := input.DispatchTouchEventParams{Type: typ, TouchPoints: []*input.TouchPoint{}}
		if typ != input.DispatchTouchEventTypeTouchEnd {
			p.TouchPoints = []*input.TouchPoint{{X: x, Y: y}}
		}
		_, err := cdp.Call(ctx, t, input.DispatchTouchEvent, p)
		return err
	})
}

// holdTouch holds a finger on a field point for d.
func holdTouch(ctx context.Context, t testing.TB, fx, fy float64, d time.Duration) {
	t.Helper()
	x, y := fieldToPage(ctx, t, fx, fy)
	if err := chromedp.Do(ctx,
		touch(input.DispatchTouchEventTypeTouchStart, x, y),
		chromedp.Sleep(d),
		touch(input.DispatchTouchEventTypeTouchEnd, 0, 0)); err != nil {
		t.Fatalf("touching (%v, %v): %v", fx, fy, err)
	}
}

// The d-pad's arms on the field, as game/app/touch.go draws them.
const (
	padX, padY, padArm = 120, 470, 66
)

// TestBrowserTouch plays with touch events only: a tap starts the game
// and shows the d-pad, holding its right arm moves the player right,
// holding its up arm walks out of the field, with a sound, and a tap
// restarts after game over.
func TestBrowserTouch(t *testing.T) {
	ctx, base := browserAndServer(t)
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1024, 768, chromedp.EmulateTouch),
		chromedp.Navigate(base+"/?seed=1&bench=1")); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
	if d := readDevices(ctx, t); d.TouchPad {
		t.Fatal("the d-pad shows before any touch")
	}
	holdTouch(ctx, t, 600, 150, 80*time.Millisecond)
	waitFor(ctx, t, "a tap to start the game", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
	// The AudioContext resumes asynchronously after the tap's touchend.
	deadline := time.Now().Add(5 * time.Second)
	for d := readDevices(ctx, t); !d.TouchPad || d.Audio != "running"; d = readDevices(ctx, t) {
		if time.Now().After(deadline) {
			t.Fatalf("after the first tap: %+v, want the d-pad shown and the audio running", d)
		}
		time.Sleep(50 * time.Millisecond)
	}

	x0 := readState(ctx, t).Player.X
	holdTouch(ctx, t, padX+padArm, padY, 600*time.Millisecond)
	s := readState(ctx, t)
	if dx := s.Player.X - x0; dx <= 0 || !isMultiple(dx, 10) || s.Player.Y != 300 {
		t.Fatalf("holding the d-pad's right arm moved the player to %+v from x %v, want a positive multiple of 10 to the right", s.Player, x0)
	}
	screenshot(ctx, t, "touch-playing.png")

	sounds := readDevices(ctx, t).Sounds
	x, y := fieldToPage(ctx, t, padX, padY-padArm)
	if err := chromedp.Do(ctx, touch(input.DispatchTouchEventTypeTouchStart, x, y)); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the run to end", time.Minute, func(s state) bool { return s.GameOver })
	if err := chromedp.Do(ctx, touch(input.DispatchTouchEventTypeTouchEnd, 0, 0)); err != nil {
		t.Fatal(err)
	}
	if d := readDevices(ctx, t); d.Sounds <= sounds {
		t.Fatalf("the run ended without a sound: %+v", d)
	}
	time.Sleep(700 * time.Millisecond) // the game-over screen ignores input for half a second
	holdTouch(ctx, t, 600, 150, 80*time.Millisecond)
	s = waitFor(ctx, t, "a tap to play again", 10*time.Second, func(s state) bool { return s.Runs == 2 })
	if s.Scene != "playing" || s.Player.X != 400 || s.Player.Y != 300 {
		t.Fatalf("after the tap: %+v, want a fresh run from the centre", s)
	}
}

// TestBrowserMute mutes with M and finds the setting kept after a reload.
func TestBrowserMute(t *testing.T) {
	ctx := servedPage(t, "?seed=1")
	if d := readDevices(ctx, t); d.Muted || d.Audio == "none" {
		t.Fatalf("before any gesture: %+v, want unmuted with Web Audio", d)
	}
	clickCanvas(ctx, t)
	tapKey(ctx, t, "m")
	deadline := time.Now().Add(5 * time.Second)
	for d := readDevices(ctx, t); !d.Muted || d.Audio != "running"; d = readDevices(ctx, t) {
		if time.Now().After(deadline) {
			t.Fatalf("after a click and M: %+v, want the audio unlocked and muted", d)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
	if d := readDevices(ctx, t); !d.Muted {
		t.Fatalf("after a reload: %+v, want the mute setting kept", d)
	}
}

// TestBrowserSandboxedStorage loads the game in an iframe sandboxed
// without allow-same-origin, where localStorage throws: the game runs with
// in-memory storage and says the best score will not be kept.
func TestBrowserSandboxedStorage(t *testing.T) {
	dir := itchFolder(t)
	// A sandboxed page's origin is opaque, so its fetch of main.wasm.gz is
	// cross-origin: serve the game with CORS, as such a host must.
	game := corsServer(t, dir)
	host := hostPage(t, game+"/index.html?seed=1&bench=1", `sandbox="allow-scripts"`)
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(host)); err != nil {
		t.Fatal(err)
	}
	// Chromium runs a sandboxed iframe in a process of its own, as a
	// separate target: attach to it.
	frame := iframeTarget(ctx, t, game)
	waitReady(frame, t)
	if d := readDevices(frame, t); d.Persistent {
		t.Fatalf("in a sandboxed iframe the game claims persistent storage: %+v", d)
	}
	screenshot(ctx, t, "sandboxed-title.png")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#game"))); err != nil {
		t.Fatal(err)
	}
	waitFor(frame, t, "a click to start", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
	screenshot(ctx, t, "sandboxed-playing.png")
}

// iframeTarget waits for an iframe target whose URL starts with prefix and
// returns a context attached to it.
func iframeTarget(ctx context.Context, t *testing.T, prefix string) context.Context {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.HasPrefix(info.URL, prefix) {
				frame, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID))
				t.Cleanup(cancel)
				return frame
			}
		}
	}
	t.Fatalf("no iframe target for %s", prefix)
	return nil
}

// TestBrowserHiDPI opens the game at device scale factor 2 in a wide
// window: it draws at the device resolution, keeps 4:3 with bars at the
// sides, and follows a resize.
func TestBrowserHiDPI(t *testing.T) {
	ctx, base := browserAndServer(t)
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1000, 600, chromedp.EmulateScale(2)),
		chromedp.Navigate(base+"/?seed=1")); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
	waitScreen(ctx, t, "1000×600 at scale 2", 2000, 1200, 10*time.Second)
	screenshot(ctx, t, "hidpi-wide.png")
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(600, 900, chromedp.EmulateScale(2))); err != nil {
		t.Fatal(err)
	}
	waitScreen(ctx, t, "600×900 at scale 2", 1200, 1800, 10*time.Second)
	screenshot(ctx, t, "hidpi-tall.png")

	// The page's fullscreen button toggles fullscreen.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#fullscreen"))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.fullscreenElement !== null`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Fatalf("the fullscreen button did not go fullscreen: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#fullscreen"))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.fullscreenElement === null`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Fatalf("a second click did not leave fullscreen: %v", err)
	}
}
