package soak

import (
	"flag"
	"math"
	"runtime"
	"strings"
	"testing"

	"swarmfield/game"
)

var soakTicks = flag.Uint64("soak.ticks", 100_000, "ticks of the soak in TestSoak (make soak: 1000000)")

// TestSoak plays -soak.ticks ticks of runs that start with a normal swarm,
// below the cap, and checks every invariant of Run; it logs the runner's
// speed.
func TestSoak(t *testing.T) {
	ticks := *soakTicks
	if testing.Short() {
		ticks = min(ticks, 20_000)
	}
	rep, err := Run(Config{Ticks: ticks, Seed: 7})
	t.Logf("%d ticks (%.1f h of play) in %v: %.0f ticks/s; %d runs, at most %d hazards; %d runs replayed in %v; %d workers",
		rep.Ticks, float64(rep.Ticks)/game.TicksPerSecond/3600, rep.Elapsed.Round(1e6), rep.TicksPerSecond(), rep.Runs, rep.MaxHazards,
		rep.Replayed, rep.ReplayTime.Round(1e6), rep.Workers)
	for _, s := range rep.Samples {
		t.Logf("tick %8d: heap in use %7d B, %d goroutines", s.Tick, s.HeapInUse, s.Goroutines)
	}
	if err != nil {
		t.Fatal(err)
	}
	if rep.Ticks != ticks {
		t.Fatalf("played %d ticks, want %d", rep.Ticks, ticks)
	}
	if rep.Replayed != rep.Runs {
		t.Errorf("%d of %d runs replayed", rep.Replayed, rep.Runs)
	}
	if rep.MaxHazards != game.MaxGrownHazards {
		t.Errorf("the swarm peaked at %d hazards, want the cap of %d", rep.MaxHazards, game.MaxGrownHazards)
	}
	// The default walker ends a run after a tenth of the ticks, or
	// MinRunTicks, and walks off the field within 1000 ticks.
	runTicks := max(ticks/10, MinRunTicks)
	if least, most := int(ticks/(runTicks+1000)), int(ticks/runTicks+1); rep.Runs < least || rep.Runs > most {
		t.Errorf("%d runs started, want %d to %d", rep.Runs, least, most)
	}
	if want := runtime.GOMAXPROCS(0); rep.Workers != want {
		t.Errorf("the soak's pool has %d workers, want GOMAXPROCS = %d", rep.Workers, want)
	}
}

// TestSoakLargeSwarm soaks a swarm large enough that the worker pool steps
// it in parallel chunks (on the desktop); every run must still replay
// serially bit for bit, and the pool must not leak goroutines.
func TestSoakLargeSwarm(t *testing.T) {
	rep, err := Run(Config{Ticks: 3000, Seed: 5, StartHazards: 12_000, Samples: 6})
	t.Logf("%d ticks at %d hazards, %d runs replayed, %d workers", rep.Ticks, rep.MaxHazards, rep.Replayed, rep.Workers)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Replayed != rep.Runs || rep.Runs == 0 {
		t.Errorf("%d of %d runs replayed", rep.Replayed, rep.Runs)
	}
}

// TestWalkerStaysInside checks that the default policy keeps an
// invulnerable run going: it must not walk off the field.
func TestWalkerStaysInside(t *testing.T) {
	s := game.NewSession(game.Options{Seed: 3, StartHazards: 50, Invulnerable: true}, 0)
	w := NewWalker(3)
	moved := 0
	lastX, lastY := s.Run.PlayerX, s.Run.PlayerY
	for range 50_000 {
		s.Update(w.Input(s))
		if s.Scene == game.SceneGameOver {
			t.Fatalf("the walker left the field at tick %d: (%v, %v)", s.Run.Tick, s.Run.PlayerX, s.Run.PlayerY)
		}
		if s.Run.PlayerX != lastX || s.Run.PlayerY != lastY {
			moved++
			lastX, lastY = s.Run.PlayerX, s.Run.PlayerY
		}
	}
	if s.Runs != 1 {
		t.Errorf("%d runs, want 1", s.Runs)
	}
	if moved < 1000 {
		t.Errorf("the player moved only %d times in 50000 ticks", moved)
	}
}

// TestCheckFindsFaults breaks each invariant in turn and expects Check to
// name it.
func TestCheckFindsFaults(t *testing.T) {
	nan := float32(math.NaN())
	inf := float32(math.Inf(1))
	cases := []struct {
		name  string
		limit int
		spoil func(r *game.Run)
		want  string
	}{
		{"NaN X", 300, func(r *game.Run) { r.Hazards.X[5] = nan }, "X[5] is NaN"},
		{"Inf VY", 300, func(r *game.Run) { r.Hazards.VY[0] = -inf }, "VY[0] is -Inf"},
		{"NaN Spin", 300, func(r *game.Run) { r.Hazards.Spin[9] = nan }, "Spin[9]"},
		{"Inf Rot", 300, func(r *game.Run) { r.Hazards.Rot[1] = inf }, "Rot[1]"},
		{"NaN Radius", 300, func(r *game.Run) { r.Hazards.Radius[2] = nan }, "Radius[2]"},
		{"NaN orb", 300, func(r *game.Run) { r.OrbY[1] = nan }, "OrbY[1]"},
		{"NaN player", 300, func(r *game.Run) { r.PlayerX = nan }, "player"},
		{"over the cap", 10, func(r *game.Run) {}, "more than the cap of 10"},
		{"short slice", 300, func(r *game.Run) { r.Hazards.Spin = r.Hazards.Spin[:3] }, "Spin has 3 elements"},
		{"outside", 300, func(r *game.Run) { r.Hazards.X[4] = -1 }, "hazard 4"},
		{"radius", 300, func(r *game.Run) { r.Hazards.Radius[3] = 100 }, "radius 100"},
		{"rotation", 300, func(r *game.Run) { r.Hazards.Rot[6] = -0.5 }, "rotation -0.5"},
		{"warm-up", 300, func(r *game.Run) { r.Hazards.Warmup[7] = 9999 }, "warm-up 9999"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := game.NewRun(game.Options{Seed: 1, StartHazards: 20})
			for range 10 {
				r.Step(0)
			}
			if err := Check(r, game.MaxGrownHazards); err != nil {
				t.Fatalf("a fresh run fails the check: %v", err)
			}
			c.spoil(r)
			err := Check(r, c.limit)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Check = %v, want an error with %q", err, c.want)
			}
		})
	}
}

// TestSamplesCheck feeds checkSamples growing and flat heaps and a leaked
// goroutine.
func TestSamplesCheck(t *testing.T) {
	mk := func(heaps []uint64, gor []int) Report {
		r := Report{Ticks: uint64(len(heaps)-1) * 100}
		for i, h := range heaps {
			r.Samples = append(r.Samples, Sample{Tick: uint64(i) * 100, HeapInUse: h, Goroutines: gor[i]})
		}
		return r
	}
	same := []int{2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}
	flat := []uint64{900, 1000, 1010, 990, 1050, 1000, 1080, 1000, 960, 1000, 1020}
	if err := mk(flat, same).checkSamples(); err != nil {
		t.Errorf("a flat heap after warm-up fails: %v", err)
	}
	growing := []uint64{900, 1000, 1020, 1040, 1060, 1080, 1100, 1120, 1140, 1160, 1180}
	if err := mk(growing, same).checkSamples(); err == nil || !strings.Contains(err.Error(), "heap in use 1120") {
		t.Errorf("a growing heap: %v, want the first sample past 10%%", err)
	}
	leak := []int{2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3}
	if err := mk(flat, leak).checkSamples(); err == nil || !strings.Contains(err.Error(), "3 goroutines") {
		t.Errorf("a leaked goroutine: %v", err)
	}
}

// TestRunBadConfig expects errors, not panics, for a config it cannot run.
func TestRunBadConfig(t *testing.T) {
	if _, err := Run(Config{}); err == nil {
		t.Error("Run with no ticks succeeded")
	}
	if _, err := Run(Config{Ticks: 10, StartHazards: -1}); err == nil {
		t.Error("Run with -1 hazards succeeded")
	}
}

// BenchmarkSoakTick measures one tick of the soak's session, invariant
// check included, at the largest swarm.
func BenchmarkSoakTick(b *testing.B) {
	s := game.NewSession(game.Options{Seed: 1, StartHazards: game.MaxGrownHazards, Invulnerable: true}, 0)
	w := NewWalker(1)
	b.ReportAllocs()
	for b.Loop() {
		s.Update(w.Input(s))
		if err := Check(s.Run, game.MaxGrownHazards); err != nil {
			b.Fatal(err)
		}
	}
}

// TestVerifyReplayCatchesDivergence records a run, then changes the run
// behind the recorder's back: the replay must no longer match it.
func TestVerifyReplayCatchesDivergence(t *testing.T) {
	r := game.NewRun(game.Options{Seed: 3, StartHazards: 50, Invulnerable: true})
	rec := game.NewRecorder(r, "test")
	for i := range 500 {
		in := game.Input(0)
		if i%40 == 0 {
			in = game.PressLeft | game.HoldLeft
		}
		r.Step(in)
		rec.Step(in)
	}
	if err := verifyReplay(rec); err != nil {
		t.Fatalf("an untouched run: %v", err)
	}
	r.Hazards.X[7] += 0.5
	if err := verifyReplay(rec); err == nil || !strings.Contains(err.Error(), "hash") {
		t.Fatalf("a changed run verified: %v", err)
	}
}
