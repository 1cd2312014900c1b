package app

import (
	"strconv"

	"swarmfield/engine/jsbridge"
	"swarmfield/game"
)

// exposeBridge publishes window.swarmfield in the browser: the only place
// that does.
func (a *App) exposeBridge() {
	jsbridge.Expose("swarmfield", a.cfg.Version, map[string]jsbridge.Func{
		"state":    func() any { return a.State() },
		"metrics":  func() any { return jsbridge.JSON(a.meter.metrics()) },
		"devices":  func() any { return a.devicesState() },
		"layout":   func() any { return a.layoutState() },
		"settings": func() any { return a.settingsState() },
		"audio":    func() any { return a.audioState() },
		"scores":   func() any { return a.scoresState() },
		// daily returns today's daily table: {day, scores}.
		"daily": func() any { return a.dailyState() },
		// scoresNote returns the note shown when the stored table was
		// set aside, or "".
		"scoresNote": func() any { return a.board.scores.Note() },
		// replayCode returns the latest finished run's replay code, or "".
		"replayCode": func() any { return a.replayCode() },
		// pasteClosed tells the game that the page's paste box closed
		// (web/share.js); while it is open the game takes no input.
		"pasteClosed": func() any { a.share.pasting = false; return nil },
		// pasteOpened tells it that the box opened, as it does to show
		// why a dropped file cannot be watched.
		"pasteOpened": func() any { a.share.pasting = true; return nil },
		// replayBytes returns the latest run's replay, base64, or "".
		"replayBytes": func() any { return a.ReplayBase64() },
		// downloadReplay saves it as a download and returns its file
		// name, or null if there is none.
		"downloadReplay": func() any {
			name, err := a.SaveReplay()
			if err != nil {
				a.cfg.Logf("swarmfield: %v", err)
				return nil
			}
			return name
		},
	})
	jsbridge.ExposeStringFuncs("swarmfield", map[string]jsbridge.StringFunc{
		// watch opens the replay viewer on a replay code and returns "",
		// or the sentence the title shows when it cannot (watchCode).
		"watch": func(code string) any { return a.watch(code) },
		// dailySeed returns the seed of the daily challenge of a UTC date
		// written "YYYY-MM-DD" as a decimal string (seeds pass 2^53), or,
		// for anything else, the sentence "That is not a date: ..."
		// (notADate).
		"dailySeed": func(day string) any { return dailySeedText(day) },
	})
}

// State returns a plain snapshot of the game for the page and tests:
// the tick, the scene (with the how-to and initials scenes), whether
// this is the player's first run, the player, the score, the best score, whether the
// run is over, the entity counts, the seed, the state hash, the mode
// (mode.go), the title's note (watch.go), the replay viewer's state
// (viewer.go), what the latest copy or paste of a replay code came to
// (share.go), the daily challenge's day ("" outside it) and the ghost
// ({x, y, tick} or null, ghost.go).
func (a *App) State() map[string]any {
	s := a.sess
	r := s.Run
	return map[string]any{
		"tick":      float64(r.Tick),
		"scene":     a.sceneName(),
		"firstRun":  a.onb.firstRun,
		"player":    map[string]any{"x": float64(r.PlayerX), "y": float64(r.PlayerY)},
		"score":     r.Score,
		"best":      float64(s.Best),
		"gameOver":  r.GameOver,
		"hazards":   r.Hazards.Len(),
		"orbs":      game.NumOrbs,
		"seed":      strconv.FormatUint(r.Options().Seed, 10),
		"hash":      strconv.FormatUint(r.Hash(), 16),
		"runs":      s.Runs,
		"frames":    a.frames,
		"shake":     float64(a.view.feel.shake),
		"mode":      a.modeName(),
		"note":      a.titleNote(),
		"replay":    a.replayState(),
		"shareNote": a.share.note,
		"day":       a.daily.day,
		"ghost":     a.ghostState(),
	}
}

// devicesState reports the devices for the page and tests: the audio
// output's state, the sounds played, whether the sound is muted, whether
// the best score is stored, whether the touch d-pad is shown and which of
// its arms are held (bits: up, down, left, right).
func (a *App) devicesState() map[string]any {
	return map[string]any{
		"audio":      a.dev.sound.State(),
		"sounds":     a.dev.sound.Played(),
		"muted":      a.dev.sound.Muted(),
		"persistent": a.saver.Persistent(),
		"touchPad":   a.dev.touch.seen,
		"touchHeld":  int(a.dev.touch.held),
		"screen":     map[string]any{"width": a.dev.screenW, "height": a.dev.screenH},
	}
}
