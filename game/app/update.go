package app

import (
	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/input"
	"swarmfield/game"
)

// Update advances the game by one tick.
func (a *App) Update() error {
	a.stepped = false
	a.openAudio()
	if a.viewer != nil {
		return a.updateViewer()
	}
	a.controls.Poll()
	a.pollDevices()
	a.updateMusic()
	if a.updateSettings() {
		// The settings screen has the tick; the toggles and the monitor
		// still run.
		if !a.typing() {
			a.pollToggles()
		}
		a.meter.afterTick(a.sess, a.view.particleCount())
		return nil
	}
	if a.dailyTick() {
		a.meter.afterTick(a.sess, a.view.particleCount())
		return nil
	}
	if a.updateShare() {
		// The high-score screen, the paste box or a button has the tick.
		a.pollToggles()
		a.meter.afterTick(a.sess, a.view.particleCount())
		return nil
	}
	clicked := input.Clicked()
	in := simInput(a.controls, clicked, a.focused(clicked))
	in = a.filterInput(in, clicked)
	if !a.typing() {
		a.pollToggles()
	}
	a.tick(in)
	return nil
}

// tick steps the session with the keys read in this tick, in, and lets
// the loop's catch-up ticks follow with the keys held (catchup.go).
func (a *App) tick(in game.Input) {
	a.lastIn, a.stepped = in, true
	a.step(in, true)
}

// step runs the session's tick with input in, and what follows it: the
// view's particles, the monitor, the sounds and, at the end of a run, the
// score and the recording. fresh is false for a catch-up tick, which has
// no keys of its own (see CatchUp).
func (a *App) step(in game.Input, fresh bool) {
	before := a.sess.Scene
	a.sess.Update(in)
	if a.sess.Scene != game.SceneTitle {
		a.watchNote = ""
	}
	a.view.update(a.sess)
	a.meter.afterTick(a.sess, a.view.particleCount())
	a.playSounds()
	if fresh {
		a.saveReplayKey()
	}
	if before == game.ScenePlaying && a.sess.Scene == game.SceneGameOver {
		a.recordScore()
		a.offerScore()
		a.buzz()
		if err := a.writeRecording(); err != nil {
			a.cfg.Logf("swarmfield: %v", err)
		}
	}
}

// typing reports whether the keys are letters being typed, initials or a
// key to bind, rather than commands: then M, F and F3 do nothing.
func (a *App) typing() bool { return a.overlay == overlayInitials || a.menu.capture }

// pollToggles handles the keys that work in every mode but typing: F for
// fullscreen, where the page may go fullscreen, and F3 for the
// performance panel.
func (a *App) pollToggles() {
	if a.controls.Pressed(actFullscreen) && canFullscreen() {
		ebiten.SetFullscreen(!ebiten.IsFullscreen())
	}
	if a.controls.Pressed(actPerf) {
		a.showPanel = !a.showPanel
	}
}

// recordScore keeps the finished run's score if it is the best. The
// daily challenge's best is the top of its own table.
func (a *App) recordScore() {
	if a.daily.on {
		return
	}
	if _, err := a.saver.RecordScore(int64(a.sess.Run.Score)); err != nil {
		a.cfg.Logf("swarmfield: %v", err)
	}
}
