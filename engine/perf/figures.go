package perf

// Placement says where HUDText shows a named gauge or counter.
type Placement uint8

// The places a named figure can have in the HUD text.
const (
	// Hidden figures appear only in Snapshots.
	Hidden Placement = iota
	// Summary figures follow FPS and TPS on the always-on summary line.
	Summary
	// Details figures share the last line of the details.
	Details
)

// Figure is the value of a named gauge or counter in a Snapshot.
type Figure struct {
	Name  string    // the name it was registered with
	Value float64   // a gauge's latest value or a counter's count
	Show  Placement // where HUDText shows it
}

// figureEntry is a registered gauge or, if c is set, counter.
type figureEntry struct {
	name string
	show Placement
	g    *Gauge
	c    *Counter
	last int64 // a counter's count in the last tick closed by TickDone
}

// figure returns the registered gauge or counter named name, registering
// it with show if there is none.
func (m *Monitor) figure(name string, counter bool, show Placement) *figureEntry {
	for i := range m.figures {
		if e := &m.figures[i]; e.name == name && (e.c != nil) == counter {
			return e
		}
	}
	e := figureEntry{name: name, show: show}
	if counter {
		e.c = new(Counter)
	} else {
		e.g = new(Gauge)
	}
	m.figures = append(m.figures, e)
	return &m.figures[len(m.figures)-1]
}

// Gauge registers a gauge named name, shown in the HUD text as show says,
// and returns it: Set it whenever the measured value changes, and
// Snapshots report the latest value. Call it during setup; registering a
// name again returns the gauge it already has, keeping its placement.
func (m *Monitor) Gauge(name string, show Placement) *Gauge {
	return m.figure(name, false, show).g
}

// Counter registers a per-tick counter named name, shown in the HUD text
// as show says, and returns it: Add to it during a tick, and Snapshots
// report the count of the last tick that TickDone closed. Call it during
// setup; registering a name again returns the counter it already has,
// keeping its placement.
func (m *Monitor) Counter(name string, show Placement) *Counter {
	return m.figure(name, true, show).c
}

// closeCounters ends the tick of every counter.
func (m *Monitor) closeCounters() {
	for i := range m.figures {
		if e := &m.figures[i]; e.c != nil {
			e.last = e.c.v.Swap(0)
		}
	}
}

// snapshotFigures fills s.Gauges and s.Counters, reusing their arrays.
func (m *Monitor) snapshotFigures(s *Snapshot) {
	s.Gauges, s.Counters = s.Gauges[:0], s.Counters[:0]
	for _, e := range m.figures {
		if e.c != nil {
			s.Counters = append(s.Counters, Figure{Name: e.name, Value: float64(e.last), Show: e.show})
		} else {
			s.Gauges = append(s.Gauges, Figure{Name: e.name, Value: e.g.Value(), Show: e.show})
		}
	}
}
