package perf

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// busyMonitor returns a Monitor with four phases whose windows are full,
// two gauges and two counters, and a warmed-up Snapshot.
func busyMonitor() (*Monitor, *Snapshot) {
	m := NewMonitor()
	phases := []Phase{m.Phase("update"), m.Phase("physics"), m.Phase("ai"), m.Phase("draw")}
	m.Gauge("players", Summary).Set(2)
	m.Gauge("load", Hidden).Set(0.5)
	m.Counter("drawCalls", Details).Add(3)
	m.Counter("spawns", Summary).Add(1)
	for i := range DefaultWindow {
		for j, p := range phases {
			m.PhaseHistogram(p).Record(time.Duration(100+i*7+j*1000) * time.Microsecond)
		}
		m.markFrameAt(stamp(i) * stamp(16*time.Millisecond))
		m.TickDone(time.Millisecond)
	}
	s := new(Snapshot)
	m.Snapshot(s)
	return m, s
}

// mallocs returns the fewest heap allocations that n calls of f made in
// any of three tries, counted exactly (testing.AllocsPerRun rounds 0.98
// per call down to 0) with the collector off. The runtime allocates on
// its own now and then, for example for a new thread when a busy machine
// needs one; an allocation in f comes in every try.
func mallocs(n int, f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	var before, after runtime.MemStats
	fewest := uint64(math.MaxUint64)
	for range 3 {
		runtime.ReadMemStats(&before)
		for range n {
			f()
		}
		runtime.ReadMemStats(&after)
		fewest = min(fewest, after.Mallocs-before.Mallocs)
	}
	return fewest
}

func TestZeroAllocs(t *testing.T) {
	m, s := busyMonitor()
	p := Phase(1)
	players := m.Gauge("players", Summary)
	drawCalls := m.Counter("drawCalls", Details)
	h := NewHUDText()
	h.Update(s)
	other := *s
	other.Phases = append([]PhaseStats(nil), s.Phases...)
	for i := range other.Phases {
		other.Phases[i].P99Ms += 1
	}
	other.Gauges = append([]Figure(nil), s.Gauges...)
	other.Counters = append([]Figure(nil), s.Counters...)
	other.Gauges[0].Value = 999
	other.Counters[0].Value++
	other.FPS, other.HeapBytes, other.GCCycles = 30, 1<<30, 99
	other.Ticks++
	other.FrameWorstMs++
	other.GOMAXPROCS++
	h.Update(&other)
	flip := false
	var spark = make([]float32, 0, DefaultWindow)

	cases := []struct {
		name string
		f    func()
	}{
		{"Begin+End", func() { m.Begin(p); m.End(p) }},
		{"FrameMark", m.FrameMark},
		{"TickDone", func() { m.TickDone(time.Millisecond) }},
		{"Counter.Add", func() { drawCalls.Add(2) }},
		{"SetRates+Gauge.Set", func() { m.SetRates(60, 60); players.Set(3) }},
		{"Snapshot", func() { m.Begin(p); m.End(p); m.Snapshot(s) }},
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
		c.f() // warm up
		if n := mallocs(1000, c.f); n != 0 {
			t.Errorf("%s: %d allocations in 1000 calls, want 0", c.name, n)
		}
	}
}
