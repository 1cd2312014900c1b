package game

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"swarmfield/engine/parallel"
	"swarmfield/engine/perf"
)

// BenchmarkSwarmTick measures one tick of a run with n hazards: the swarm
// step through the batch kernels, culling and the exact collision tests.
// It reports ns per hazard and the exact number of allocations per tick
// (mallocs/op), which is 0. The pool variants step the swarm on the worker
// pool: "pool" always in parallel, "calibrated" as the desktop game does
// when it has more than one thread, in parallel only where the pool's
// calibration for that swarm found it faster (then parallel/op is 1, else
// 0). In wasm the pool runs serially.
func BenchmarkSwarmTick(b *testing.B) {
	pool := parallel.NewPool(runtime.GOMAXPROCS(0))
	defer pool.Close()
	for _, n := range []int{1_000, 20_000, 200_000} {
		benchSwarmTick(b, fmt.Sprintf("hazards=%d", n), n, nil)
	}
	for _, n := range []int{20_000, 200_000} {
		benchSwarmTick(b, fmt.Sprintf("hazards=%d/pool", n), n, pool.For)
	}
	for _, n := range []int{20_000, 200_000} {
		calibrated := parallel.NewPool(runtime.GOMAXPROCS(0))
		step, chunk := SwarmStep(n)
		par := 0.0
		if calibrated.Calibrate(n, chunk, step) <= n {
			par = 1
		}
		benchSwarmTick(b, fmt.Sprintf("hazards=%d/calibrated", n), n, calibrated.For, func(b *testing.B) {
			b.ReportMetric(par, "parallel/op")
		})
		calibrated.Close()
	}
}

// benchSwarmTick runs one BenchmarkSwarmTick case; forEach nil is serial.
func benchSwarmTick(b *testing.B, name string, n int, forEach func(n, chunk int, fn func(lo, hi int)), report ...func(*testing.B)) {
	b.Run(name, func(b *testing.B) {
		r := NewRun(Options{Seed: 1, StartHazards: n, Invulnerable: true})
		r.SetParallel(forEach)
		inputs := [...]Input{PressUp | HoldUp, HoldUp, PressDown | HoldDown, HoldDown}
		i := 0
		if runtime.GOOS == "js" {
			// Let V8 optimise the tick before timing it, as math/'s
			// benchmarks do (math/internal/warm).
			for start := time.Now(); time.Since(start) < 200*time.Millisecond; i++ {
				r.Step(inputs[i/8%len(inputs)])
			}
		}
		b.ReportAllocs()
		b.ResetTimer()
		mallocs := perf.Mallocs(func() {
			for ; b.Loop(); i++ {
				r.Step(inputs[i/8%len(inputs)])
			}
		})
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/hazard")
		// allocs/op divides with integers; this is the exact count.
		b.ReportMetric(float64(mallocs)/float64(b.N), "mallocs/op")
		for _, f := range report {
			f(b)
		}
	})
}
