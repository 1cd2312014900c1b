package app

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/input"
	"swarmfield/game"
)

// titleMenu are the title's buttons, left to right: the label, what the
// hint line calls it, its key and gamepad buttons with the action they
// trigger, and what it opens. The buttons are drawn, hit-tested and named
// in the hints from this one table.
var titleMenu = [...]struct {
	label, hint string
	key         ebiten.Key
	gamepad     []ebiten.StandardGamepadButton
	act         input.Action
	open        func(*App)
}{
	{"HIGH SCORES", "high scores", ebiten.KeyH, []ebiten.StandardGamepadButton{ebiten.StandardGamepadButtonRightTop}, actScores, (*App).openScores},
	{"PASTE CODE", "paste a code", ebiten.KeyV, nil, actPaste, (*App).openPaste},
	{"DAILY", "daily challenge", ebiten.KeyT, []ebiten.StandardGamepadButton{ebiten.StandardGamepadButtonFrontTopRight}, actDaily, (*App).openDaily},
}

// titleButtonsY is the middle of the row of the title's buttons, in field
// units: between the table's top rows and the call to action.
const titleButtonsY = 394

// bindTitleMenu binds the title menu's keys and gamepad buttons on m.
func bindTitleMenu(m *input.Map) {
	for _, e := range titleMenu {
		m.BindKeys(e.act, e.key)
		m.BindGamepad(e.act, e.gamepad...)
	}
}

// titleKeysHint is the title's second line of keys: the menu's, then
// fullscreen and the performance panel.
var titleKeysHint = func() string {
	var parts []string
	for _, e := range titleMenu {
		parts = append(parts, keyLabel(e.key)+" "+e.hint)
	}
	return strings.Join(append(parts, "F fullscreen", "F3 performance"), "  -  ")
}()

// initTitleMenu labels the title's buttons.
func (a *App) initTitleMenu() {
	a.share.title = make([]button, len(titleMenu))
	for i, e := range titleMenu {
		a.share.title[i] = button{label: e.label + " (" + keyLabel(e.key) + ")", touch: e.label}
	}
}

// titleTick runs the title's buttons for one tick: their keys, gamepad
// buttons, or a click or a tap on one (at field point cx, cy) open what
// they name. It reports whether one did; then the tick's click must not
// reach the session, where it would start a run.
func (a *App) titleTick(cx, cy float32, clicked bool) bool {
	if a.sess.Scene != game.SceneTitle || a.overlay != noOverlay || a.viewer != nil {
		return false
	}
	hit := -1
	if clicked {
		hit = buttonAt(a.share.title, cx, cy)
	}
	for i, e := range titleMenu {
		if i == hit || a.controls.Pressed(e.act) {
			e.open(a)
			return true
		}
	}
	return false
}
