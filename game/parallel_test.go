package game

import (
	"runtime"
	"testing"

	"swarmfield/engine/parallel"
)

// TestWorkerPoolStepMatchesSerial steps a large swarm on the real worker
// pool, with several workers on several threads, and serially, and
// compares the state hashes after every tick.
func TestWorkerPoolStepMatchesSerial(t *testing.T) {
	procs := max(4, runtime.GOMAXPROCS(0))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
	pool := parallel.NewPool(procs)
	defer pool.Close()
	if runtime.GOARCH != "wasm" && (pool.Workers() < 2 || runtime.GOMAXPROCS(0) < 2) {
		t.Fatalf("pool has %d workers at GOMAXPROCS %d, want 2 or more of each", pool.Workers(), runtime.GOMAXPROCS(0))
	}
	opts := Options{Seed: 21, StartHazards: 5*swarmChunk + 123, Invulnerable: true}
	serial, par := NewRun(opts), NewRun(opts)
	par.SetParallel(pool.For)
	for i, in := range scriptedInputs(3, 300) {
		serial.Step(in)
		par.Step(in)
		if serial.Hash() != par.Hash() {
			t.Fatalf("tick %d: the pool's step diverged from the serial step", i+1)
		}
	}
	if serial.GameOver {
		t.Fatal("the run ended early; the test compared too few ticks")
	}
}
