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
	Name  string
	Value float64
	Show  Placement
}

type gaugeEntry struct {
	name string
	show Placement
	g    *Gauge
}

type counterEntry struct {
	name string
	show Placement
	c    *Counter
	last int64 // the count of the last tick closed by TickDone
}

// Gauge registers a gauge named name, shown in the HUD text as show says,
// and returns it: Set it whenever the measured value changes, and
// Snapshots report the latest value. Call it during setup; registering a
// name again returns the gauge it already has, keeping its placement.
func (m *Monitor) Gauge(name string, show Placement) *Gauge {
	for _, e := range m.gauges {
		if e.name == name {
			return e.g
		}
	}
	g := new(Gauge)
	m.gauges = append(m.gauges, gaugeEntry{name: name, show: show, g: g})
	return g
}

// Counter registers a per-tick counter named name, shown in the HUD text
// as show says, and returns it: Add to it during a tick, and Snapshots
// report the count of the last tick that TickDone closed. Call it during
// setup; registering a name again returns the counter it already has,
// keeping its placement.
func (m *Monitor) Counter(name string, show Placement) *Counter {
	for _, e := range m.counters {
		if e.name == name {
			return e.c
		}
	}
	c := new(Counter)
	m.counters = append(m.counters, counterEntry{name: name, show: show, c: c})
	return c
}

// snapshotFigures fills s.Gauges and s.Counters, reusing their arrays.
func (m *Monitor) snapshotFigures(s *Snapshot) {
	s.Gauges = s.Gauges[:0]
	for _, e := range m.gauges {
		s.Gauges = append(s.Gauges, Figure{Name: e.name, Value: e.g.Value(), Show: e.show})
	}
	s.Counters = s.Counters[:0]
	for _, e := range m.counters {
		s.Counters = append(s.Counters, Figure{Name: e.name, Value: float64(e.last), Show: e.show})
	}
}
