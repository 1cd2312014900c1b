//go:build !js

package app

import (
	"testing"

	"swarmfield/engine/storage"
	"swarmfield/game"
)

// newTestApp returns an app on its title screen with what filterInput
// needs, as a first-time player's, storing into st.
func newTestApp(st storage.Store) *App {
	a := &App{controls: newControls(), sess: game.NewSession(game.Options{Seed: 1}, 0)}
	a.cfg.Logf = func(string, ...any) {}
	a.onb.load(st, true)
	return a
}

// TestHowtoCards checks that the press that would start a first run opens
// the how-to instead, that each press turns a card, and that the run
// starts after the third, the how-to stored as seen.
func TestHowtoCards(t *testing.T) {
	st := storage.NewMemory()
	a := newTestApp(st)
	if !a.onb.firstRun {
		t.Fatal("an empty store is not a first run")
	}
	if in := a.filterInput(game.PressConfirm, true); in != 0 || a.sceneName() != "howto" {
		t.Fatalf("the first start gave the session %v and the scene %q, want nothing and the how-to", in, a.sceneName())
	}
	for card := 1; card < howtoCards; card++ {
		if in := a.filterInput(game.PressRight|game.HoldRight, false); in != 0 || a.onb.card != card {
			t.Fatalf("press %d: session input %v, card %d", card, in, a.onb.card)
		}
	}
	if in := a.filterInput(game.PressConfirm, true); in != game.PressConfirm || a.overlay != noOverlay || a.onb.firstRun {
		t.Fatalf("after the last card: session input %v, overlay %v, firstRun %v; want the run started", in, a.overlay, a.onb.firstRun)
	}
	if v, _, _ := st.Get(keyHowto); v != "seen" {
		t.Fatalf("the how-to is stored as %q, want seen", v)
	}
	if b := newTestApp(st); b.onb.firstRun {
		t.Fatal("after the how-to a new session is still a first run")
	}
}

// TestHowtoSkip checks that Esc (or P) skips the how-to and starts the run.
func TestHowtoSkip(t *testing.T) {
	st := storage.NewMemory()
	a := newTestApp(st)
	a.filterInput(game.PressConfirm, true)
	a.controls.Set(actPause, true)
	if in := a.filterInput(game.PressPause, false); in != game.PressConfirm || a.overlay != noOverlay || a.onb.firstRun {
		t.Fatalf("Esc in the how-to: session input %v, overlay %v, firstRun %v", in, a.overlay, a.onb.firstRun)
	}
	if v, _, _ := st.Get(keyHowto); v != "seen" {
		t.Fatalf("a skipped how-to is stored as %q, want seen", v)
	}
}

// TestHints checks that the first wave and the first approach to an edge
// each bring a hint once, only while playing in a first session.
func TestHints(t *testing.T) {
	s := game.NewSession(game.Options{Seed: 1}, 0)
	o := &onboarding{hints: true}
	s.Scene = game.ScenePlaying
	s.Run.Events = game.EventWave
	o.update(s)
	if o.left != hintTicks || o.hint == "" {
		t.Fatalf("the first wave showed %q for %d ticks", o.hint, o.left)
	}
	wave := o.hint
	for range hintTicks {
		o.update(s)
	}
	if o.left != 0 {
		t.Fatalf("a second wave showed %q again", o.hint)
	}
	s.Run.Events = 0
	s.Run.PlayerX = 20
	o.update(s)
	if o.left != hintTicks || o.hint == wave {
		t.Fatalf("near the left edge the hint is %q for %d ticks", o.hint, o.left)
	}
	later := &onboarding{}
	later.update(s)
	if later.left != 0 {
		t.Fatal("a returning player was shown a hint")
	}
}
