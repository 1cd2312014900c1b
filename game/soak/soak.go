// Package soak plays the simulation for a long time without a window, with
// a scripted random input policy, while the swarm grows to its cap, and
// checks that it stays sound: no NaN or Inf in the swarm's slices, every
// count within its cap, a flat heap and a constant number of goroutines.
// Like the desktop game, it steps large swarms on a worker pool when there
// is more than one thread. It records every run as a replay, the way the
// game does, and replays each one serially when it ends to check that it
// reproduces the run bit for bit.
package soak

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"time"

	"swarmfield/engine/parallel"
	"swarmfield/game"
)

// Config sets up a soak.
type Config struct {
	// Ticks is how many ticks of play to run.
	Ticks uint64
	// Seed seeds the session's first run and the input policy.
	Seed uint64
	// StartHazards is the swarm at the start of each run; 0 means
	// game.DefaultStartHazards, as in a normal run, which grows to
	// game.MaxGrownHazards in waves.
	StartHazards int
	// Samples is how many times the heap and goroutines are measured
	// (each after a forced GC); 0 means 20.
	Samples int
	// Policy chooses each tick's input; nil means a Walker seeded with
	// Seed that ends each run after a tenth of the ticks (at least
	// MinRunTicks), so that the soak also goes through game over and new
	// runs.
	Policy Policy
}

// A Policy chooses the input of each tick from the session's state.
type Policy interface {
	Input(s *game.Session) game.Input
}

// Sample is one measurement of the process during a soak.
type Sample struct {
	Tick       uint64 // ticks played when it was taken
	HeapInUse  uint64 // bytes of live heap objects after a forced GC
	Goroutines int
}

// Report is what a soak measured.
type Report struct {
	Ticks      uint64        // ticks played
	Runs       int           // runs started
	Replayed   int           // runs whose replay reproduced them
	ReplayTime time.Duration // wall time spent replaying them
	Elapsed    time.Duration // wall time of the ticks, without the samples' GCs
	MaxHazards int           // the largest swarm seen
	Workers    int           // goroutines of the worker pool's parallel-for
	Samples    []Sample
}

// TicksPerSecond returns the runner's speed.
func (r Report) TicksPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Ticks) / r.Elapsed.Seconds()
}

// MinRunTicks is the shortest run the default policy plays: long enough
// for the swarm of a normal run to grow to its cap.
const MinRunTicks = 10_000

// HeapTolerance is how far the heap in use may move, as a fraction of its
// size at a tenth of the run, between then and the end.
const HeapTolerance = 0.10

// Run plays cfg.Ticks ticks of a session and returns what it measured. The
// error reports the first broken invariant; the report is valid up to it.
func Run(cfg Config) (Report, error) {
	if cfg.Ticks == 0 {
		return Report{}, errors.New("soak: no ticks to run")
	}
	start := cfg.StartHazards
	if start == 0 {
		start = game.DefaultStartHazards
	}
	opts := game.Options{Seed: cfg.Seed, StartHazards: start, Invulnerable: true}
	if err := opts.Validate(); err != nil {
		return Report{}, fmt.Errorf("soak: %w", err)
	}
	samples := cfg.Samples
	if samples <= 0 {
		samples = 20
	}
	policy := cfg.Policy
	if policy == nil {
		w := NewWalker(cfg.Seed)
		w.RunTicks = max(cfg.Ticks/10, MinRunTicks)
		policy = w
	}
	limit := max(start, game.MaxGrownHazards)

	// As the desktop game does, but without its calibration, so that
	// swarms of more than one chunk always step in parallel here, where
	// the pool is under test; on js/wasm the pool is serial.
	pool := parallel.NewPool(runtime.GOMAXPROCS(0))
	defer pool.Close()
	s := game.NewSession(opts, 0)
	s.Parallel = pool.For
	rep := Report{Workers: pool.Workers()}
	var rec *game.Recorder
	s.OnRunStart = func(r *game.Run) { rec = game.NewRecorder(r, "soak") }
	s.OnStep = func(_ *game.Run, in game.Input) { rec.Step(in) }
	replayRun := func() error {
		t0 := time.Now()
		defer func() { rep.ReplayTime += time.Since(t0) }()
		err := verifyReplay(rec)
		rec = nil
		if err == nil {
			rep.Replayed++
		}
		return err
	}
	rep.Samples = make([]Sample, 0, samples+1)
	every := max(cfg.Ticks/uint64(samples), 1)
	sample := func(tick uint64) {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		rep.Samples = append(rep.Samples, Sample{Tick: tick, HeapInUse: ms.HeapAlloc, Goroutines: runtime.NumGoroutine()})
	}
	sample(0)
	began := time.Now()
	var paused time.Duration
	for tick := uint64(1); tick <= cfg.Ticks; tick++ {
		s.Update(policy.Input(s))
		rep.Ticks = tick
		if err := Check(s.Run, limit); err != nil {
			rep.Runs = s.Runs
			rep.Elapsed = time.Since(began) - paused
			return rep, fmt.Errorf("soak: tick %d of the soak, tick %d of run %d: %w", tick, s.Run.Tick, s.Runs, err)
		}
		rep.MaxHazards = max(rep.MaxHazards, s.Run.Hazards.Len())
		if tick%every == 0 || tick == cfg.Ticks {
			t0 := time.Now()
			sample(tick)
			paused += time.Since(t0)
		}
		// After the sample, so that the last one still holds the last
		// run's recording, as every earlier one holds a recording.
		if rec != nil && (s.Run.GameOver || tick == cfg.Ticks) {
			if err := replayRun(); err != nil {
				rep.Runs = s.Runs
				rep.Elapsed = time.Since(began) - paused - rep.ReplayTime
				return rep, fmt.Errorf("soak: run %d, ended at tick %d of the soak: %w", s.Runs, tick, err)
			}
		}
	}
	rep.Elapsed = time.Since(began) - paused - rep.ReplayTime
	rep.Runs = s.Runs
	return rep, rep.checkSamples()
}

// verifyReplay replays the run rec recorded, serially, and checks that it
// matches at every checkpoint and ends with the run's score and state hash,
// which the recording holds as its final state: a run stepped on the pool
// must be bit-identical to the serial replay.
func verifyReplay(rec *game.Recorder) error {
	rp, err := rec.Replay()
	if err != nil {
		return fmt.Errorf("recording: %w", err)
	}
	if _, err := game.Verify(rp, nil); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	return nil
}

// checkSamples checks that the heap stayed within HeapTolerance of its
// size at a tenth of the run, and that the goroutines did not change.
func (r Report) checkSamples() error {
	if len(r.Samples) == 0 {
		return nil
	}
	from := r.Ticks / 10
	var ref *Sample
	for i := range r.Samples {
		sm := &r.Samples[i]
		if sm.Goroutines != r.Samples[0].Goroutines {
			return fmt.Errorf("soak: %d goroutines at tick %d, %d at the start", sm.Goroutines, sm.Tick, r.Samples[0].Goroutines)
		}
		if sm.Tick < from {
			continue
		}
		if ref == nil {
			ref = sm
			continue
		}
		lo, hi := float64(ref.HeapInUse)*(1-HeapTolerance), float64(ref.HeapInUse)*(1+HeapTolerance)
		if h := float64(sm.HeapInUse); h < lo || h > hi {
			return fmt.Errorf("soak: heap in use %d bytes at tick %d, more than %.0f%% from the %d bytes at tick %d",
				sm.HeapInUse, sm.Tick, HeapTolerance*100, ref.HeapInUse, ref.Tick)
		}
	}
	return nil
}

// Check reports the first broken invariant of a run: a NaN or Inf in any
// of the swarm's slices, the orbs or the player; swarm slices of unequal
// length or more hazards than limit or the swarm's capacity; a hazard
// outside the field or with a radius, rotation or warm-up out of range.
func Check(r *game.Run, limit int) error {
	h := &r.Hazards
	n := h.Len()
	if n > limit || n > h.Cap() {
		return fmt.Errorf("%d hazards, more than the cap of %d (capacity %d)", n, limit, h.Cap())
	}
	floats := [...]struct {
		name string
		s    []float32
	}{
		{"X", h.X}, {"Y", h.Y}, {"VX", h.VX}, {"VY", h.VY},
		{"Rot", h.Rot}, {"Spin", h.Spin}, {"Radius", h.Radius},
		{"OrbX", r.OrbX[:]}, {"OrbY", r.OrbY[:]},
	}
	for _, f := range floats {
		want := n
		if f.name == "OrbX" || f.name == "OrbY" {
			want = game.NumOrbs
		}
		if len(f.s) != want {
			return fmt.Errorf("hazard slice %s has %d elements, want %d", f.name, len(f.s), want)
		}
		if i := firstNonFinite(f.s); i >= 0 {
			return fmt.Errorf("%s[%d] is %v", f.name, i, f.s[i])
		}
	}
	if len(h.Variant) != n || len(h.Warmup) != n {
		return fmt.Errorf("hazard slices Variant and Warmup have %d and %d elements, want %d", len(h.Variant), len(h.Warmup), n)
	}
	if !finite(r.PlayerX) || !finite(r.PlayerY) {
		return fmt.Errorf("player at (%v, %v)", r.PlayerX, r.PlayerY)
	}
	for i := range n {
		x, y, rad := h.X[i], h.Y[i], h.Radius[i]
		switch {
		case rad < game.MinHazardRadius || rad > game.MaxHazardRadius:
			return fmt.Errorf("hazard %d has radius %v", i, rad)
		case x < rad || x > game.FieldWidth-rad || y < rad || y > game.FieldHeight-rad:
			return fmt.Errorf("hazard %d of radius %v at (%v, %v), outside the field", i, rad, x, y)
		case h.Rot[i] < 0 || h.Rot[i] >= 2*math.Pi+1e-6:
			return fmt.Errorf("hazard %d has rotation %v", i, h.Rot[i])
		case h.Warmup[i] > game.WarmupTicks:
			return fmt.Errorf("hazard %d has warm-up %d", i, h.Warmup[i])
		case h.Variant[i] > 2:
			return fmt.Errorf("hazard %d has variant %d", i, h.Variant[i])
		}
	}
	return nil
}

func finite(v float32) bool { return !math.IsNaN(float64(v)) && !math.IsInf(float64(v), 0) }

// firstNonFinite returns the index of the first NaN or Inf in s, or -1.
func firstNonFinite(s []float32) int {
	for i, v := range s {
		// v-v is 0 for every finite v and NaN for NaN and ±Inf.
		if v-v != 0 {
			return i
		}
	}
	return -1
}
