package perf

import (
	"testing"
	"time"
)

func BenchmarkHistogramRecord(b *testing.B) {
	h := NewHistogram(DefaultWindow)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		h.Record(time.Duration(i&1023) * time.Microsecond)
	}
}

// BenchmarkHistogramPercentile is one new sample followed by the three
// percentiles Snapshot asks for: the incremental path.
func BenchmarkHistogramPercentile(b *testing.B) {
	h := NewHistogram(DefaultWindow)
	for i := range DefaultWindow {
		h.Record(time.Duration(i*7919%1000) * time.Microsecond)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		h.Record(time.Duration(i*7919%1000) * time.Microsecond)
		h.Percentile(50)
		h.Percentile(95)
		h.Percentile(99)
	}
}

// BenchmarkHistogramPercentileFullSort refills the whole window between
// queries, forcing a full sort.
func BenchmarkHistogramPercentileFullSort(b *testing.B) {
	h := NewHistogram(DefaultWindow)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for j := range DefaultWindow {
			h.Record(time.Duration((i+j)*7919%1000) * time.Microsecond)
		}
		h.Percentile(99)
	}
}

func BenchmarkMonitorEnd(b *testing.B) {
	m := NewMonitor()
	p := m.Phase("update")
	m.Begin(p)
	b.ReportAllocs()
	for b.Loop() {
		m.End(p)
	}
}

func BenchmarkMonitorBeginEnd(b *testing.B) {
	m := NewMonitor()
	p := m.Phase("update")
	b.ReportAllocs()
	for b.Loop() {
		m.Begin(p)
		m.End(p)
	}
}

func BenchmarkMonitorFrameMark(b *testing.B) {
	m := NewMonitor()
	b.ReportAllocs()
	for b.Loop() {
		m.FrameMark()
	}
}

func BenchmarkMonitorTickDone(b *testing.B) {
	m := NewMonitor()
	c := m.Counter("drawCalls", Details)
	b.ReportAllocs()
	for b.Loop() {
		c.Add(100)
		m.TickDone(time.Millisecond)
	}
}

// BenchmarkMonitorSnapshot is one frame's worth: a new sample in each of
// four phases and the frame histogram, then a Snapshot.
func BenchmarkMonitorSnapshot(b *testing.B) {
	m, s := busyMonitor()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for p := range Phase(4) {
			m.PhaseHistogram(p).Record(time.Duration(i*7919%5000) * time.Microsecond)
		}
		m.markFrameAt(stamp(DefaultWindow+i) * stamp(16*time.Millisecond))
		m.Snapshot(s)
	}
}

func BenchmarkMonitorSampleRuntime(b *testing.B) {
	m := NewMonitor()
	b.ReportAllocs()
	for b.Loop() {
		m.SampleRuntime()
	}
}

func BenchmarkHUDTextUpdateUnchanged(b *testing.B) {
	_, s := busyMonitor()
	h := NewHUDText()
	h.Update(s)
	b.ReportAllocs()
	for b.Loop() {
		h.Update(s)
	}
}

// BenchmarkHUDTextUpdateChanged alternates between two snapshots that
// differ in every shown value, so every line is rebuilt each time.
func BenchmarkHUDTextUpdateChanged(b *testing.B) {
	_, s := busyMonitor()
	other := *s
	other.Phases = append([]PhaseStats(nil), s.Phases...)
	for i := range other.Phases {
		other.Phases[i].P50Ms += 0.01
	}
	other.FPS, other.FrameP99Ms, other.Ticks, other.HeapBytes = 59.9, 20.5, 1, 1<<20
	other.Gauges = append([]Figure(nil), s.Gauges...)
	other.Counters = append([]Figure(nil), s.Counters...)
	other.Gauges[0].Value, other.Counters[0].Value = 3, 9
	other.GCCycles, other.GOMAXPROCS = 7, 8
	h := NewHUDText()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if i&1 == 0 {
			h.Update(s)
		} else {
			h.Update(&other)
		}
	}
}

// BenchmarkMonitorClock is the clock read that Begin, End and FrameMark
// each make; End costs this plus a Record.
func BenchmarkMonitorClock(b *testing.B) {
	m := NewMonitor()
	var s stamp
	for b.Loop() {
		s += m.now()
	}
	_ = s
}
