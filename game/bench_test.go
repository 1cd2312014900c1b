package game

import (
	"fmt"
	"testing"
)

// BenchmarkSwarmTick measures one tick of a run with n hazards: the swarm
// step through the batch kernels, culling and the exact collision tests.
// It reports ns per hazard.
func BenchmarkSwarmTick(b *testing.B) {
	for _, n := range []int{1_000, 20_000, 200_000} {
		b.Run(fmt.Sprintf("hazards=%d", n), func(b *testing.B) {
			r := NewRun(Options{Seed: 1, StartHazards: n, Invulnerable: true})
			inputs := [...]Input{PressUp | HoldUp, HoldUp, PressDown | HoldDown, HoldDown}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				r.Step(inputs[i/8%len(inputs)])
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/hazard")
		})
	}
}
