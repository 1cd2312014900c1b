//go:build !js

package app

import (
	"fmt"
	"strings"
	"testing"

	"swarmfield/engine/particles"
	"swarmfield/engine/perf"
	"swarmfield/engine/sprite"
	"swarmfield/game"
)

// TestFrameAllocatesNothing runs the app's per-tick and per-frame work
// (simulation, particles, the monitor, the HUD and F3 panel text, and
// building every vertex) on batches without a GPU, and checks that
// steady-state frames allocate nothing, counted exactly.
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
		if i%50 == 0 {
			v.sparks.Burst(100, 100, 40, 4, 1)
		}
	}
	const frames = 600 // in each of three windows
	allocs := perf.LeastMallocs(3, func() {
		for i := range frames {
			frame(inputs[i%len(inputs)])
			if i%50 == 0 {
				v.sparks.Burst(100, 100, 40, 4, 1)
			}
		}
	})
	if allocs != 0 {
		t.Errorf("every window of %d frames allocated, at least %d times, want 0", frames, allocs)
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
