// Package input maps keys, mouse buttons, touches and gamepad buttons to
// a game's actions, and reports each action as held or just pressed.
//
// A key pressed and released between two ticks still counts as pressed
// in the next tick (Ebitengine detects it since v2.9), so a quick tap is
// never lost.
package input

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// Action is a game-defined action, a small integer below MaxActions.
type Action uint8

// MaxActions is how many actions a Map can hold.
const MaxActions = 32

// Map binds actions to keys and remembers their state in the latest poll.
type Map struct {
	keys    [MaxActions][]ebiten.Key
	buttons [MaxActions][]ebiten.StandardGamepadButton
	held    uint32
	pressed uint32
	gamepad []ebiten.GamepadID
}

// BindKeys adds keys that trigger a.
func (m *Map) BindKeys(a Action, keys ...ebiten.Key) {
	m.keys[a] = append(m.keys[a], keys...)
}

// SetKeys replaces the keys that trigger a.
func (m *Map) SetKeys(a Action, keys ...ebiten.Key) {
	m.keys[a] = append(m.keys[a][:0:0], keys...)
}

// BindGamepad adds standard-layout gamepad buttons that trigger a.
func (m *Map) BindGamepad(a Action, buttons ...ebiten.StandardGamepadButton) {
	m.buttons[a] = append(m.buttons[a], buttons...)
}

// Poll reads the devices. Call it once per tick, before asking.
func (m *Map) Poll() {
	m.held, m.pressed = 0, 0
	m.gamepad = ebiten.AppendGamepadIDs(m.gamepad[:0])
	for a := range MaxActions {
		bit := uint32(1) << a
		for _, k := range m.keys[a] {
			if inpututil.IsKeyJustPressed(k) {
				m.pressed |= bit
			}
			if ebiten.IsKeyPressed(k) {
				m.held |= bit
			}
		}
		for _, id := range m.gamepad {
			if !ebiten.IsStandardGamepadLayoutAvailable(id) {
				continue
			}
			for _, b := range m.buttons[a] {
				if inpututil.IsStandardGamepadButtonJustPressed(id, b) {
					m.pressed |= bit
				}
				if ebiten.IsStandardGamepadButtonPressed(id, b) {
					m.held |= bit
				}
			}
		}
	}
}

// Held reports whether a is held down.
func (m *Map) Held(a Action) bool { return m.held&(1<<a) != 0 }

// Pressed reports whether a went down since the previous poll.
func (m *Map) Pressed(a Action) bool { return m.pressed&(1<<a) != 0 }

// Set marks a as held and, if pressed, as just pressed, for input from
// elsewhere: on-screen buttons, a gamepad's stick, a test.
func (m *Map) Set(a Action, pressed bool) {
	m.held |= 1 << a
	if pressed {
		m.pressed |= 1 << a
	}
}

// Clicked reports whether the left mouse button or a touch went down since
// the previous tick.
func Clicked() bool {
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		return true
	}
	var ids [4]ebiten.TouchID
	return len(inpututil.AppendJustPressedTouchIDs(ids[:0])) > 0
}
