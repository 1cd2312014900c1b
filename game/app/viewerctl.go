package app

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"swarmfield/engine/input"
	"swarmfield/engine/loop"
	"swarmfield/game"
)

// The replay viewer's actions.
const (
	viewPause input.Action = iota
	viewStep
	viewSpeed1
	viewSpeed4
	viewSpeed16
	viewRestart
	viewBack
	viewFaster
	viewSlower
)

// viewerBindings are the viewer's keys and standard gamepad buttons: A
// or Start pauses, X steps, Y starts over, the shoulder buttons change
// the speed, B leaves.
var viewerBindings = [...]struct {
	act  input.Action
	keys []ebiten.Key
	pad  []ebiten.StandardGamepadButton
}{
	{viewPause, []ebiten.Key{ebiten.KeyP, ebiten.KeySpace},
		[]ebiten.StandardGamepadButton{ebiten.StandardGamepadButtonRightBottom, ebiten.StandardGamepadButtonCenterRight}},
	{viewStep, []ebiten.Key{ebiten.KeyPeriod, ebiten.KeyNumpadDecimal},
		[]ebiten.StandardGamepadButton{ebiten.StandardGamepadButtonRightLeft}},
	{viewSpeed1, []ebiten.Key{ebiten.KeyDigit1, ebiten.KeyNumpad1}, nil},
	{viewSpeed4, []ebiten.Key{ebiten.KeyDigit4, ebiten.KeyNumpad4}, nil},
	{viewSpeed16, []ebiten.Key{ebiten.KeyDigit6, ebiten.KeyNumpad6}, nil},
	{viewRestart, []ebiten.Key{ebiten.KeyR}, []ebiten.StandardGamepadButton{ebiten.StandardGamepadButtonRightTop}},
	{viewBack, []ebiten.Key{ebiten.KeyEscape, ebiten.KeyBackspace},
		[]ebiten.StandardGamepadButton{ebiten.StandardGamepadButtonRightRight}},
	{viewFaster, nil, []ebiten.StandardGamepadButton{ebiten.StandardGamepadButtonFrontTopRight}},
	{viewSlower, nil, []ebiten.StandardGamepadButton{ebiten.StandardGamepadButtonFrontTopLeft}},
}

// viewerKeys returns the viewer's actions bound as viewerBindings says.
func viewerKeys() *input.Map {
	m := &input.Map{}
	for _, b := range viewerBindings {
		m.BindKeys(b.act, b.keys...)
		m.BindGamepad(b.act, b.pad...)
	}
	return m
}

// viewerButtons are the panel's buttons, left to right, with their
// actions. The first reads PLAY while paused.
var viewerButtons = [...]struct {
	label string
	act   input.Action
}{
	{"PAUSE", viewPause},
	{"STEP", viewStep},
	{"1x", viewSpeed1},
	{"4x", viewSpeed4},
	{"16x", viewSpeed16},
	{"RESTART", viewRestart},
	{"BACK", viewBack},
}

// Sizes of the viewer's panel, in CSS pixels.
const (
	viewButtonCSS = 48 // a button's height, and its least width
	viewButtonMax = 96 // a button's greatest width
	viewGapCSS    = 4  // between two buttons
	viewLineCSS   = 17 // a line of text at one CSS pixel per font pixel
	viewBarCSS    = 12 // the progress bar's height
)

// viewerLayout is where the viewer's panel sits on the screen, in screen
// pixels: below the field where a letterbox bar has room for it, as on a
// phone held upright, otherwise over the field's bottom.
type viewerLayout struct {
	panel   rect
	lines   [3]float32 // the text lines' tops: status, build or end, keys
	bar     rect
	buttons [len(viewerButtons)]rect
	text    float32 // the text's scale
	css     float32
}

// placeViewer lays the viewer's panel out on a screen h pixels tall on which the
// field is fitted as f, with css screen pixels per CSS pixel. keys adds a
// line that names the keys, for a player with a keyboard.
func placeViewer(h float32, f loop.Fit, css float32, keys bool) viewerLayout {
	l := viewerLayout{text: css, css: css}
	m, g := marginCSS*css, viewGapCSS*css
	line := viewLineCSS * css
	fx, fw := f.X, game.FieldWidth*f.Scale
	n := float32(len(viewerButtons))
	bw := min(viewButtonMax*css, max(viewButtonCSS*css, (fw-2*m-(n-1)*g)/n))
	bh := viewButtonCSS * css
	ph := m + 2*line + viewBarCSS*css + m + bh + m
	if keys {
		ph += line
	}
	fieldBottom := f.Y + game.FieldHeight*f.Scale
	top := fieldBottom - ph
	if h-fieldBottom >= ph {
		top = fieldBottom
	}
	l.panel = rect{fx, top, fw, ph}
	y := top + m
	l.lines[0], l.lines[1] = y, y+line
	y += 2 * line
	l.bar = rect{fx + m, y, fw - 2*m, viewBarCSS * css}
	y += l.bar.H + m
	x := fx + (fw-n*bw-(n-1)*g)/2
	for i := range l.buttons {
		l.buttons[i] = rect{x + float32(i)*(bw+g), y, bw, bh}
	}
	l.lines[2] = y + bh + m
	return l
}

// buttonAt returns the action of the panel's button at screen point x,
// y, if there is one.
func (l *viewerLayout) buttonAt(x, y float32) (input.Action, bool) {
	for i, r := range l.buttons {
		if r.contains(x, y) {
			return viewerButtons[i].act, true
		}
	}
	return 0, false
}

// viewerLayout lays the panel out for this frame's screen.
func (a *App) viewerLayout() viewerLayout {
	css := a.ctl.layout.css
	return placeViewer(float32(a.dev.screenH), a.dev.fit, css, !a.touchScreen())
}

// pollViewerButtons presses the action of the panel's button that was
// just clicked or tapped, if any.
func (a *App) pollViewerButtons() {
	var x, y int
	switch {
	case inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft):
		x, y = ebiten.CursorPosition()
	default:
		a.ctl.taps = inpututil.AppendJustPressedTouchIDs(a.ctl.taps[:0])
		if len(a.ctl.taps) == 0 {
			return
		}
		a.dev.touch.seen = true
		x, y = ebiten.TouchPosition(a.ctl.taps[0])
	}
	l := a.viewerLayout()
	if act, ok := l.buttonAt(float32(x), float32(y)); ok {
		a.viewer.keys.Set(act, true)
	}
}

// viewerButtonsCSS returns the viewer's buttons for the bridge's layout(),
// by label, each as {x, y, w, h} in CSS pixels; nil when not watching.
func (a *App) viewerButtonsCSS() any {
	if a.viewer == nil {
		return nil
	}
	l := a.viewerLayout()
	m := make(map[string]any, len(viewerButtons))
	for i, r := range l.buttons {
		m[viewerButtons[i].label] = a.ctl.layout.cssRect(r)
	}
	return m
}
