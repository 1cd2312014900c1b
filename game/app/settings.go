package app

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"swarmfield/engine/input"
	"swarmfield/game/save"
)

// The settings screen's rows, top to bottom.
const (
	rowMusic = iota
	rowSFX
	rowMotion
	rowFPS
	rowContrast
	rowGhost
	rowDpadSide
	rowDpadSize
	rowKeys  // one row per rebindable action, in save.BindingNames order
	rowReset = rowKeys + save.NumBindings
	rowBack  = rowReset + 1
	numRows  = rowBack + 1
)

// The settings screen's own navigation actions, on keys that stay fixed
// whatever the bindings, so a player can always find the way back.
const (
	navUp input.Action = iota
	navDown
	navLeft
	navRight
	navOK
	navBack
)

// settingsMenu is the settings screen, shown over the title or the pause
// screen. While it is open the session does not advance.
type settingsMenu struct {
	open    bool
	sel     int    // the selected row
	capture bool   // waiting for a key for the selected binding row
	note    string // the latest message: a rebinding, a conflict
	nav     input.Map
	keys    []ebiten.Key
	touches [4]ebiten.TouchID
}

// initSettings loads the settings, applies them and adds
// window.swarmfield.settings() in the browser. The reduce-motion default
// is the platform's preference.
func (a *App) initSettings() {
	m := &a.menu
	m.nav.BindKeys(navUp, ebiten.KeyArrowUp)
	m.nav.BindKeys(navDown, ebiten.KeyArrowDown)
	m.nav.BindKeys(navLeft, ebiten.KeyArrowLeft)
	m.nav.BindKeys(navRight, ebiten.KeyArrowRight)
	m.nav.BindKeys(navOK, ebiten.KeyEnter, ebiten.KeyNumpadEnter, ebiten.KeySpace)
	m.nav.BindKeys(navBack, ebiten.KeyEscape, ebiten.KeyBackspace, ebiten.KeyO)
	m.nav.BindGamepad(navUp, ebiten.StandardGamepadButtonLeftTop)
	m.nav.BindGamepad(navDown, ebiten.StandardGamepadButtonLeftBottom)
	m.nav.BindGamepad(navLeft, ebiten.StandardGamepadButtonLeftLeft)
	m.nav.BindGamepad(navRight, ebiten.StandardGamepadButtonLeftRight)
	m.nav.BindGamepad(navOK, ebiten.StandardGamepadButtonRightBottom)
	m.nav.BindGamepad(navBack, ebiten.StandardGamepadButtonRightRight, ebiten.StandardGamepadButtonCenterLeft)
	set, notes := a.saver.LoadSettings(defaultSettings(prefersReducedMotion()))
	a.set = set
	notes = append(notes, a.applySettings(false)...)
	if len(notes) > 0 {
		a.cfg.Logf("swarmfield: stored settings: reset to the default: %s", strings.Join(notes, "; "))
	}
}

// applySettings puts a.set into effect and, if store is set, saves it. It
// returns notes naming the bindings it reset (see applyBindings).
func (a *App) applySettings(store bool) (notes []string) {
	notes = applyBindings(a.controls, &a.set)
	a.view.hints = makeHints(&a.set.Bindings)
	a.view.contrast = a.set.HighContrast
	a.view.feel.setReduce(a.set.ReduceMotion)
	a.dev.sound.SetVolume(float64(a.set.SFXVolume) / save.MaxVolume)
	a.dev.touch.configure(a.set.DpadRight, a.set.DpadSize)
	if !a.set.Ghost {
		a.ghost.stop()
	}
	if store {
		if err := a.saver.SetSettings(a.set); err != nil {
			a.cfg.Logf("swarmfield: %v", err)
		}
	}
	return notes
}

// settingsState reports the settings for the page and tests.
func (a *App) settingsState() map[string]any {
	s := &a.set
	bindings := map[string]any{}
	for i, names := range s.Bindings {
		keys := make([]any, len(names))
		for j, n := range names {
			keys[j] = n
		}
		bindings[save.BindingNames[i]] = keys
	}
	side := "left"
	if s.DpadRight {
		side = "right"
	}
	return map[string]any{
		"musicVolume":  s.MusicVolume,
		"sfxVolume":    s.SFXVolume,
		"muted":        a.dev.sound.Muted(),
		"reduceMotion": s.ReduceMotion,
		"showFPS":      s.ShowFPS,
		"highContrast": s.HighContrast,
		"ghost":        s.Ghost,
		"bindings":     bindings,
		"dpad":         map[string]any{"side": side, "size": s.DpadSize},
	}
}

// updateSettings runs the settings screen for one tick, after the
// controls were polled. It opens the screen from the title and the pause
// screen (O, the gamepad's Back, or a click on its button), and reports
// whether the screen has the tick, in which case the session must not
// advance.
func (a *App) updateSettings() bool {
	a.menu.nav.Poll()
	cx, cy, clicked := a.clickAt()
	return a.settingsTick(cx, cy, clicked)
}

// settingsTick is updateSettings after the polling: clicked tells whether
// the field point cx, cy was clicked or tapped in this tick.
func (a *App) settingsTick(cx, cy float32, clicked bool) bool {
	m := &a.menu
	if !m.open {
		if !a.showsSettingsButton() {
			return false
		}
		if a.controls.Pressed(actSettings) || clicked && inButton(cx, cy) {
			m.open, m.sel, m.capture, m.note = true, 0, false, ""
			return true
		}
		return false
	}
	if m.capture {
		if clicked {
			// A click or a tap cancels: a touch player has no key to press.
			m.capture, m.note = false, "kept the keys"
			return true
		}
		a.captureKey()
		return true
	}
	c := a.controls
	pressed := func(n input.Action, act input.Action) bool { return m.nav.Pressed(n) || c.Pressed(act) }
	switch {
	case m.nav.Pressed(navBack) || c.Pressed(actBack) || c.Pressed(actPause):
		m.open = false
	case pressed(navUp, actUp):
		m.sel = (m.sel + numRows - 1) % numRows
	case pressed(navDown, actDown):
		m.sel = (m.sel + 1) % numRows
	case pressed(navLeft, actLeft):
		a.changeRow(m.sel, -1)
	case pressed(navRight, actRight):
		a.changeRow(m.sel, 1)
	case pressed(navOK, actConfirm):
		a.changeRow(m.sel, 0)
	case clicked:
		if row, ok := rowAt(cy); ok {
			a.clickRow(row, cx)
		}
	}
	return true
}

// clickRow acts on a click or tap on a row at field x cx: on the left part
// of a value it steps the value down, elsewhere up; reset and back act at
// once. A key row waits for a key only where there is a keyboard.
func (a *App) clickRow(row int, cx float32) {
	a.menu.sel = row
	dir := 1
	switch {
	case row >= rowReset:
		dir = 0
	case row >= rowKeys && a.touchScreen():
		a.menu.note = "keys are set with a keyboard"
		return
	case cx < valueX+40:
		dir = -1
	}
	a.changeRow(row, dir)
}

// changeRow acts on a row: dir -1 or 1 steps a value down or up (toggles
// flip either way), and 0 is the confirm key: it flips a toggle, steps a
// volume up, starts rebinding a key, or activates reset and back.
func (a *App) changeRow(row, dir int) {
	s, m := &a.set, &a.menu
	step := func(v, lo, hi int) int {
		if dir == 0 {
			dir = 1
		}
		return max(lo, min(hi, v+dir))
	}
	switch {
	case row == rowMusic:
		s.MusicVolume = step(s.MusicVolume, 0, save.MaxVolume)
	case row == rowSFX:
		s.SFXVolume = step(s.SFXVolume, 0, save.MaxVolume)
	case row == rowMotion:
		s.ReduceMotion = !s.ReduceMotion
	case row == rowFPS:
		s.ShowFPS = !s.ShowFPS
	case row == rowContrast:
		s.HighContrast = !s.HighContrast
	case row == rowGhost:
		s.Ghost = !s.Ghost
	case row == rowDpadSide:
		s.DpadRight = !s.DpadRight
	case row == rowDpadSize:
		s.DpadSize = step(s.DpadSize, 1, save.MaxDpadSize)
	case row < rowReset:
		if dir == 0 || dir == 1 {
			m.capture, m.note = true, "press a key for "+save.BindingNames[row-rowKeys]+" (Esc cancels)"
		}
		return
	case row == rowReset:
		if dir != 0 {
			return
		}
		for i, keys := range defaultKeys {
			s.Bindings[i] = keyNames(keys)
		}
		m.note = "keys reset to the defaults"
	case row == rowBack:
		if dir == 0 {
			m.open = false
		}
		return
	}
	a.applySettings(true)
}

// captureKey waits for the key to bind to the selected action. Escape
// cancels; a key that another action has is refused with a note.
func (a *App) captureKey() {
	m := &a.menu
	if m.nav.Pressed(navBack) && !inpututil.IsKeyJustPressed(ebiten.KeyO) && !inpututil.IsKeyJustPressed(ebiten.KeyBackspace) {
		m.capture, m.note = false, "kept the keys"
		return
	}
	m.keys = inpututil.AppendJustPressedKeys(m.keys[:0])
	if len(m.keys) == 0 {
		return
	}
	k, i := m.keys[0], m.sel-rowKeys
	m.capture = false
	if what := keyConflict(&a.set, i, save.NumBindings, k); what != "" {
		m.note = keyLabel(k) + " already " + what + ": choose another key"
		return
	}
	a.set.Bindings[i] = []string{k.String()}
	m.note = save.BindingNames[i] + " is now " + keyLabel(k)
	a.applySettings(true)
}

// clickAt returns where on the field a click or a tap went down this
// tick, if one did.
func (a *App) clickAt() (x, y float32, ok bool) {
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		cx, cy := ebiten.CursorPosition()
		x, y = a.dev.fit.ToField(float32(cx), float32(cy))
		return x, y, true
	}
	if ids := inpututil.AppendJustPressedTouchIDs(a.menu.touches[:0]); len(ids) > 0 {
		tx, ty := ebiten.TouchPosition(ids[0])
		x, y = a.dev.fit.ToField(float32(tx), float32(ty))
		return x, y, true
	}
	return 0, 0, false
}
