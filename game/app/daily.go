package app

import (
	"strconv"
	"time"

	"swarmfield/assets"
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
	// back is the game over's button that leaves the challenge.
	back button
}

// initDaily loads today's daily table.
func (a *App) initDaily() {
	a.daily.back = button{label: "TITLE (Backspace)", touch: "TITLE"}
	a.daily.scores = save.LoadDaily(a.store, a.daily.today(), a.warn)
}

// openDaily starts today's daily challenge from the title: the day is
// read from the wall clock here, in the app, never in a tick, and its
// seed starts a session of its own, whose retries replay that seed. The
// run starts at once, after the how-to on a first visit.
func (a *App) openDaily() {
	d := &a.daily
	day := d.today()
	seed, err := game.DailySeed(day)
	if d.on && d.day != day {
		a.leaveDaily() // a new day: the day before's challenge ends
	}
	if err != nil { // the clock's own date: cannot happen
		a.cfg.Logf("swarmfield: %v", err)
		return
	}
	d.scores = a.todayScores()
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

// today returns the UTC day on the wall clock (or the tests' clock).
func (d *daily) today() string {
	if d.now == nil {
		return game.Today(time.Now())
	}
	return game.Today(d.now())
}

// todayScores returns today's daily table, loading it anew once the day
// has changed since it was last loaded.
func (a *App) todayScores() *save.Scores {
	d := &a.daily
	if day := d.today(); d.scores == nil || d.scores.Day() != day {
		d.scores = save.LoadDaily(a.store, day, a.warn)
	}
	return d.scores
}

// notADate is what the bridge's dailySeed returns for a string that is
// not a date written as YYYY-MM-DD.
const notADate = "That is not a date: write it as YYYY-MM-DD, like 2026-12-01."

// dailySeedText returns the seed of day's challenge as a decimal string,
// for the bridge's dailySeed(date), or notADate.
func dailySeedText(day string) string {
	seed, err := game.DailySeed(day)
	if err != nil {
		return notADate
	}
	return strconv.FormatUint(seed, 10)
}

// dailyState reports the daily challenge for the bridge: the day of the
// table (today's once the challenge is opened) and its entries, as
// scores() reports the normal table's.
func (a *App) dailyState() map[string]any {
	t := a.daily.scores
	return map[string]any{"day": t.Day(), "scores": tableState(t.Table())}
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
	d.on, d.day, d.label, d.normal, d.normalScores = false, "", "", nil, nil
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

// dailyOver reports whether the daily challenge's game over is showing,
// with its button that leaves it, placed for this screen: in the bottom
// left corner, as tall as a fingertip.
func (a *App) dailyOver() bool {
	if !a.daily.on || a.sess.Scene != game.SceneGameOver || a.overlay != noOverlay || a.viewer != nil {
		return false
	}
	b := &a.daily.back
	h := buttonHeight(a.ctl.layout.fieldPerCSS)
	w := float32(len(b.label)*assets.GlyphAdvance)*buttonScale + buttonPad
	b.r = rect{8, game.FieldHeight - 8 - h, w, h}
	return true
}

// dailyTick leaves the daily challenge when its game over is showing and
// the player presses Back (Backspace, a gamepad's B) or T, or taps TITLE.
// It reports whether it did.
func (a *App) dailyTick() bool {
	if !a.dailyOver() {
		return false
	}
	cx, cy, clicked := a.clickAt()
	if a.controls.Pressed(actBack) || a.controls.Pressed(actDaily) || clicked && a.daily.back.r.contains(cx, cy) {
		a.leaveDaily()
		return true
	}
	return false
}

// drawDailyOver draws the daily challenge's game-over button.
func (a *App) drawDailyOver() {
	if a.dailyOver() && a.view.feel.hold == 0 && !a.view.screens.covered {
		a.view.drawButton(&a.daily.back, a.touchScreen(), true)
	}
}
