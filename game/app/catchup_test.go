//go:build !js

package app

import (
	"testing"

	"swarmfield/engine/sfx"
	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/save"
)

// catchUpApp returns an app in a run, ready to step.
func catchUpApp() *App {
	a := newTestApp(storage.NewMemory())
	a.onb.firstRun = false
	a.view = newTestView()
	a.meter = newMeter()
	a.dev.sound = sfx.NewPlayer(true)
	a.sess = game.NewSession(game.Options{Seed: 9, StartHazards: 60, Invulnerable: true}, 0)
	a.step(game.PressConfirm, true)
	return a
}

// TestCatchUpIsATick checks that a catch-up tick is an ordinary tick of
// the session with the keys held in the latest tick and no press: a run
// with catch-up ticks among its ticks ends in the same state, hash and
// replay as one that ran every tick with fresh input holding the same
// keys, and a press is not repeated by the catch-up ticks after it.
func TestCatchUpIsATick(t *testing.T) {
	fresh, caught := catchUpApp(), catchUpApp()
	for i := range 240 {
		// Right and left in turn, each turn starting with a press.
		d := game.Right
		if i/60%2 == 1 {
			d = game.Left
		}
		in := game.Held(d)
		if i%60 == 0 {
			in |= game.Pressed(d)
		}
		if i%4 == 0 || in.AnyPress() {
			// A tick of Ebitengine's, with the keys as read.
			caught.tick(in)
		} else if err := caught.CatchUp(); err != nil {
			t.Fatal(err)
		}
		fresh.step(in, true)
	}
	if fresh.sess.Scene != game.ScenePlaying {
		t.Fatalf("the run ended (scene %v); the test wants a run in play", fresh.sess.Scene)
	}
	if f, c := fresh.sess.Run, caught.sess.Run; f.Tick != c.Tick || f.Hash() != c.Hash() || f.PlayerX != c.PlayerX {
		t.Fatalf("with catch-up ticks: tick %d, hash %x, x %v; with fresh input: tick %d, hash %x, x %v",
			c.Tick, c.Hash(), c.PlayerX, f.Tick, f.Hash(), f.PlayerX)
	}
}

// TestCatchUpWaitsForMenus checks that when Update did not step the
// session, because the settings screen, the high-score screen or the
// paste box had the tick, or while an overlay is open, catch-up ticks
// leave the run alone too.
func TestCatchUpWaitsForMenus(t *testing.T) {
	for _, tc := range []struct {
		name string
		open func(a *App)
	}{
		{"settings", func(a *App) { a.menu.open = true }},
		{"how-to", func(a *App) { a.overlay = overlayHowto }},
		{"paste box", func(a *App) { a.share.pasting = true }},
		{"high scores", func(a *App) { a.openScores() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := catchUpApp()
			a.saver, _ = save.Load(storage.NewMemory(), func(msg string) { t.Log(msg) })
			a.store = storage.NewMemory()
			a.loadScores(save.LoadScores(a.store, a.warn))
			a.initDaily()
			a.initMusic()
			a.initSettings()
			a.tick(game.HoldRight)
			tc.open(a)
			if err := a.Update(); err != nil {
				t.Fatal(err)
			}
			tick := a.sess.Run.Tick
			for range 10 {
				if err := a.CatchUp(); err != nil {
					t.Fatal(err)
				}
			}
			if a.sess.Run.Tick != tick {
				t.Fatalf("catch-up ticks with the %s open moved the run from tick %d to %d", tc.name, tick, a.sess.Run.Tick)
			}
		})
	}
}
