package app

import (
	"strconv"

	"swarmfield/assets"
	"swarmfield/engine/text"
	"swarmfield/game"
	"swarmfield/game/save"
)

// Layout of the settings screen and of the button that opens it, in field
// units.
const (
	rowTop, rowH   = 84, 28
	labelX, valueX = 120, 440
	rowW           = 600
	buttonX        = 640
	buttonY        = 36
	buttonW        = 150
	buttonH        = 26
)

// rowHighlight marks the selected row.
var rowHighlight = cyan.Alpha(0.2)

// rowLabels are the rows' names, in row order.
var rowLabels = [numRows]string{
	"Music volume", "Effects volume", "Reduce motion", "FPS line", "High contrast", "Ghost", "Touch d-pad side", "Touch d-pad size",
	"Move up", "Move down", "Move left", "Move right", "Pause", "Confirm",
	"Reset keys to defaults", "Back",
}

// inButton reports whether a field point is on the settings button.
func inButton(x, y float32) bool {
	return x >= buttonX && x < buttonX+buttonW && y >= buttonY && y < buttonY+buttonH
}

// rowAt returns the row at field height y.
func rowAt(y float32) (int, bool) {
	if y < rowTop-4 {
		return 0, false
	}
	row := int((y - rowTop + 4) / rowH)
	return row, row < numRows
}

// drawSettingsButton draws the button that opens the settings screen, on
// the title and the pause screen.
func (a *App) drawSettingsButton() {
	v := a.view
	v.sprites.AddRect(assets.White, buttonX, buttonY, buttonW, buttonH, panelBack)
	text.DrawAligned(v.glyphs, "SETTINGS (O)", buttonX+buttonW/2, buttonY+6, 1.5, text.Center, cyan)
}

// drawSettings draws the settings screen.
func (a *App) drawSettings() {
	v, m, s := a.view, &a.menu, &a.set
	v.drawShade()
	v.drawCentred("SETTINGS", 30, 3, cyan)
	for row := range numRows {
		y := float32(rowTop + row*rowH)
		clr := dimText
		if row == m.sel {
			v.sprites.AddRect(assets.White, labelX-12, y-5, rowW, rowH-2, rowHighlight)
			clr = white
		}
		text.Draw(v.glyphs, rowLabels[row], labelX, y, 2, clr)
		b := v.num[:0]
		switch {
		case row == rowMusic:
			b = appendLevel(b, s.MusicVolume, save.MaxVolume)
		case row == rowSFX:
			b = appendLevel(b, s.SFXVolume, save.MaxVolume)
		case row == rowMotion:
			b = appendOnOff(b, s.ReduceMotion)
		case row == rowFPS:
			b = appendOnOff(b, s.ShowFPS)
		case row == rowContrast:
			b = appendOnOff(b, s.HighContrast)
		case row == rowGhost:
			b = appendOnOff(b, s.Ghost)
		case row == rowDpadSide:
			if s.DpadRight {
				b = append(b, "< right >"...)
			} else {
				b = append(b, "< left >"...)
			}
		case row == rowDpadSize:
			b = appendLevel(b, s.DpadSize, save.MaxDpadSize)
		case row < rowReset:
			if m.capture && row == m.sel {
				b = append(b, "press a key"...)
				break
			}
			names := s.Bindings[row-rowKeys]
			for i, n := range names {
				if n == "NumpadEnter" && len(names) > 1 {
					continue // a twin of Enter, as in the hints
				}
				if i > 0 {
					b = append(b, ", "...)
				}
				b = append(b, labelOf(n)...)
			}
		}
		text.DrawBytes(v.glyphs, b, valueX, y, 2, clr)
		v.num = b
	}
	y := float32(rowTop + numRows*rowH + 6)
	if m.note != "" {
		v.drawCentred(m.note, y, 1.5, gold)
	}
	v.drawCentred("Up/Down choose  -  Left/Right change  -  Enter select  -  Esc back", y+22, 1, dimText)
}

// appendLevel appends "< n >" with the bounds' arrows only where n can
// still move.
func appendLevel(b []byte, n, hi int) []byte {
	b = append(b, "< "...)
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, " / "...)
	b = strconv.AppendInt(b, int64(hi), 10)
	return append(b, " >"...)
}

func appendOnOff(b []byte, on bool) []byte {
	if on {
		return append(b, "on"...)
	}
	return append(b, "off"...)
}

// showsSettingsButton reports whether the scene offers the settings
// button.
func (a *App) showsSettingsButton() bool {
	sc := a.sess.Scene
	return !a.menu.open && !a.share.screen.open && !a.share.pasting && a.viewer == nil && a.overlay == noOverlay && (sc == game.SceneTitle || sc == game.ScenePaused)
}

// drawSettingsScreen draws the settings screen when it is open, and
// otherwise its button where the scene offers it.
func (a *App) drawSettingsScreen() {
	if a.menu.open {
		a.drawSettings()
	} else if a.showsSettingsButton() {
		a.drawSettingsButton()
	}
}
