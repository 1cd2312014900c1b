package perf

import (
	"testing"
	"time"
)

// busyMonitor returns a Monitor with four phases whose windows are full,
// and a warmed-up Snapshot.
func busyMonitor() (*Monitor, *Snapshot) {
	m := NewMonitor()
	phases := []Phase{m.Phase("update"), m.Phase("swarm"), m.Phase("collide"), m.Phase("draw")}
	for i := range DefaultWindow {
		for j, p := range phases {
			m.Record(p, time.Duration(100+i*7+j*1000)*time.Microsecond)
		}
		m.markFrameAt(Stamp(i) * Stamp(16*time.Millisecond))
		m.TickDone(time.Millisecond)
	}
	s := new(Snapshot)
	m.Snapshot(s)
	return m, s
}

func TestZeroAllocs(t *testing.T) {
	m, s := busyMonitor()
	p := Phase(1)
	h := NewHUDText()
	h.Update(s)
	other := *s
	other.Phases = append([]PhaseStats(nil), s.Phases...)
	for i := range other.Phases {
		other.Phases[i].P99Ms += 1
	}
	other.FPS, other.Hazards, other.HeapBytes, other.GCCycles = 30, 999, 1<<30, 99
	other.Ticks++
	other.CollisionCandidates++
	other.FrameWorstMs++
	other.GOMAXPROCS++
	h.Update(&other)
	flip := false
	var spark []float32 = make([]float32, 0, DefaultWindow)

	cases := []struct {
		name string
		f    func()
	}{
		{"Record", func() { m.Record(p, time.Millisecond) }},
		{"Begin+End", func() { m.End(p, m.Begin(p)) }},
		{"FrameMark", m.FrameMark},
		{"TickDone", func() { m.TickDone(time.Millisecond) }},
		{"AddCollisionStats", func() { m.AddCollisionStats(3, 2) }},
		{"SetRates+SetEntities", func() { m.SetRates(60, 60); m.SetEntities(1, 2, 3) }},
		{"Snapshot", func() { m.Record(p, time.Millisecond); m.Snapshot(s) }},
		{"SampleRuntime", m.SampleRuntime},
		{"Sparkline", func() { spark = m.Sparkline(spark[:0]) }},
		{"HUDText.Update unchanged", func() { h.Update(&other) }},
		{"HUDText.Update changed", func() {
			flip = !flip
			if flip {
				h.Update(s)
			} else {
				h.Update(&other)
			}
		}},
	}
	for _, c := range cases {
		if got := testing.AllocsPerRun(200, c.f); got != 0 {
			t.Errorf("%s: %v allocs per run, want 0", c.name, got)
		}
	}
}
