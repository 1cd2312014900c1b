package game

import (
	"math/rand/v2"
	"testing"

	"swarmfield/engine/perf"
)

// scriptedInputs returns n ticks of random but reproducible play.
func scriptedInputs(seed uint64, n int) []Input {
	rng := rand.New(rand.NewPCG(seed, 99))
	in := make([]Input, n)
	var held Input
	for i := range in {
		var pressed Input
		if rng.IntN(8) == 0 {
			d := Direction(rng.IntN(4))
			if held.Has(Held(d)) {
				held &^= Held(d)
			} else {
				held |= Held(d)
				pressed |= Pressed(d)
			}
		}
		in[i] = held | pressed
	}
	return in
}

func TestSameSeedAndInputsSameRun(t *testing.T) {
	inputs := scriptedInputs(5, 3000)
	a := NewRun(Options{Seed: 42, StartHazards: 50, Invulnerable: true})
	b := NewRun(Options{Seed: 42, StartHazards: 50, Invulnerable: true})
	for i, in := range inputs {
		a.Step(in)
		b.Step(in)
		if a.Hash() != b.Hash() {
			t.Fatalf("tick %d: hashes differ: %x vs %x", i+1, a.Hash(), b.Hash())
		}
	}
	c := NewRun(Options{Seed: 43, StartHazards: 50, Invulnerable: true})
	if c.Hash() == NewRun(Options{Seed: 42, StartHazards: 50, Invulnerable: true}).Hash() {
		t.Error("different seeds gave the same starting hash")
	}
}

func TestHashSeesEveryPart(t *testing.T) {
	base := NewRun(Options{Seed: 9, StartHazards: 10})
	h := base.Hash()
	changes := map[string]func(r *Run){
		"player":  func(r *Run) { r.PlayerX++ },
		"score":   func(r *Run) { r.Score++ },
		"rng":     func(r *Run) { r.rng.Uint64() },
		"hazard":  func(r *Run) { r.Hazards.VY[3] = -r.Hazards.VY[3] },
		"radius":  func(r *Run) { r.Hazards.Radius[9] += 1 },
		"orb":     func(r *Run) { r.OrbY[2]++ },
		"tick":    func(r *Run) { r.Tick++ },
		"cadence": func(r *Run) { r.mover.held[Left] = 3 },
	}
	for name, change := range changes {
		r := NewRun(Options{Seed: 9, StartHazards: 10})
		change(r)
		if r.Hash() == h {
			t.Errorf("changing the %s did not change the hash", name)
		}
	}
}

func TestParallelStepMatchesSerial(t *testing.T) {
	serialFor := func(n, chunk int, fn func(lo, hi int)) {
		// Reverse chunk order: results must not depend on it.
		last := (n - 1) / chunk * chunk
		for lo := last; lo >= 0; lo -= chunk {
			fn(lo, min(lo+chunk, n))
		}
	}
	a := NewRun(Options{Seed: 11, StartHazards: 20000, Invulnerable: true})
	b := NewRun(Options{Seed: 11, StartHazards: 20000, Invulnerable: true})
	b.SetParallel(serialFor)
	for i, in := range scriptedInputs(1, 200) {
		a.Step(in)
		b.Step(in)
		if a.Hash() != b.Hash() {
			t.Fatalf("tick %d: chunked step diverged from the serial step", i+1)
		}
	}
}

// TestHashNeverGrows checks that Hash allocates nothing even the first
// time, on the largest swarm: AllocsPerRun's warm-up call would hide a
// scratch buffer that grows with the swarm. It counts the first Hash of
// each of three runs and takes the least (perf.LeastMallocs), so that
// the runtime's own allocation during one of them, as when a garbage
// collection starts its workers, does not count.
func TestHashNeverGrows(t *testing.T) {
	var runs [3]*Run
	for i := range runs {
		runs[i] = NewRun(Options{Seed: 1, StartHazards: MaxStartHazards, Invulnerable: true})
	}
	next := 0
	n := perf.LeastMallocs(len(runs), func() {
		runs[next].Hash()
		next++
	})
	if n != 0 {
		t.Errorf("the first Hash of %d hazards allocated %d times, want 0", MaxStartHazards, n)
	}
}
