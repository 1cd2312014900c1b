package game

import (
	"testing"
	"time"

	"swarmfield/engine/perf"
)

// BenchmarkReplay10Minutes replays ten minutes of play (36,000 ticks) as
// `-replay FILE -headless` does: a bot collecting orbs in a bench run, so
// that it lasts while the swarm grows to its normal cap of 300. It reports
// ns per tick, how many times faster than real time the replay runs, and
// the exact number of allocations in the 36,000 ticks (tick-mallocs/op),
// which is 0; allocs/op is the setup of the replayed run.
func BenchmarkReplay10Minutes(b *testing.B) {
	const ticks = 10 * 60 * TicksPerSecond
	p := playRecorded(b, Options{Seed: 10, Invulnerable: true}, 10, ticks, "bench")
	if p.run.Tick != ticks || p.run.Hazards.Len() != MaxGrownHazards {
		b.Fatalf("the recorded run lasted %d ticks with %d hazards, want %d with %d", p.run.Tick, p.run.Hazards.Len(), ticks, MaxGrownHazards)
	}
	b.ReportAllocs()
	var tickMallocs uint64
	for b.Loop() {
		pb, err := NewPlayback(p.replay)
		if err != nil {
			b.Fatal(err)
		}
		tickMallocs += perf.Mallocs(func() {
			for pb.Step() {
			}
		})
		if err := pb.Err(); err != nil {
			b.Fatal(err)
		}
	}
	perRun := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perRun/ticks, "ns/tick")
	// allocs/op includes setting up the run; this counts the ticks alone.
	b.ReportMetric(float64(tickMallocs)/float64(b.N), "tick-mallocs/op")
	b.ReportMetric(float64(10*time.Minute)/perRun, "x-realtime")
}

// BenchmarkViewer16x measures what the replay viewer's update costs at
// 16x speed with the swarm at its cap of 300 hazards: 16 Playback.Step
// calls a frame. `make bench` runs it under wasm too, where it must stay
// well within a frame's budget at 60 Hz; it reports ns per frame and the
// share of that 16.7 ms budget (%budget).
func BenchmarkViewer16x(b *testing.B) {
	const ticks = 60 * TicksPerSecond
	p := playRecorded(b, Options{Seed: 16, StartHazards: MaxGrownHazards, Invulnerable: true}, 16, ticks, "bench")
	if p.run.Tick != ticks || p.run.Hazards.Len() != MaxGrownHazards {
		b.Fatalf("the recorded run lasted %d ticks with %d hazards, want %d with %d", p.run.Tick, p.run.Hazards.Len(), ticks, MaxGrownHazards)
	}
	var pb *Playback
	for b.Loop() {
		if pb == nil || pb.Done() {
			b.StopTimer()
			var err error
			if pb, err = NewPlayback(p.replay); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
		for range 16 {
			pb.Step()
		}
	}
	if err := pb.Err(); err != nil {
		b.Fatal(err)
	}
	perFrame := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perFrame, "ns/frame")
	b.ReportMetric(100*perFrame/(float64(time.Second)/TicksPerSecond), "%budget")
}
