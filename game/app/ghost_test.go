//go:build !js

package app

import (
	"testing"

	"swarmfield/engine/sfx"
	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/save"
)

// ghostApp returns an App with just what runs, records and ghosts need:
// a session on opts, the settings' defaults (the ghost on) and an empty
// normal table.
func ghostApp(t testing.TB, opts game.Options) *App {
	a := &App{sess: game.NewSession(opts, 0), set: defaultSettings(false), view: bareView(16), controls: newControls()}
	a.dev.sound = sfx.NewPlayer(false)
	a.cfg.Logf = t.Logf
	a.cfg.Version = "test"
	a.board.scores = save.LoadScores(storage.NewMemory(), nil)
	a.startRecording()
	return a
}

// towards returns the press that steps from (x, y) towards (tx, ty), or 0
// when within half a step.
func towards(x, y, tx, ty float32) game.Input {
	switch h := float32(game.StepSize) / 2; {
	case tx-x >= h:
		return game.Pressed(game.Right)
	case x-tx >= h:
		return game.Pressed(game.Left)
	case ty-y >= h:
		return game.Pressed(game.Down)
	case y-ty >= h:
		return game.Pressed(game.Up)
	}
	return 0
}

// recordRun plays a run on a's session that takes the first orb, then
// walks out of the field to the left, enters it in the table with its
// replay, and returns the player's position after each tick, from 0.
func recordRun(t testing.TB, a *App) (x, y []float32) {
	t.Helper()
	s := a.sess
	s.Update(game.PressConfirm)
	r := s.Run
	tx, ty := r.OrbX[0], r.OrbY[0]
	x, y = []float32{r.PlayerX}, []float32{r.PlayerY}
	for i := 0; !r.GameOver; i++ {
		var in game.Input
		if i%2 == 0 { // a press every other tick: one step each
			if in = towards(r.PlayerX, r.PlayerY, tx, ty); in == 0 || r.Score > 0 {
				in = game.Pressed(game.Left)
			}
		}
		s.Update(in)
		x, y = append(x, r.PlayerX), append(y, r.PlayerY)
	}
	if r.Score < 1 {
		t.Fatalf("the recorded run scored %d; it must make the table", r.Score)
	}
	_, data, err := a.replayBytes()
	if err != nil {
		t.Fatal(err)
	}
	e := save.Entry{Initials: "GST", Score: int64(r.Score), Ticks: r.Tick, Seed: r.Options().Seed, Replay: data}
	if _, err := a.board.scores.Add(e); err != nil {
		t.Fatal(err)
	}
	return x, y
}

// otherInput is the live run's input at tick i, unlike the recorded
// run's: up and down in turn, staying in the field.
func otherInput(i int) game.Input {
	switch i % 24 {
	case 0:
		return game.Pressed(game.Up)
	case 12:
		return game.Pressed(game.Down)
	}
	return 0
}

// TestGhostLockstep records a run, then plays the same seed otherwise: at
// every tick the ghost is where the recorded run's player was at that
// tick, and it ends, leaving its mark, on the tick the recorded run did.
func TestGhostLockstep(t *testing.T) {
	opts := game.Options{Seed: 11, Invulnerable: true}
	a := ghostApp(t, opts)
	wantX, wantY := recordRun(t, a)
	a.setSession(game.NewSession(opts, 0))
	a.sess.Update(game.PressConfirm)
	if a.ghost.pb == nil {
		t.Fatal("no ghost on the seed of a stored run")
	}
	last := len(wantX) - 1
	for i := 0; i < last+10; i++ {
		if i == 20 { // a pause holds the ghost too
			a.sess.Update(game.PressPause)
			for range 30 {
				a.sess.Update(0)
			}
			a.sess.Update(game.PressPause)
		}
		a.sess.Update(otherInput(i))
		tick := int(a.sess.Run.Tick)
		g := &a.ghost
		if tick < last {
			if g.pb == nil || int(g.tick) != tick || g.x != wantX[tick] || g.y != wantY[tick] {
				t.Fatalf("tick %d: ghost on %v at tick %d (%v, %v); the recorded player was at (%v, %v)",
					tick, g.pb != nil, g.tick, g.x, g.y, wantX[tick], wantY[tick])
			}
			if s := a.ghostState().(map[string]any); s["x"] != float64(wantX[tick]) || s["tick"] != float64(tick) {
				t.Fatalf("tick %d: ghostState() = %v", tick, s)
			}
			continue
		}
		if g.pb != nil || a.ghostState() != nil {
			t.Fatalf("tick %d: the ghost still runs after the recorded run ended at tick %d", tick, last)
		}
		if want := ghostEndTicks - (tick - last); g.endFor != want || g.endX != wantX[last] || g.endY != wantY[last] {
			t.Fatalf("tick %d: end mark at (%v, %v) for %d ticks, want (%v, %v) for %d",
				tick, g.endX, g.endY, g.endFor, wantX[last], wantY[last], want)
		}
	}
	if a.sess.Run.GameOver {
		t.Fatal("the live run ended: the test must outlive the ghost")
	}
}

// TestGhostLeavesRunAlone plays the same inputs on the same seed with a
// ghost, without one (the setting off), and on a bare session: the state
// hash is the same after every tick.
func TestGhostLeavesRunAlone(t *testing.T) {
	opts := game.Options{Seed: 5, StartHazards: 40}
	with := ghostApp(t, opts)
	recordRun(t, with)
	without := ghostApp(t, opts)
	without.board.scores = with.board.scores
	without.set.Ghost = false
	with.setSession(game.NewSession(opts, 0))
	bare := game.NewSession(opts, 0)
	sessions := []*game.Session{with.sess, without.sess, bare}
	for _, s := range sessions {
		s.Update(game.PressConfirm)
	}
	if with.ghost.pb == nil || without.ghost.pb != nil {
		t.Fatalf("ghost with the setting on: %v, off: %v; want a ghost only with it on", with.ghost.pb != nil, without.ghost.pb != nil)
	}
	stepped := 0
	for i := range 600 {
		for _, s := range sessions {
			s.Update(otherInput(i))
		}
		if with.ghost.pb != nil {
			stepped++
		}
		h := bare.Run.Hash()
		if with.sess.Run.Hash() != h || without.sess.Run.Hash() != h {
			t.Fatalf("tick %d: hash with a ghost %x, without %x, bare session %x", i+1, with.sess.Run.Hash(), without.sess.Run.Hash(), h)
		}
	}
	if stepped < 30 {
		t.Fatalf("the ghost ran for %d ticks only: the test must compare runs with a ghost", stepped)
	}
	t.Logf("same hash after each of 600 ticks; the ghost ran for %d of them", stepped)
}

// TestGhostSetting checks that with the setting off no ghost starts, and
// that turning it off stops a running one at once.
func TestGhostSetting(t *testing.T) {
	opts := game.Options{Seed: 11, Invulnerable: true}
	a := ghostApp(t, opts)
	recordRun(t, a)
	a.set.Ghost = false
	a.setSession(game.NewSession(opts, 0))
	a.sess.Update(game.PressConfirm)
	if a.ghost.pb != nil || a.ghostState() != nil {
		t.Fatal("a ghost started with the setting off")
	}
	a.set.Ghost = true
	a.setSession(game.NewSession(opts, 0))
	a.sess.Update(game.PressConfirm)
	a.sess.Update(0)
	if a.ghost.pb == nil {
		t.Fatal("no ghost with the setting on")
	}
	a.markGhost()
	if !a.view.ghost.on {
		t.Fatal("the view does not draw the running ghost")
	}
	a.set.Ghost = false
	a.applySettings(false)
	a.markGhost()
	if a.ghost.pb != nil || a.view.ghost.on {
		t.Fatal("turning the setting off left the ghost running or drawn")
	}
}

// TestNoGhostOnOtherSeed checks that a stored run on another seed, or on
// the same seed with other options, gives no ghost.
func TestNoGhostOnOtherSeed(t *testing.T) {
	a := ghostApp(t, game.Options{Seed: 11, Invulnerable: true})
	recordRun(t, a)
	for _, o := range []game.Options{{Seed: 12, Invulnerable: true}, {Seed: 11}} {
		a.setSession(game.NewSession(o, 0))
		a.sess.Update(game.PressConfirm)
		if a.ghost.pb != nil {
			t.Errorf("a ghost on %+v from a run on seed 11, invulnerable", o)
		}
	}
}

// TestGhostFrameAllocatesNothing plays against a ghost of a long run with
// a big swarm, with the app's hooks (recording and the ghost's lockstep)
// and the view drawing the ghost and the daily HUD, and checks that a
// steady-state tick and frame allocate nothing.
func TestGhostFrameAllocatesNothing(t *testing.T) {
	opts := game.Options{Seed: 5, StartHazards: 300, Invulnerable: true}
	a := ghostApp(t, opts)
	a.view = newTestView()
	s := a.sess
	s.Update(game.PressConfirm)
	const long = 4000 // ticks of the recorded run, more than the test plays
	for i := 0; !s.Run.GameOver; i++ {
		in := otherInput(i)
		if s.Run.Score == 0 && i%2 == 0 {
			in = towards(s.Run.PlayerX, s.Run.PlayerY, s.Run.OrbX[0], s.Run.OrbY[0])
		}
		if i > long {
			in = game.Pressed(game.Left)
		}
		s.Update(in)
	}
	_, data, err := a.replayBytes()
	if err != nil || s.Run.Score < 1 {
		t.Fatalf("recording the ghost's run: score %d, %v", s.Run.Score, err)
	}
	if _, err := a.board.scores.Add(save.Entry{Initials: "GST", Score: int64(s.Run.Score), Seed: opts.Seed, Replay: data}); err != nil {
		t.Fatal(err)
	}
	a.setSession(game.NewSession(opts, 0))
	a.daily.label = "DAILY 2026-12-01"
	a.sess.Update(game.PressConfirm)
	v := a.view
	frame := func(i int) {
		a.sess.Update(otherInput(i))
		v.update(a.sess)
		a.markGhost()
		v.day = a.daily.label
		v.draw(nil, a.sess, true)
		v.sprites.Reset()
		v.glyphs.Reset()
	}
	const frames = 600
	if allocs := steadyMallocs(600, frames, frame); allocs != 0 {
		t.Errorf("every window of %d frames with a ghost allocated, at least %d times, want 0", frames, allocs)
	}
	if a.ghost.pb == nil || !v.ghost.on || a.sess.Scene != game.ScenePlaying {
		t.Fatalf("after the frames: ghost %v, drawn %v, scene %v; the test must measure play with a ghost", a.ghost.pb != nil, v.ghost.on, a.sess.Scene)
	}
}

// TestGhostEndMark checks the ring where the ghost's run ended: it fades
// out, unless motion is reduced, when it stays as it is until it goes.
func TestGhostEndMark(t *testing.T) {
	v := bareView(16)
	alpha := func(reduce bool, left int) float32 {
		v.sprites.Reset()
		v.feel.reduce = reduce
		v.ghost = ghostMark{endFor: left, endX: 100, endY: 100}
		v.drawGhost()
		vs := v.sprites.Vertices()
		if len(vs) != 4 {
			t.Fatalf("the end mark drew %d vertices, want one quad", len(vs))
		}
		return vs[0].ColorA
	}
	if full, half := alpha(false, ghostEndTicks), alpha(false, ghostEndTicks/2); half >= full || half <= 0 {
		t.Errorf("the end mark's alpha goes from %v to %v halfway: want it to fade", full, half)
	}
	if full, half := alpha(true, ghostEndTicks), alpha(true, ghostEndTicks/2); half != full {
		t.Errorf("with reduced motion the end mark's alpha goes from %v to %v: want it steady", full, half)
	}
}
