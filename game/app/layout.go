package app

import (
	"fmt"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"swarmfield/assets"
	"swarmfield/engine/loop"
	"swarmfield/engine/sprite"
	"swarmfield/engine/text"
	"swarmfield/game"
)

// padPlace is where the d-pad is drawn: its centre, and the size of a pad
// unit (see touch.go), in screen pixels.
type padPlace struct{ X, Y, Scale float32 }

// rect is a rectangle in screen pixels.
type rect struct{ X, Y, W, H float32 }

func (r rect) contains(x, y float32) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Sizes of the touch controls, in CSS pixels.
const (
	padMaxCSS = 220 // the largest d-pad, across its reach
	padMinCSS = 120 // the smallest d-pad worth moving into a bar
	pauseCSS  = 48  // the pause button's side
	marginCSS = 8   // between a control and the screen's edge
)

// screenLayout is where the field and the touch controls sit on the
// screen, in screen pixels.
type screenLayout struct {
	field rect
	pad   padPlace
	inBar bool // the d-pad sits in a letterbox bar, off the field
	pause rect
	css   float32 // screen pixels per CSS pixel
	// fieldPerCSS is how many field units a CSS pixel spans.
	fieldPerCSS float32
}

// placeControls lays out a w×h screen on which the field is fitted as f,
// with css screen pixels per CSS pixel, and the d-pad on the side and at
// the size ps asks for. Where a letterbox bar has room, the d-pad goes in
// it, low on its side for that thumb, and the pause button in the other
// bar or across from the d-pad, for the other thumb. Otherwise both sit on
// the field: the d-pad in its lower corner on its side, the pause button
// in the upper right.
func placeControls(w, h float32, f loop.Fit, css float32, ps padSide) screenLayout {
	l := screenLayout{css: css, fieldPerCSS: css / f.Scale}
	l.field = rect{f.X, f.Y, game.FieldWidth * f.Scale, game.FieldHeight * f.Scale}
	m, p := marginCSS*css, pauseCSS*css
	const span = 2 * padReach // pad units across the d-pad's reach
	side, bottom := f.X, h-(f.Y+l.field.H)
	k := ps.scale()
	// mirror puts x, measured from the left edge of a span starting at
	// x0 and w0 wide, on the d-pad's side.
	mirror := func(x0, w0, x float32) float32 {
		if ps.right {
			return x0 + w0 - x
		}
		return x0 + x
	}
	if side >= bottom {
		// Landscape: bars left and right.
		if d := min(side-2*m, h-2*m, padMaxCSS*css*k); d >= padMinCSS*css {
			l.inBar = true
			l.pad = padPlace{X: mirror(0, w, side/2), Y: h - m - d/2, Scale: d / span}
			l.pause = rect{mirror(0, w, w-side/2) - p/2, h/2 - p/2, p, p}
		}
	} else if d := min(bottom-2*m, w/2-2*m, padMaxCSS*css*k); d >= padMinCSS*css {
		// Portrait: bars above and below.
		l.inBar = true
		l.pad = padPlace{X: mirror(0, w, m+d/2), Y: h - bottom/2, Scale: d / span}
		l.pause = rect{mirror(0, w, w*3/4) - p/2, h - bottom/2 - p/2, p, p}
	}
	if !l.inBar {
		// On the field, far enough from its side that the buttons stay
		// on it at every size.
		x := max(padX, (padArm+22*padButton)*k)
		l.pad = padPlace{X: mirror(f.X, l.field.W, x*f.Scale), Y: f.Y + padY*f.Scale, Scale: f.Scale * k}
		// Below the settings button, which the pause screen shows in
		// the same corner (settingsview.go).
		l.pause = rect{l.field.X + l.field.W - p - m, l.field.Y + (buttonY+buttonH+m/f.Scale)*f.Scale, p, p}
	}
	return l
}

// padRect returns the rectangle the d-pad answers touches in.
func (l *screenLayout) padRect() rect {
	r := padReach * l.pad.Scale
	return rect{l.pad.X - r, l.pad.Y - r, 2 * r, 2 * r}
}

// controls are the touch controls drawn in screen pixels, over the field
// and its bars: the d-pad and the pause button.
type controls struct {
	layout screenLayout
	side   padSide // the d-pad's side and size laid out for
	batch  *sprite.Batch
	text   *sprite.Batch    // the replay viewer's text (viewerbar.go)
	taps   []ebiten.TouchID // scratch
	w, h   int              // the screen size laid out for
}

// initControls sets up the touch controls' batch, which draws from the
// view's sprite atlas.
func (a *App) initControls() error {
	a.ctl.batch = sprite.NewBatch(a.view.atlas)
	a.ctl.batch.SetFilter(ebiten.FilterLinear)
	var err error
	if a.ctl.text, err = text.NewBatch(); err != nil {
		return fmt.Errorf("app: %w", err)
	}
	a.ctl.layout = placeControls(game.FieldWidth, game.FieldHeight, loop.Fit{Scale: 1}, 1, a.dev.touch.side)
	return nil
}

// layoutState returns, in CSS pixels of the page, the field's rectangle, the
// d-pad's (nil until the screen is touched), the pause button's, the
// page's fullscreen button's (nil where there is none), each as
// {x, y, w, h}, the replay viewer's buttons by label (nil when not
// watching) and the scene's other buttons (share.go).
func (a *App) layoutState() map[string]any {
	l := &a.ctl.layout
	var pad any
	if a.dev.touch.seen {
		pad = l.cssRect(l.padRect())
	}
	return map[string]any{
		"field":      l.cssRect(l.field),
		"dpad":       pad,
		"pause":      l.cssRect(l.pause),
		"fullscreen": fullscreenRect(),
		"viewer":     a.viewerButtonsCSS(),
		"buttons":    a.buttonsState(),
	}
}

func (l *screenLayout) cssRect(r rect) map[string]any {
	c := float64(l.css)
	return map[string]any{"x": float64(r.X) / c, "y": float64(r.Y) / c, "w": float64(r.W) / c, "h": float64(r.H) / c}
}

// updateLayout lays the controls out for this frame's screen, when its
// size or the d-pad's setting has changed.
func (a *App) updateLayout() {
	w, h, ps := a.dev.screenW, a.dev.screenH, a.dev.touch.side
	if w == a.ctl.w && h == a.ctl.h && ps == a.ctl.side {
		return
	}
	a.ctl.w, a.ctl.h, a.ctl.side = w, h, ps
	css := float32(ebiten.Monitor().DeviceScaleFactor())
	a.ctl.layout = placeControls(float32(w), float32(h), a.dev.fit, css, ps)
	a.layoutShare()
}

// pauseTapped reports whether the pause button was just tapped.
func (a *App) pauseTapped() bool {
	if !a.touchScreen() {
		return false
	}
	a.ctl.taps = inpututil.AppendJustPressedTouchIDs(a.ctl.taps[:0])
	for _, id := range a.ctl.taps {
		x, y := ebiten.TouchPosition(id)
		if a.ctl.layout.pause.contains(float32(x), float32(y)) {
			return true
		}
	}
	return false
}

// drawControls draws the touch controls onto the whole screen, bars
// included: the d-pad once the screen has been touched, and the pause
// button in play; or the replay viewer's panel.
func (a *App) drawControls(screen *ebiten.Image) {
	b := a.ctl.batch
	l := &a.ctl.layout
	if a.viewer != nil {
		a.drawViewer(b, a.ctl.text)
		// Kept, so that the next frame restores the backdrop under the
		// translucent panel before drawing it again.
		a.view.flushKept(b, screen)
		a.view.flushKept(a.ctl.text, screen)
		return
	}
	if a.dev.touch.seen {
		a.dev.touch.draw(b, l.pad)
	}
	if sc := a.sess.Scene; a.touchScreen() && a.overlay == noOverlay && (sc == game.ScenePlaying || sc == game.ScenePaused) {
		r := l.pause
		b.AddRect(assets.White, r.X, r.Y, r.W, r.H, dimText.Alpha(0.3))
		if sc == game.ScenePaused {
			b.Add(assets.ArrowRight, r.X+r.W/2, r.Y+r.H/2, 0, r.W/60, white)
		} else {
			bar := r.W / 6
			b.AddRect(assets.White, r.X+r.W/2-2*bar, r.Y+r.H/4, bar, r.H/2, white)
			b.AddRect(assets.White, r.X+r.W/2+bar, r.Y+r.H/4, bar, r.H/2, white)
		}
	}
	a.view.flushKept(b, screen)
}

// buzz vibrates the device briefly where it can, when a run ends on a
// touch screen.
func (a *App) buzz() {
	if a.touchScreen() {
		ebiten.Vibrate(&ebiten.VibrateOptions{Duration: 150 * time.Millisecond, Magnitude: 0.7})
	}
}
