package app

import (
	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/input"
	"swarmfield/game"
)

// The player's actions.
const (
	actUp input.Action = iota
	actDown
	actLeft
	actRight
	actConfirm
	actPause
	actMute
	actFullscreen
	actPerf
	actSaveReplay
	actSettings
	actBack
	actDaily  // today's daily challenge (daily.go)
	actScores // the title's buttons (titlemenu.go)
	actPaste
	actCopy // copy a replay code (share.go)
)

// newControls binds the keyboard and a standard gamepad to the actions.
func newControls() *input.Map {
	m := &input.Map{}
	for i, keys := range defaultKeys { // keymap.go; the settings rebind them
		m.BindKeys(bindActions[i], keys...)
	}
	m.BindKeys(actSettings, ebiten.KeyO)
	m.BindKeys(actBack, ebiten.KeyBackspace)
	m.BindKeys(actMute, ebiten.KeyM)
	m.BindKeys(actFullscreen, ebiten.KeyF)
	m.BindKeys(actPerf, ebiten.KeyF3)
	m.BindKeys(actSaveReplay, ebiten.KeyF9)
	m.BindKeys(actCopy, ebiten.KeyC)
	bindTitleMenu(m)
	m.BindGamepad(actUp, ebiten.StandardGamepadButtonLeftTop)
	m.BindGamepad(actDown, ebiten.StandardGamepadButtonLeftBottom)
	m.BindGamepad(actLeft, ebiten.StandardGamepadButtonLeftLeft)
	m.BindGamepad(actRight, ebiten.StandardGamepadButtonLeftRight)
	m.BindGamepad(actConfirm, ebiten.StandardGamepadButtonRightBottom, ebiten.StandardGamepadButtonCenterRight)
	m.BindGamepad(actSettings, ebiten.StandardGamepadButtonCenterLeft)
	m.BindGamepad(actBack, ebiten.StandardGamepadButtonRightRight)
	m.BindGamepad(actCopy, copyGamepad)
	return m
}

// moveActions lists the move actions in game.Direction order.
var moveActions = [4]input.Action{actUp, actDown, actLeft, actRight}

// simInput turns the polled actions into the simulation's input for one
// tick.
func simInput(m *input.Map, clicked, focused bool) game.Input {
	var in game.Input
	for d, a := range moveActions {
		dir := game.Direction(d)
		if m.Held(a) {
			in |= game.Held(dir)
		}
		if m.Pressed(a) {
			in |= game.Pressed(dir)
		}
	}
	if m.Pressed(actConfirm) || clicked {
		in |= game.PressConfirm
	}
	if m.Pressed(actPause) {
		in |= game.PressPause
	}
	if !focused {
		in |= game.FocusLost
	}
	return in
}
