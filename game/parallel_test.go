package game

import (
	"fmt"
	"runtime"
	"slices"
	"testing"

	"swarmfield/engine/parallel"
	"swarmfield/engine/perf"
	"swarmfield/math/batch"
)

// TestWorkerPoolStepMatchesSerial steps swarms of several sizes on the
// real worker pool, with several workers on several threads, and
// serially, and compares the state hashes and the collision counters
// (candidates culled, exact tests) after every tick: on a pool that
// always steps in parallel, and on one calibrated for the swarm
// (parallel.Pool.Calibrate), which may step some sizes serially.
func TestWorkerPoolStepMatchesSerial(t *testing.T) {
	procs := max(4, runtime.GOMAXPROCS(0))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
	always := parallel.NewPool(procs)
	defer always.Close()
	if runtime.GOARCH != "wasm" && (always.Workers() < 2 || runtime.GOMAXPROCS(0) < 2) {
		t.Fatalf("pool has %d workers at GOMAXPROCS %d, want 2 or more of each", always.Workers(), runtime.GOMAXPROCS(0))
	}
	const largest = 12*swarmChunk + 7
	calibrated := parallel.NewPool(procs)
	defer calibrated.Close()
	step, chunk := SwarmStep(largest)
	calibrated.Calibrate(largest, chunk, step)
	for _, n := range []int{swarmChunk + 1, 2*swarmChunk + 1, 5*swarmChunk + 123, largest} {
		for i, pool := range []*parallel.Pool{always, calibrated} {
			t.Run(fmt.Sprintf("hazards=%d/%s", n, [...]string{"always", "calibrated"}[i]), func(t *testing.T) {
				opts := Options{Seed: 21, StartHazards: n, Invulnerable: true}
				serial, par := NewRun(opts), NewRun(opts)
				par.SetParallel(pool.For)
				for i, in := range append(scriptedInputs(3, 120), multiMoveInputs(60)...) {
					serial.Step(in)
					par.Step(in)
					if serial.Hash() != par.Hash() {
						t.Fatalf("tick %d: the pool's step diverged from the serial step", i+1)
					}
					sc, st := serial.CollisionStats()
					if pc, pt := par.CollisionStats(); pc != sc || pt != st {
						t.Fatalf("tick %d: the pool culled %d candidates and ran %d tests, serially %d and %d", i+1, pc, pt, sc, st)
					}
				}
				if serial.GameOver {
					t.Fatal("the run ended early; the test compared too few ticks")
				}
			})
		}
	}
}

// TestWorkerPoolTickAllocatesNothing counts, exactly, the allocations of
// stress-mode ticks at 20,000 hazards whose swarm steps on a pool that
// always runs in parallel: the least of three windows of 300 ticks must
// be 0 (see perf.LeastMallocs).
func TestWorkerPoolTickAllocatesNothing(t *testing.T) {
	pool := parallel.NewPool(max(2, runtime.GOMAXPROCS(0)))
	defer pool.Close()
	r := NewRun(Options{Seed: 4, StartHazards: 20_000, Invulnerable: true})
	r.SetParallel(pool.For)
	inputs := scriptedInputs(5, 900)
	next := 0
	n := perf.LeastMallocs(3, func() {
		for _, in := range inputs[next : next+300] {
			r.Step(in)
		}
		next += 300
	})
	if n != 0 {
		t.Fatalf("%d allocations in 300 ticks on the pool, want 0", n)
	}
}

// multiMoveInputs returns n ticks of input in which several arrows are
// pressed at once, one to four, so that a tick checks the swarm at up to
// four positions.
func multiMoveInputs(n int) []Input {
	presses := [...]Input{
		PressUp | PressLeft,
		PressDown | PressRight | PressLeft,
		PressUp | PressDown | PressLeft | PressRight,
		0,
		PressRight,
	}
	in := make([]Input, n)
	for i := range in {
		in[i] = presses[i%len(presses)]
	}
	return in
}

// TestChunkCullMatchesAppendNear checks, after every tick of a swarm
// stepped on the worker pool, that the candidates its chunks culled for
// each position the player took are, read in chunk order, exactly those
// batch.AppendNear finds over the whole swarm, in the same order; and
// that no hazard of this stress run is left for the serial warm-up
// count-down to visit.
func TestChunkCullMatchesAppendNear(t *testing.T) {
	pool := parallel.NewPool(max(2, runtime.GOMAXPROCS(0)))
	defer pool.Close()
	r := NewRun(Options{Seed: 8, StartHazards: 5*swarmChunk + 123, Invulnerable: true})
	r.SetParallel(pool.For)
	checks, spread := 0, 0 // positions checked; of those, with candidates in more than one chunk
	for i, in := range multiMoveInputs(300) {
		_, want := r.mover.commands(in)
		want = max(want, 1)
		r.Step(in)
		cc := &r.col.byChunk
		if !r.col.culled || cc.n != want {
			t.Fatalf("tick %d: culled %v at %d positions, want true at %d", i+1, r.col.culled, cc.n, want)
		}
		checks += cc.n
		if r.Hazards.FirstWarming() != r.Hazards.Len() {
			// The warm-up count-down stays serial because it has nothing
			// left to visit in a stress run.
			t.Fatalf("tick %d: %d of %d hazards may still be warming up, want none", i+1, r.Hazards.Len()-r.Hazards.FirstWarming(), r.Hazards.Len())
		}
		for j := range cc.n {
			var got []int32
			for k, lo := 0, 0; lo < r.Hazards.Len(); k, lo = k+1, lo+swarmChunk {
				for _, i := range cc.near[j][lo : lo+int(cc.count[j][k])] {
					got = append(got, int32(lo)+i)
				}
			}
			wantNear := batch.AppendNear(nil, r.Hazards.X, r.Hazards.Y, cc.px[j], cc.py[j], hazardReach*hazardReach)
			if !slices.Equal(got, wantNear) {
				t.Fatalf("tick %d, position %d: chunks culled %v, AppendNear %v", i+1, j, got, wantNear)
			}
			if len(got) > 0 && got[0]/swarmChunk != got[len(got)-1]/swarmChunk {
				spread++
			}
		}
	}
	if checks < 600 || spread < 100 {
		t.Fatalf("%d positions checked in 300 ticks, %d with candidates in several chunks; want 600 and 100 or more", checks, spread)
	}
}

// TestWorkerPoolGameOverMatchesSerial plays vulnerable runs on the worker
// pool and serially until a hazard ends them: the state hashes must match
// after every tick, and the runs must end in the same tick.
func TestWorkerPoolGameOverMatchesSerial(t *testing.T) {
	pool := parallel.NewPool(max(2, runtime.GOMAXPROCS(0)))
	defer pool.Close()
	for seed := range uint64(4) {
		opts := Options{Seed: seed, StartHazards: 3*swarmChunk + 5}
		serial, par := NewRun(opts), NewRun(opts)
		par.SetParallel(pool.For)
		for i, in := range multiMoveInputs(2000) {
			serial.Step(in)
			par.Step(in)
			if serial.Hash() != par.Hash() || serial.GameOver != par.GameOver {
				t.Fatalf("seed %d, tick %d: the pool's run diverged from the serial one", seed, i+1)
			}
			if serial.GameOver {
				break
			}
		}
		if !serial.GameOver || OutOfField(serial.PlayerX, serial.PlayerY) {
			t.Fatalf("seed %d: the run did not end on a hazard; the test compared no collision", seed)
		}
	}
}
