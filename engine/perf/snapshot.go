package perf

import (
	"runtime"
	"time"
)

// PhaseStats summarises one phase's durations over its window, in
// milliseconds.
type PhaseStats struct {
	Name  string  `json:"name"`
	P50Ms float64 `json:"p50Ms"`
	P95Ms float64 `json:"p95Ms"`
	P99Ms float64 `json:"p99Ms"`
	MaxMs float64 `json:"maxMs"`
}

// Snapshot is a copy of every figure a Monitor tracks, filled by
// Monitor.Snapshot. Percentiles are nearest-rank over the last
// DefaultWindow samples (about five seconds at 60 Hz). Its JSON form is
// what the browser's window.swarmfield.metrics() and the desktop perf log
// expose.
type Snapshot struct {
	// FPS and TPS are the rates last given to SetRates.
	FPS float64 `json:"fps"`
	TPS float64 `json:"tps"`

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

	// Entity counts last given to SetEntities.
	Hazards   int `json:"hazards"`
	Orbs      int `json:"orbs"`
	Particles int `json:"particles"`

	// Collision work of the last tick closed by TickDone.
	CollisionCandidates int `json:"collisionCandidates"`
	CollisionTests      int `json:"collisionTests"`

	// GOMAXPROCS is the runtime's processor limit (1 under js/wasm).
	GOMAXPROCS int `json:"gomaxprocs"`
	// Platform is "wasm" in the browser (or any wasm port) and "native"
	// otherwise.
	Platform string `json:"platform"`
}

// platformName is the value of Snapshot.Platform for this build.
var platformName = platform()

func platform() string {
	if runtime.GOARCH == "wasm" {
		return "wasm"
	}
	return "native"
}

// Snapshot fills s with the Monitor's current figures. It reuses
// s.Phases, so it allocates only when s.Phases is shorter than the number
// of phases (the first call on a fresh Snapshot).
func (m *Monitor) Snapshot(s *Snapshot) {
	s.FPS = m.fps.Value()
	s.TPS = m.tps.Value()

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

	s.Hazards, s.Orbs, s.Particles = m.hazards, m.orbs, m.particles
	s.CollisionCandidates, s.CollisionTests = m.lastCandidates, m.lastTests

	s.GOMAXPROCS = m.rt.gomaxprocs
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
