package perf

import (
	"time"
)

// TickBudget is the time one update may take at 60 ticks per second
// (16.67 ms). TickDone counts updates that take longer.
const TickBudget = time.Second / 60

// PauseWindow is how far back the worst GC pause in a Snapshot reaches.
// It matches the phase and frame windows: DefaultWindow samples are five
// seconds at 60 per second.
const PauseWindow = 5 * time.Second

// Phase identifies a named part of a tick or frame registered with
// Monitor.Phase.
type Phase int

// stamp is a point on the Monitor's monotonic clock, in nanoseconds since
// the Monitor was created.
type stamp int64

// Monitor collects a game's performance figures: per-phase durations,
// frame intervals, ticks over budget, rates, the game's own named gauges
// and counters, and runtime memory and GC figures.
//
// A Monitor is meant to be used from the game goroutine (Ebitengine's
// Update and Draw) and is not safe for concurrent use. Other goroutines
// and JavaScript callbacks should read a Snapshot copied there.
type Monitor struct {
	epoch  time.Time // carries the monotonic reading all Stamps count from
	phases []phaseEntry

	frame     *Histogram
	lastFrame stamp
	haveFrame bool

	ticks      Counter
	overBudget Counter
	fps, tps   Gauge
	slow       Gauge // 1 when slow, else 0

	figures []figureEntry // named gauges and counters

	rt runtimeStats
}

type phaseEntry struct {
	name  string
	hist  *Histogram
	start stamp // set by Begin
}

// NewMonitor returns a Monitor with no phases. Its runtime figures are
// zero until the first SampleRuntime: reading runtime/metrics the first
// time is slow in the browser, which compiles each wasm function on its
// first call, so a program can take that sample after its first frame.
func NewMonitor() *Monitor {
	m := &Monitor{
		epoch: time.Now(),
		frame: NewHistogram(DefaultWindow),
	}
	m.rt.init()
	return m
}

// Phase registers a named phase, such as "update" or "draw", and returns
// its handle; call it during setup. Registering a name again returns the
// handle it already has.
func (m *Monitor) Phase(name string) Phase {
	for i, e := range m.phases {
		if e.name == name {
			return Phase(i)
		}
	}
	m.phases = append(m.phases, phaseEntry{name: name, hist: NewHistogram(DefaultWindow)})
	return Phase(len(m.phases) - 1)
}

// PhaseName returns the name p was registered with, or "" if p is not a
// registered phase.
func (m *Monitor) PhaseName(p Phase) string {
	if uint(p) >= uint(len(m.phases)) {
		return ""
	}
	return m.phases[p].name
}

// PhaseHistogram returns the histogram of phase p's durations, or nil if
// p is not a registered phase.
func (m *Monitor) PhaseHistogram(p Phase) *Histogram {
	if uint(p) >= uint(len(m.phases)) {
		return nil
	}
	return m.phases[p].hist
}

// FrameHistogram returns the histogram of frame-to-frame intervals.
func (m *Monitor) FrameHistogram() *Histogram { return m.frame }

// now reads the monotonic clock. time.Since on a Time carrying a
// monotonic reading reads only that clock, which is cheaper than Now.
func (m *Monitor) now() stamp { return stamp(time.Since(m.epoch)) }

// Begin starts timing phase p; End finishes it. A phase is timed once at
// a time: a second Begin before End restarts it. An unregistered p is
// ignored.
func (m *Monitor) Begin(p Phase) {
	if uint(p) >= uint(len(m.phases)) {
		return
	}
	m.phases[p].start = m.now()
}

// End records the time since phase p's Begin in its histogram and returns
// it. An unregistered p is ignored and gives 0.
func (m *Monitor) End(p Phase) time.Duration {
	if uint(p) >= uint(len(m.phases)) {
		return 0
	}
	e := &m.phases[p]
	d := time.Duration(m.now() - e.start)
	e.hist.Record(d)
	return d
}

// FrameMark is called once per drawn frame; from the second call on it
// records the interval since the previous call.
func (m *Monitor) FrameMark() { m.markFrameAt(m.now()) }

func (m *Monitor) markFrameAt(now stamp) {
	if m.haveFrame {
		m.frame.Record(time.Duration(now - m.lastFrame))
	}
	m.lastFrame = now
	m.haveFrame = true
}

// TickDone is called at the end of every update with the time it took.
// It counts the tick, counts it as over budget if updateDur exceeds
// TickBudget, and closes the tick of every counter registered with
// Counter.
func (m *Monitor) TickDone(updateDur time.Duration) {
	m.ticks.Add(1)
	if updateDur > TickBudget {
		m.overBudget.Add(1)
	}
	m.closeCounters()
}

// SetRates stores the measured frame and tick rates, normally
// ebiten.ActualFPS and ebiten.ActualTPS.
func (m *Monitor) SetRates(fps, tps float64) {
	m.fps.Set(fps)
	m.tps.Set(tps)
}

// SetSlow stores whether the game runs slower than real time, as a
// game loop with a catch-up limit reports it.
func (m *Monitor) SetSlow(slow bool) {
	v := 0.0
	if slow {
		v = 1
	}
	m.slow.Set(v)
}
