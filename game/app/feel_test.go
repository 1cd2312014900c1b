//go:build !js

package app

import (
	"testing"
	"time"

	"swarmfield/engine/loop"
	"swarmfield/game"
)

// TestPresentationLeavesTheHashAlone plays the same inputs through a bare
// session and through one drawn with every presentation setting on (high
// contrast, shake, flash, hit-stop, smooth motion, the grey fade), then
// with reduce motion on: the state hash agrees tick for tick, through a
// game over and a restart.
func TestPresentationLeavesTheHashAlone(t *testing.T) {
	for _, reduce := range []bool{false, true} {
		v := newTestView()
		v.contrast = true
		v.feel.setReduce(reduce)
		a := &App{view: v, set: defaultSettings(reduce), dev: devices{fit: loop.Fit{Scale: 1}}}
		v.hints = makeHints(&a.set.Bindings)
		opts := game.Options{Seed: 3, StartHazards: 60}
		bare, drawn := game.NewSession(opts, 0), game.NewSession(opts, 0)
		a.sess = drawn
		inputs := []game.Input{game.PressConfirm, game.PressLeft | game.HoldLeft, game.HoldLeft, 0, game.PressUp | game.HoldUp, 0, 0}
		shook, overs := false, 0
		for i := range 3000 {
			in := inputs[i%len(inputs)]
			bare.Update(in)
			drawn.Update(in)
			v.update(drawn)
			a.frames++
			a.shakeView()
			v.draw(nil, drawn, true)
			v.drawFeel()
			v.sprites.Reset()
			v.glyphs.Reset()
			if bare.Run.Hash() != drawn.Run.Hash() || bare.Scene != drawn.Scene {
				t.Fatalf("reduce motion %v: tick %d: the drawn session's hash %x differs from the bare one's %x", reduce, i, drawn.Run.Hash(), bare.Run.Hash())
			}
			shook = shook || v.feel.shake > 0
			if drawn.Scene == game.SceneGameOver && drawn.SceneTicks() == 1 {
				overs++
			}
		}
		if overs < 2 {
			t.Fatalf("reduce motion %v: %d game overs; the test must go through them", reduce, overs)
		}
		if shook == reduce {
			t.Fatalf("reduce motion %v: the screen shook %v", reduce, shook)
		}
	}
}

// TestFeel checks the feedback's timing: a game over shakes, flashes and
// holds the world still for a few ticks before the panel, then the field
// fades to grey; with reduce motion nothing shakes and the grey comes at
// once; the drawn player glides to its new position.
func TestFeel(t *testing.T) {
	for _, reduce := range []bool{false, true} {
		var f feel
		f.setReduce(reduce)
		s := game.NewSession(game.Options{Seed: 1}, 0)
		s.Update(game.PressConfirm)
		f.tick(s)
		x0, _ := f.player()
		s.Update(game.PressRight | game.HoldRight)
		f.tick(s)
		if x, _ := f.player(); x != x0 {
			t.Fatalf("right after a move the player is drawn at %v, want the glide to start at %v", x, x0)
		}
		f.alpha = 1
		if x, _ := f.player(); x <= x0 || x >= x0+10 {
			t.Fatalf("a tick into the glide the player is drawn at %v, want between %v and %v", x, x0, x0+10)
		}
		for range glideTicks {
			s.Update(0)
			f.tick(s)
		}
		if x, _ := f.player(); x != x0+10 {
			t.Fatalf("after the glide the player is drawn at %v, want %v", x, x0+10)
		}
		// A wave gives a small shake and flash.
		for s.Run.Events&game.EventWave == 0 {
			s.Update(0)
			f.tick(s)
		}
		if !reduce && (f.shake < shakeWave/2 || f.shake > shakeWave || f.flash < flashWave/2) || reduce && (f.shake != 0 || f.flash != 0) {
			t.Fatalf("reduce motion %v: a wave gave shake %v and flash %v", reduce, f.shake, f.flash)
		}
		// Hazards are drawn halfway between ticks half a tick in.
		f.alpha = 0.5
		hx, _ := f.hazards(s.Run)
		between := 0
		for i, x := range hx {
			cur := s.Run.Hazards.X[i]
			if i >= len(f.prevX) { // new this tick: drawn where it is
				if x != cur {
					t.Fatalf("new hazard %d drawn at x %v, want %v", i, x, cur)
				}
				continue
			}
			prev := f.prevX[i]
			if d := cur - prev; d > -wrapJump && d < wrapJump && x != prev+float32(d*0.5) {
				t.Fatalf("hazard %d drawn at x %v half a tick between %v and %v", i, x, prev, cur)
			}
			if x != cur {
				between++
			}
		}
		if between == 0 {
			t.Fatal("no hazard drawn between its ticks' positions")
		}
		f.alpha = 0
		for !s.Run.GameOver {
			s.Update(game.PressUp | game.HoldUp)
			f.tick(s)
		}
		if (f.shake > 0) == reduce || (f.flash > 0) == reduce || f.hold != hitStopTicks-1 {
			t.Fatalf("reduce motion %v: at game over shake %v, flash %v, hold %d", reduce, f.shake, f.flash, f.hold)
		}
		for range hitStopTicks - 1 {
			s.Update(0)
			if !f.tick(s) && f.hold > 0 {
				t.Fatal("hit-stop let the world move")
			}
		}
		if f.grey != 0 {
			t.Fatalf("grey %v during hit-stop, want 0", f.grey)
		}
		s.Update(0)
		f.tick(s)
		if want := float32(1.0 / greyTicks); !reduce && f.grey != want || reduce && f.grey != 1 {
			t.Fatalf("reduce motion %v: grey %v after hit-stop", reduce, f.grey)
		}
	}
}

// TestFeelDrawingAllocatesNothing counts allocations exactly, over frames
// drawn without ticks between them (the simulation is left out, see
// TestFrameAllocatesNothing): the shake, the flash, the "+1"s, hazards
// between ticks, the high-contrast palette and the settings screen.
func TestFeelDrawingAllocatesNothing(t *testing.T) {
	v := newTestView()
	v.contrast = true
	a := &App{view: v, set: defaultSettings(false), dev: devices{fit: loop.Fit{Scale: 1}}}
	v.hints = makeHints(&a.set.Bindings)
	s := game.NewSession(game.Options{Seed: 5, StartHazards: 300, Invulnerable: true}, 0)
	a.sess = s
	s.Update(game.PressConfirm)
	for range 10 {
		s.Update(0)
		v.update(s)
	}
	v.feel.kick(shakeGameOver, flashGameOver)
	for i := range v.feel.pops {
		v.feel.pops[i] = pop{x: 100, y: 100, on: true}
	}
	frame := func() {
		v.feel.tickAt = time.Now().Add(-5 * time.Millisecond) // a third of a tick ago
		a.frames++
		a.shakeView()
		v.draw(nil, s, true)
		v.drawFeel()
		a.drawSettings()
		v.sprites.Reset()
		v.glyphs.Reset()
	}
	if n := steadyMallocs(10, 100, func(int) { frame() }); n != 0 {
		t.Fatalf("100 frames allocated %d times, want 0", n)
	}
	if f := &v.feel; f.shake == 0 || f.flash == 0 || f.alpha <= 0 || f.alpha >= 1 {
		t.Fatalf("shake %v, flash %v, alpha %v: the frames must shake, flash and draw hazards between ticks", f.shake, f.flash, f.alpha)
	}
}

// TestFeelFigures pins the figures docs/playing.md gives for the feedback: the
// glide over a held key's 6 ticks, a 12-unit shake at the end of a run
// and 8 ticks of hit-stop.
func TestFeelFigures(t *testing.T) {
	if glideTicks != 6 || shakeGameOver != 12 || hitStopTicks != 8 {
		t.Errorf("glide %d ticks, game-over shake %v, hit-stop %d ticks; docs/playing.md says 6, 12 and 8", glideTicks, shakeGameOver, hitStopTicks)
	}
}
