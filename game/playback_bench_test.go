package game

import (
	"testing"
	"time"
)

// BenchmarkReplay10Minutes replays ten minutes of play (36,000 ticks) as
// `-replay FILE -headless` does: a bot collecting orbs in a bench run, so
// that it lasts while the swarm grows to its normal cap of 300. It reports
// ns per tick and how many times faster than real time the replay runs.
func BenchmarkReplay10Minutes(b *testing.B) {
	const ticks = 10 * 60 * TicksPerSecond
	p := playRecorded(b, Options{Seed: 10, Invulnerable: true}, 10, ticks, "bench")
	if p.run.Tick != ticks || p.run.Hazards.Len() != MaxGrownHazards {
		b.Fatalf("the recorded run lasted %d ticks with %d hazards, want %d with %d", p.run.Tick, p.run.Hazards.Len(), ticks, MaxGrownHazards)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Verify(p.replay, nil); err != nil {
			b.Fatal(err)
		}
	}
	perRun := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perRun/ticks, "ns/tick")
	b.ReportMetric(float64(10*time.Minute)/perRun, "x-realtime")
}
