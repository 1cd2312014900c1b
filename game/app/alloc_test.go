//go:build !js

package app

import (
	"fmt"
	"strings"
	"testing"

	"swarmfield/engine/loop"
	"swarmfield/engine/perf"
	"swarmfield/game"
)

// TestFrameAllocatesNothing runs the app's per-tick and per-frame work
// (simulation, particles, the monitor, the HUD and F3 panel text, the
// feedback with shakes, flashes and "+1"s, smooth motion, the settings
// screen in the high-contrast palette, and building every vertex) on
// batches without a GPU, and checks that a steady-state frame allocates
// nothing.
func TestFrameAllocatesNothing(t *testing.T) {
	v := newTestView()
	v.contrast = true
	a := &App{view: v, set: defaultSettings(false), dev: devices{fit: loop.Fit{Scale: 1}}}
	v.hints = makeHints(&a.set.Bindings)
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
		a.frames++
		a.shakeView()
		v.draw(nil, s, true)
		v.drawFeel()
		a.drawSettings()
		drawSummary(v.glyphs, m.hud, true)
		drawPanel(v.sprites, v.glyphs, m.hud, true, m.stateLine, m.spark)
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
		if i%20 == 0 { // keep a shake, a flash and a "+1" going
			v.feel.kick(shakeWave, flashWave)
			v.feel.pops[i%len(v.feel.pops)] = pop{x: 100, y: 100, on: true}
		}
	}
	const frames = 600 // in each of three windows
	shook := false
	allocs := perf.LeastMallocs(3, func() {
		for i := range frames {
			frame(inputs[i%len(inputs)])
			if i%50 == 0 {
				v.sparks.Burst(100, 100, 40, 4, 1)
			}
			if i%20 == 0 {
				v.feel.kick(shakeWave, flashWave)
				v.feel.pops[i%len(v.feel.pops)] = pop{x: 100, y: 100, on: true}
			}
			shook = shook || v.feel.shake > 0 && v.feel.flash > 0 && v.feel.alpha < 1
		}
	})
	if allocs != 0 {
		t.Errorf("every window of %d frames allocated, at least %d times, want 0", frames, allocs)
	}
	if !shook {
		t.Fatal("no frame with a shake, a flash and hazards between ticks: the test must measure them")
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

// steadyMallocs calls frame warm times, then returns the least count of
// allocations among three windows of n more calls (perf.LeastMallocs): the
// runtime's first GC cycle may start its workers, an allocation, inside
// one window, while an allocation of ours shows in every window.
func steadyMallocs(warm, n int, frame func(i int)) uint64 {
	for i := range warm {
		frame(i)
	}
	return perf.LeastMallocs(3, func() {
		for i := range n {
			frame(i)
		}
	})
}
