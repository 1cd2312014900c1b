//go:build !js

package app

import (
	"testing"
	"time"

	"swarmfield/engine/input"
	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/save"
)

// dailyApp returns a ghostApp with a store, a saver and the clock at at.
func dailyApp(t *testing.T, at time.Time) *App {
	a := ghostApp(t, game.Options{Seed: 99})
	a.store = storage.NewMemory()
	a.saver, _ = save.Load(a.store, nil)
	a.board.scores = save.LoadScores(a.store, nil)
	a.daily.now = func() time.Time { return at }
	a.initDaily()
	return a
}

// finishDaily plays the daily run on a's session to game over, taking the
// first orb, and enters it in the table with initials.
func finishDaily(t *testing.T, a *App) {
	t.Helper()
	r := a.sess.Run
	for i := 0; !r.GameOver; i++ {
		var in game.Input
		if i%2 == 0 {
			if in = towards(r.PlayerX, r.PlayerY, r.OrbX[0], r.OrbY[0]); in == 0 || r.Score > 0 {
				in = game.Pressed(game.Up)
			}
		}
		a.sess.Update(in)
	}
	a.recordScore()
	a.offerScore()
	if a.overlay != overlayInitials {
		t.Fatalf("a daily run scoring %d did not ask for initials", r.Score)
	}
	a.board.entry.reset("DAY")
	a.saveInitials()
	a.overlay = noOverlay
}

// TestDailyChallenge opens the daily challenge at a fixed time: it plays
// the day's seed, says "daily", keeps its run in its own table, not the
// normal one nor the normal best, retries the same seed with a ghost of
// that run, and gives back the normal session and table on leaving.
func TestDailyChallenge(t *testing.T) {
	at := time.Date(2026, 12, 1, 23, 30, 0, 0, time.FixedZone("UTC-2", -2*3600)) // 2026-12-02 01:30 UTC
	a := dailyApp(t, at)
	a.cfg.Options.Invulnerable = true
	normal := a.sess
	if a.modeName() != "normal" {
		t.Fatalf("mode %q before the challenge, want normal", a.modeName())
	}
	a.openDaily()
	want, _ := game.DailySeed("2026-12-02")
	if a.modeName() != "daily" || a.sess.Run.Options().Seed != want || a.sess.Scene != game.ScenePlaying ||
		a.daily.day != "2026-12-02" || a.daily.label != "DAILY 2026-12-02" || a.State()["day"] != "2026-12-02" {
		t.Fatalf("daily challenge: mode %q, seed %d (want %d), scene %v, day %q, label %q",
			a.modeName(), a.sess.Run.Options().Seed, want, a.sess.Scene, a.daily.day, a.daily.label)
	}
	finishDaily(t, a)
	if d := a.daily.scores.Table(); len(d) != 1 || d[0].Seed != want || d[0].Initials != "DAY" || len(d[0].Replay) == 0 {
		t.Fatalf("the daily table: %+v", d)
	}
	if n := len(a.scoresState()); n != 0 || a.saver.Progress().Best != 0 {
		t.Fatalf("the daily run reached the normal table (%d entries) or best (%d)", n, a.saver.Progress().Best)
	}
	if got := a.dailyState(); got["day"] != "2026-12-02" || len(got["scores"].([]any)) != 1 {
		t.Fatalf("dailyState() = %v", got)
	}
	for range game.RestartDelayTicks + 1 {
		a.sess.Update(0)
	}
	a.sess.Update(game.PressConfirm)
	if a.sess.Run.Options().Seed != want || a.ghost.pb == nil || a.sess.Best != a.daily.scores.Table()[0].Score {
		t.Fatalf("the retry: seed %d, ghost %v, best %d; want the day's seed, a ghost and the daily best",
			a.sess.Run.Options().Seed, a.ghost.pb != nil, a.sess.Best)
	}
	a.leaveDaily()
	if a.sess != normal || a.modeName() != "normal" || a.board.scores.Day() != "" || a.daily.label != "" || a.State()["day"] != "" {
		t.Fatalf("after leaving: same session %v, mode %q, table of day %q, label %q", a.sess == normal, a.modeName(), a.board.scores.Day(), a.daily.label)
	}
	// The day's table is kept: reopening the challenge finds it.
	again := dailyApp(t, at)
	again.store = a.store
	again.initDaily()
	if n := len(again.daily.scores.Table()); n != 1 {
		t.Fatalf("the daily table after a reload has %d entries, want 1", n)
	}
}

// TestDailyNewDay checks that the table and the seed follow the UTC day.
func TestDailyNewDay(t *testing.T) {
	at := time.Date(2026, 12, 1, 23, 59, 0, 0, time.UTC)
	a := dailyApp(t, at)
	a.cfg.Options.Invulnerable = true
	a.openDaily()
	finishDaily(t, a)
	a.leaveDaily()
	a.daily.now = func() time.Time { return at.Add(2 * time.Minute) }
	a.openDaily()
	want, _ := game.DailySeed("2026-12-02")
	if a.daily.day != "2026-12-02" || a.sess.Run.Options().Seed != want || len(a.board.scores.Table()) != 0 || a.ghost.pb != nil {
		t.Fatalf("the next day: day %q, seed %d (want %d), %d entries, ghost %v; want a new, empty table and no ghost",
			a.daily.day, a.sess.Run.Options().Seed, want, len(a.board.scores.Table()), a.ghost.pb != nil)
	}
}

// TestDailySeedText checks the bridge's dailySeed: the seed in decimal,
// or one sentence for what is not a date.
func TestDailySeedText(t *testing.T) {
	if got := dailySeedText("2026-12-01"); got != "1755020995787274575" {
		t.Errorf("dailySeedText(2026-12-01) = %q", got)
	}
	for _, bad := range []string{"", "2026-02-30", "12/01/2026", "2026-12-01x"} {
		if got := dailySeedText(bad); got != notADate {
			t.Errorf("dailySeedText(%q) = %q, want %q", bad, got, notADate)
		}
	}
}

// TestDailyLeaveKeys checks that on the daily game over Back (Backspace,
// a gamepad's B) and T go back to the normal title, and that they do
// nothing while the daily run plays.
func TestDailyLeaveKeys(t *testing.T) {
	for _, act := range []input.Action{actBack, actDaily} {
		a := dailyApp(t, time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC))
		a.openDaily()
		tick := func() bool {
			a.controls.Poll()
			a.controls.Set(act, true)
			return a.dailyTick()
		}
		if tick() || a.modeName() != "daily" {
			t.Fatalf("action %d during the daily run left it", act)
		}
		for !a.sess.Run.GameOver {
			a.sess.Update(game.Pressed(game.Up))
		}
		if !tick() || a.modeName() != "normal" || a.sess.Scene != game.SceneTitle {
			t.Fatalf("action %d on the daily game over: mode %q, scene %v; want the normal title", act, a.modeName(), a.sess.Scene)
		}
	}
}
