package app

import (
	"time"

	"swarmfield/game"
	"swarmfield/game/save"
)

// daily is the daily challenge: one seed per UTC day (game.DailySeed),
// its own high-score table, and its own best, the top of that table.
// While it plays, the normal session and table wait here.
type daily struct {
	on     bool
	day    string       // the day being played, "2006-01-02"
	label  string       // "DAILY 2006-01-02", for the HUD
	scores *save.Scores // the table of the day last played or loaded
	// normal and normalScores are the normal session and table, put back
	// when the challenge ends.
	normal       *game.Session
	normalScores *save.Scores
	// now reads the wall clock; tests replace it.
	now func() time.Time
}

// initDaily loads today's daily table.
func (a *App) initDaily() {
	if a.daily.now == nil {
		a.daily.now = time.Now
	}
	a.daily.scores = save.LoadDaily(a.store, game.Today(a.daily.now()), a.warn)
}

// openDaily starts today's daily challenge from the title: the day is
// read from the wall clock here, in the app, never in a tick, and its
// seed starts a session of its own, whose retries replay that seed. The
// run starts at once, after the how-to on a first visit.
func (a *App) openDaily() {
	d := &a.daily
	day := game.Today(d.now())
	seed, err := game.DailySeed(day)
	if err != nil { // the clock's own date: cannot happen
		a.cfg.Logf("swarmfield: %v", err)
		return
	}
	if d.scores.Day() != day {
		d.scores = save.LoadDaily(a.store, day, a.warn)
	}
	if !d.on {
		d.normal, d.normalScores = a.sess, a.board.scores
	}
	d.on, d.day, d.label = true, day, "DAILY "+day
	opts := a.cfg.Options
	opts.Seed = seed
	var best int64
	if t := d.scores.Table(); len(t) > 0 {
		best = t[0].Score
	}
	a.setSession(game.NewSession(opts, best))
	a.sess.SameSeed = true
	a.setScores(d.scores)
	if a.onb.firstRun {
		a.overlay, a.onb.card = overlayHowto, 0
		return
	}
	a.sess.Update(game.PressConfirm)
}

// leaveDaily goes back from the daily challenge to the title, with the
// normal session and table as they were.
func (a *App) leaveDaily() {
	d := &a.daily
	if !d.on {
		return
	}
	a.setSession(d.normal)
	a.setScores(d.normalScores)
	d.on, d.label, d.normal, d.normalScores = false, "", nil, nil
}

// setSession makes s the session played, with the hooks and helpers of
// the one it replaces.
func (a *App) setSession(s *game.Session) {
	old := a.sess
	s.OnRunStart, s.OnStep = old.OnRunStart, old.OnStep
	s.Parallel, s.Instruments = old.Parallel, old.Instruments
	a.sess = s
	a.ghost.stop()
}

// setScores makes t the table shown and added to.
func (a *App) setScores(t *save.Scores) {
	a.board.scores = t
	a.board.highlight = -1
	a.board.format()
}

// dailyTick leaves the daily challenge when its game-over screen is
// showing and the player presses Back (Backspace, a gamepad's B) or T.
// It reports whether it did.
func (a *App) dailyTick() bool {
	if !a.daily.on || a.sess.Scene != game.SceneGameOver || a.overlay != noOverlay {
		return false
	}
	if a.controls.Pressed(actBack) || a.controls.Pressed(actDaily) {
		a.leaveDaily()
		return true
	}
	return false
}
