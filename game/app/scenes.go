package app

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"swarmfield/game"
)

// overlay is a scene of the app drawn over the session's: the how-to
// before the first run, or the initials entry after a run that makes the
// high-score table. While one is open the session gets no input.
type overlay uint8

const (
	noOverlay overlay = iota
	overlayHowto
	overlayInitials
)

// sceneName returns the scene as the bridge reports it: "settings" while
// the settings screen is open, the overlay's, or the session's.
func (a *App) sceneName() string {
	switch {
	case a.menu.open:
		return "settings"
	case a.share.screen.open:
		return "scores"
	case a.share.pasting:
		return "paste"
	}
	switch a.overlay {
	case overlayHowto:
		return "howto"
	case overlayInitials:
		return "initials"
	}
	return a.sess.Scene.String()
}

// filterInput runs the overlay, if one is open, for one tick and returns
// the session's input: in when no overlay is open, nothing while one is,
// and a confirm press when the how-to ends, which starts the first run.
// A press that would start the first run opens the how-to instead.
func (a *App) filterInput(in game.Input, clicked bool) game.Input {
	a.focus = in&game.FocusLost == 0
	if a.pauseTapped() {
		in |= game.PressPause
	}
	a.onb.update(a.sess)
	switch a.overlay {
	case overlayHowto:
		if a.controls.Pressed(actPause) {
			a.overlay = noOverlay
			a.onb.finish(a.cfg.Logf)
			return game.PressConfirm
		}
		if in.AnyPress() || in.Has(game.PressConfirm) {
			if a.onb.card++; a.onb.card == howtoCards {
				a.overlay = noOverlay
				a.onb.finish(a.cfg.Logf)
				return game.PressConfirm
			}
		}
		return 0
	case overlayInitials:
		x, y := a.tapPos()
		a.board.entry.update(a.controls, clicked, x, y)
		if a.board.entry.done {
			a.overlay = noOverlay
			a.saveInitials()
			// Keep the key that saved from restarting at once.
			a.hold = game.RestartDelayTicks
		}
		return 0
	}
	if a.hold > 0 {
		a.hold--
		in &^= game.PressConfirm
	}
	if a.onb.firstRun && a.sess.Scene == game.SceneTitle && (in.AnyPress() || in.Has(game.PressConfirm)) {
		a.overlay = overlayHowto
		a.onb.card = 0
		return 0
	}
	return in
}

// tapPos returns where the screen was just touched, or else where the
// mouse is, in field units.
func (a *App) tapPos() (x, y float32) {
	var ids [4]ebiten.TouchID
	var sx, sy int
	if t := inpututil.AppendJustPressedTouchIDs(ids[:0]); len(t) > 0 {
		sx, sy = ebiten.TouchPosition(t[0])
	} else {
		sx, sy = ebiten.CursorPosition()
	}
	return a.dev.fit.ToField(float32(sx), float32(sy))
}

// touchScreen reports whether the player plays by touch: the screen has
// been touched, or the browser says its main pointer is coarse.
func (a *App) touchScreen() bool { return a.dev.touch.seen || coarsePointer }

// drawOverlay draws the open overlay, or the first-time hint in play.
func (a *App) drawOverlay() {
	switch a.overlay {
	case overlayHowto:
		a.view.drawHowto(&a.onb, a.touchScreen())
	case overlayInitials:
		a.view.drawInitials(&a.board.entry, a.board.place, a.touchScreen())
	default:
		if a.sess.Scene == game.ScenePlaying {
			a.view.drawHint(&a.onb)
		}
	}
}
