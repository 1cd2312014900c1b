package game

import (
	"fmt"
	"runtime"
	"testing"

	"swarmfield/engine/parallel"
	"swarmfield/engine/perf"
)

// TestWorkerPoolStepMatchesSerial steps swarms of several sizes on the
// real worker pool, with several workers on several threads, and
// serially, and compares the state hashes after every tick: on a pool
// that always steps in parallel, and on one calibrated for the swarm
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
				for i, in := range scriptedInputs(3, 120) {
					serial.Step(in)
					par.Step(in)
					if serial.Hash() != par.Hash() {
						t.Fatalf("tick %d: the pool's step diverged from the serial step", i+1)
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
