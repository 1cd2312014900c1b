//go:build !js

package app

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"swarmfield/engine/particles"
	"swarmfield/engine/sprite"
	"swarmfield/game"
)

// mallocs returns how many heap allocations n calls of f make, counted
// exactly (testing.AllocsPerRun would round 0.98 per call down to 0),
// with the collector off.
func mallocs(n int, f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range n {
		f()
	}
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

// tries is how often an allocation count is taken before it counts as a
// failure: the runtime allocates on its own now and then, for example
// for a new thread when a busy machine needs one, while an allocation in
// the code under test comes every time.
const tries = 3

// TestFrameAllocatesNothing runs the app's per-tick and per-frame work
// (simulation, particles, the monitor, the HUD and F3 panel text, and
// building every vertex) on batches without a GPU, and checks that a
// steady-state frame allocates nothing beyond what the simulation's step
// allocates alone, counting exactly. The step is package game's to test:
// in this invulnerable run resolv allocates for each touching pair of
// circles, which the test logs.
func TestFrameAllocatesNothing(t *testing.T) {
	v := &view{
		sprites: sprite.NewBatch(nil),
		glyphs:  sprite.NewBatch(nil),
		sparks:  particles.New(2048, 1),
		debris:  particles.New(2048, 2),
		num:     make([]byte, 0, 32),
	}
	m := newMeter()
	opts := game.Options{Seed: 5, StartHazards: 500, Invulnerable: true}
	s := game.NewSession(opts, 0)
	s.Instruments = &m.ins
	s.Update(game.PressConfirm)
	// bare plays the same run with the simulation alone.
	bare := game.NewSession(opts, 0)
	bare.Update(game.PressConfirm)
	frame := func(in game.Input) {
		m.UpdateBegin()
		s.Update(in)
		v.update(s)
		m.afterTick(s, v.particleCount())
		m.UpdateEnd()
		m.DrawBegin()
		m.beforeDraw(s, true)
		v.draw(nil, s, true)
		drawSummary(v.glyphs, m.hud)
		drawPanel(v.sprites, v.glyphs, m.hud, m.stateLine, m.spark)
		v.sprites.Reset()
		v.glyphs.Reset()
		m.DrawEnd()
	}
	// Warm up: fill the histograms' windows, grow every buffer, and take
	// an orb now and then so bursts happen.
	inputs := []game.Input{game.PressUp | game.HoldUp, game.HoldUp, 0, game.PressDown | game.HoldDown, game.HoldDown, 0}
	for i := range 600 {
		frame(inputs[i%len(inputs)])
		bare.Update(inputs[i%len(inputs)])
		if i%50 == 0 {
			v.sparks.Burst(100, 100, 40, 4, 1)
		}
	}
	// Each try plays the same ticks on both sessions: the simulation is
	// deterministic, so it allocates the same in both.
	const frames = 300
	i := 600
	var n, sim uint64
	for range tries {
		n = mallocs(frames, func() { frame(inputs[i%len(inputs)]); i++ })
		i -= frames
		sim = mallocs(frames, func() { bare.Update(inputs[i%len(inputs)]); i++ })
		if n == sim {
			break
		}
	}
	t.Logf("the simulation's steps allocated %d times in %d ticks", sim, frames)
	if n != sim {
		t.Errorf("%d frames allocated %d times, the simulation's steps alone %d; want no more", frames, n, sim)
	}
	if s.Run.Hash() != bare.Run.Hash() {
		t.Fatal("the two sessions played different runs")
	}
	// The simulation's phases are timed through m.ins inside the step.
	timing := func() {
		m.ins.Begin(game.PhaseSwarm)
		m.ins.End(game.PhaseSwarm)
	}
	for try := range tries {
		if n = mallocs(frames, timing); n == 0 {
			break
		}
		if try == tries-1 {
			t.Errorf("timing a phase %d times allocated %d times, want 0", frames, n)
		}
	}
	if s.Scene != game.ScenePlaying {
		t.Fatalf("the run ended (scene %v); the test must measure steady play", s.Scene)
	}
}

// TestPanelLinesOnlyWhenShown checks that the F3 panel's state line, whose
// hash reads the whole swarm, is built only while the panel is shown, and
// at once when it opens between two refreshes.
func TestPanelLinesOnlyWhenShown(t *testing.T) {
	m := newMeter()
	s := game.NewSession(game.Options{Seed: 5, StartHazards: 50}, 0)
	for range hudRefreshFrames + 3 {
		m.beforeDraw(s, false)
	}
	if len(m.stateLine) != 0 {
		t.Fatalf("with the panel hidden the state line was built: %q", m.stateLine)
	}
	m.beforeDraw(s, true) // not a refresh frame
	want := fmt.Sprintf("hash %x", s.Run.Hash())
	if !strings.Contains(string(m.stateLine), want) {
		t.Fatalf("opening the panel gave the state line %q, want it to show %q", m.stateLine, want)
	}
}
