package perf

import (
	"encoding/json"
	"runtime"
	"time"
)

// PhaseStats summarises one phase's durations over its window, in
// milliseconds.
type PhaseStats struct {
	Name  string  `json:"-"`
	P50Ms float64 `json:"p50Ms"`
	P95Ms float64 `json:"p95Ms"`
	P99Ms float64 `json:"p99Ms"`
	MaxMs float64 `json:"maxMs"`
}

// Snapshot is a copy of every figure a Monitor tracks, filled by
// Monitor.Snapshot. Percentiles are nearest-rank over the last
// DefaultWindow samples (about five seconds at 60 Hz). MarshalJSON gives
// its one JSON form, for logs and pages.
type Snapshot struct {
	// FPS and TPS are the rates last given to SetRates.
	FPS float64 `json:"fps"`
	TPS float64 `json:"tps"`
	// Slow is the flag last given to SetSlow: the game runs slower than
	// real time, because frames come too slowly for its tick rate.
	Slow bool `json:"slow"`

	// Phases holds one entry per registered phase, in registration order.
	Phases []PhaseStats `json:"phases"`

	// Frame-to-frame intervals recorded by FrameMark.
	FrameP50Ms   float64 `json:"frameP50Ms"`
	FrameP99Ms   float64 `json:"frameP99Ms"`
	FrameWorstMs float64 `json:"frameWorstMs"`

	// Ticks counts TickDone calls; TicksOverBudget those over TickBudget.
	Ticks           int64 `json:"ticks"`
	TicksOverBudget int64 `json:"ticksOverBudget"`

	// Figures from the last SampleRuntime.
	HeapBytes      uint64  `json:"heapBytes"`
	AllocsPerTick  float64 `json:"allocsPerTick"`
	GCCycles       uint64  `json:"gcCycles"`
	GCPauseLastMs  float64 `json:"gcPauseLastMs"`
	GCPauseWorstMs float64 `json:"gcPauseWorstMs"`

	// Gauges holds the latest value of every gauge registered with
	// Monitor.Gauge, and Counters the count of every counter registered
	// with Monitor.Counter in the last tick closed by TickDone, both in
	// registration order.
	Gauges   []Figure `json:"gauges"`
	Counters []Figure `json:"counters"`

	// GOMAXPROCS is the runtime's processor limit (1 under js/wasm), and
	// NumCPU the logical CPUs the process can use.
	GOMAXPROCS int `json:"gomaxprocs"`
	NumCPU     int `json:"numCPU"`
	// Platform is "wasm" in the browser (or any wasm port) and "native"
	// otherwise.
	Platform string `json:"platform"`
}

// platformName is the value of Snapshot.Platform for this build.
var platformName = platform()

// numCPU is the value of Snapshot.NumCPU, which the runtime reads once at
// start-up.
var numCPU = runtime.NumCPU()

func platform() string {
	if runtime.GOARCH == "wasm" {
		return "wasm"
	}
	return "native"
}

// MarshalJSON encodes s as one JSON object with the keys of its field
// tags, where "phases", "gauges" and "counters" are objects keyed by name:
//
//	{"fps": 60, "phases": {"update": {"p50Ms": 0.1, ...}, ...},
//	 "gauges": {"players": 2}, "counters": {"drawCalls": 3}, ...}
func (s Snapshot) MarshalJSON() ([]byte, error) {
	type fields Snapshot // Snapshot's fields without this method
	phases := make(map[string]PhaseStats, len(s.Phases))
	for _, p := range s.Phases {
		phases[p.Name] = p
	}
	return json.Marshal(struct {
		fields
		Phases   map[string]PhaseStats `json:"phases"`
		Gauges   map[string]float64    `json:"gauges"`
		Counters map[string]float64    `json:"counters"`
	}{fields(s), phases, byName(s.Gauges), byName(s.Counters)})
}

// byName maps each figure's name to its value.
func byName(figs []Figure) map[string]float64 {
	m := make(map[string]float64, len(figs))
	for _, f := range figs {
		m[f.Name] = f.Value
	}
	return m
}

// Snapshot fills s with the Monitor's current figures. It reuses s.Phases,
// s.Gauges and s.Counters, so it allocates only when one of them is
// shorter than what it must hold (the first call on a fresh Snapshot).
func (m *Monitor) Snapshot(s *Snapshot) {
	s.FPS = m.fps.Value()
	s.TPS = m.tps.Value()
	s.Slow = m.slow.Value() != 0

	if cap(s.Phases) < len(m.phases) {
		s.Phases = make([]PhaseStats, len(m.phases))
	}
	s.Phases = s.Phases[:len(m.phases)]
	for i, e := range m.phases {
		h := e.hist
		s.Phases[i] = PhaseStats{
			Name:  e.name,
			P50Ms: ms(h.Percentile(50)),
			P95Ms: ms(h.Percentile(95)),
			P99Ms: ms(h.Percentile(99)),
			MaxMs: ms(h.Percentile(100)),
		}
	}

	s.FrameP50Ms = ms(m.frame.Percentile(50))
	s.FrameP99Ms = ms(m.frame.Percentile(99))
	s.FrameWorstMs = ms(m.frame.Percentile(100))

	s.Ticks = m.ticks.Value()
	s.TicksOverBudget = m.overBudget.Value()

	s.HeapBytes = m.rt.heapBytes
	s.AllocsPerTick = m.rt.allocsPerTick
	s.GCCycles = m.rt.gcCycles
	s.GCPauseLastMs = ms(m.rt.pauseLast)
	s.GCPauseWorstMs = ms(m.rt.pauseWorst)

	m.snapshotFigures(s)

	s.GOMAXPROCS = m.rt.gomaxprocs
	s.NumCPU = numCPU
	s.Platform = platformName
}

// BudgetMs is TickBudget in milliseconds, for the line drawn across the
// frame-time sparkline.
const BudgetMs = float64(TickBudget) / float64(time.Millisecond)

// Sparkline appends the frame intervals in the window (the last
// DefaultWindow frames, about five seconds), oldest first, in
// milliseconds, to dst and returns the extended slice. It allocates only
// if dst lacks capacity.
func (m *Monitor) Sparkline(dst []float32) []float32 {
	a, b := m.frame.windowParts()
	for _, d := range a {
		dst = append(dst, float32(ms(d)))
	}
	for _, d := range b {
		dst = append(dst, float32(ms(d)))
	}
	return dst
}

// ms converts d to milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
