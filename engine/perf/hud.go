package perf

import (
	"math"
	"strconv"
)

// The detail lines that follow the per-phase lines, by offset.
const (
	detailFrame = iota
	detailTicks
	detailMemory
	detailGC
	detailSystem
	numFixedDetails
)

// lineCap is the starting capacity of each line buffer, enough for every
// line with phase names up to about 40 bytes.
const lineCap = 96

// minNameWidth is the narrowest the name column of detail lines gets.
const minNameWidth = 6

// HUDText turns Snapshots into the HUD's text lines without allocating.
//
// It owns one byte buffer per line and rebuilds a line only when a value
// that line shows differs from the value it showed before. The lines are:
//
//   - the summary, always shown: "FPS 60.0  TPS 60.0", "  SLOW" when the
//     game runs slower than real time, then each gauge
//     and counter placed in the Summary ("  players 2")
//   - the details (an overlay the game shows on demand): one line per
//     phase ("update  p50 0.12  p95 0.20  p99 0.31 ms"), then the frame
//     interval, ticks and ticks over budget, heap and allocations per
//     tick, GC cycles and pauses, GOMAXPROCS with the platform, and, if
//     any gauge or counter is placed in the Details, a line of them
//     ("drawCalls 3  sprites 1200").
//
// The zero value is not ready; use NewHUDText. The returned slices are
// valid until the next Update, which may rewrite them in place.
type HUDText struct {
	summary []byte
	details [][]byte
	lines   [][]byte // summary then details, for Lines

	shown     Snapshot // the values the lines show; owns its slices
	nameWidth int
	figures   bool // whether the details end with a line of figures
	built     bool
}

// NewHUDText returns a HUDText whose lines are empty until the first
// Update.
func NewHUDText() *HUDText {
	t := &HUDText{summary: make([]byte, 0, lineCap)}
	t.resize(0, false)
	return t
}

// Summary returns the always-on line.
func (t *HUDText) Summary() []byte { return t.summary }

// Details returns the detail lines: one per phase, then the fixed ones.
func (t *HUDText) Details() [][]byte { return t.details }

// Lines returns the summary followed by the detail lines.
func (t *HUDText) Lines() [][]byte { return t.lines }

// resize sets up line buffers for phases phase lines and, if figures is
// set, the line of figures placed in the Details.
func (t *HUDText) resize(phases int, figures bool) {
	n := phases + numFixedDetails
	if figures {
		n++
	}
	for len(t.details) < n {
		t.details = append(t.details, make([]byte, 0, lineCap))
	}
	t.details = t.details[:n]
	t.lines = append(t.lines[:0], t.summary)
	t.lines = append(t.lines, t.details...)
}

// Update rebuilds the lines whose values differ from those in s and
// reports whether any line changed. It allocates only when the number of
// phases, gauges or counters changes or a line outgrows its buffer.
func (t *HUDText) Update(s *Snapshot) bool {
	all := !t.built
	figures := placed(s.Gauges, Details) || placed(s.Counters, Details)
	if len(s.Phases) != len(t.shown.Phases) || len(s.Gauges) != len(t.shown.Gauges) ||
		len(s.Counters) != len(t.shown.Counters) || figures != t.figures {
		t.resize(len(s.Phases), figures)
		t.figures = figures
		all = true
	}
	if w := nameWidth(s.Phases); w != t.nameWidth {
		t.nameWidth = w
		all = true
	}
	p := &t.shown
	changed := false

	if all || s.FPS != p.FPS || s.TPS != p.TPS || s.Slow != p.Slow || differ(s, p, Summary) {
		t.summary = appendSummary(t.summary[:0], s)
		t.lines[0] = t.summary
		changed = true
	}
	for i := range s.Phases {
		if all || s.Phases[i] != p.Phases[i] {
			ph := &s.Phases[i]
			t.setDetail(i, appendPercentiles(t.padded(t.details[i][:0], ph.Name), ph.P50Ms, ph.P95Ms, ph.P99Ms))
			changed = true
		}
	}
	base := len(s.Phases)
	if all || s.FrameP50Ms != p.FrameP50Ms || s.FrameP99Ms != p.FrameP99Ms || s.FrameWorstMs != p.FrameWorstMs {
		t.setDetail(base+detailFrame, t.appendFrame(t.details[base+detailFrame][:0], s))
		changed = true
	}
	if all || s.Ticks != p.Ticks || s.TicksOverBudget != p.TicksOverBudget {
		t.setDetail(base+detailTicks, appendTicks(t.details[base+detailTicks][:0], s))
		changed = true
	}
	if all || s.HeapBytes != p.HeapBytes || s.AllocsPerTick != p.AllocsPerTick {
		t.setDetail(base+detailMemory, appendMemory(t.details[base+detailMemory][:0], s))
		changed = true
	}
	if all || s.GCCycles != p.GCCycles || s.GCPauseLastMs != p.GCPauseLastMs || s.GCPauseWorstMs != p.GCPauseWorstMs {
		t.setDetail(base+detailGC, appendGC(t.details[base+detailGC][:0], s))
		changed = true
	}
	if all || s.GOMAXPROCS != p.GOMAXPROCS || s.Platform != p.Platform {
		t.setDetail(base+detailSystem, appendSystem(t.details[base+detailSystem][:0], s))
		changed = true
	}
	if i := base + numFixedDetails; figures && (all || differ(s, p, Details)) {
		b := appendFigures(t.details[i][:0], s.Gauges, Details)
		t.setDetail(i, appendFigures(b, s.Counters, Details))
		changed = true
	}

	phases, gauges, counters := p.Phases, p.Gauges, p.Counters
	*p = *s
	p.Phases = append(phases[:0], s.Phases...)
	p.Gauges = append(gauges[:0], s.Gauges...)
	p.Counters = append(counters[:0], s.Counters...)
	t.built = true
	return changed
}

// placed reports whether any of figs is placed at show.
func placed(figs []Figure, show Placement) bool {
	for i := range figs {
		if figs[i].Show == show {
			return true
		}
	}
	return false
}

// differ reports whether a gauge or counter placed at show has a value in
// s other than in p; both have the same figures.
func differ(s, p *Snapshot, show Placement) bool {
	for i, f := range s.Gauges {
		if f.Show == show && f != p.Gauges[i] {
			return true
		}
	}
	for i, f := range s.Counters {
		if f.Show == show && f != p.Counters[i] {
			return true
		}
	}
	return false
}

// setDetail stores a rebuilt detail line, which may have a new backing
// array if it outgrew the old one.
func (t *HUDText) setDetail(i int, line []byte) {
	t.details[i] = line
	t.lines[1+i] = line
}

// nameWidth returns the width of the name column for phases.
func nameWidth(phases []PhaseStats) int {
	w := minNameWidth
	for i := range phases {
		w = max(w, len(phases[i].Name))
	}
	return w
}

// padded appends name left-aligned in the name column, then two spaces.
func (t *HUDText) padded(b []byte, name string) []byte {
	b = append(b, name...)
	for i := len(name); i < t.nameWidth+2; i++ {
		b = append(b, ' ')
	}
	return b
}

func appendSummary(b []byte, s *Snapshot) []byte {
	b = append(b, "FPS "...)
	b = appendFixed(b, s.FPS, 1)
	b = append(b, "  TPS "...)
	b = appendFixed(b, s.TPS, 1)
	if s.Slow {
		b = append(b, "  SLOW"...)
	}
	b = appendFigures(b, s.Gauges, Summary)
	return appendFigures(b, s.Counters, Summary)
}

// appendFigures appends "name value" for each of figs placed at show,
// each after two spaces unless b is empty. Whole values have no decimals,
// others two.
func appendFigures(b []byte, figs []Figure, show Placement) []byte {
	for i := range figs {
		f := &figs[i]
		if f.Show != show {
			continue
		}
		if len(b) > 0 {
			b = append(b, "  "...)
		}
		b = append(b, f.Name...)
		b = append(b, ' ')
		decimals := 2
		if f.Value == math.Trunc(f.Value) {
			decimals = 0
		}
		b = appendFixed(b, f.Value, decimals)
	}
	return b
}

func appendPercentiles(b []byte, p50, p95, p99 float64) []byte {
	b = append(b, "p50 "...)
	b = appendMs(b, p50)
	b = append(b, "  p95 "...)
	b = appendMs(b, p95)
	b = append(b, "  p99 "...)
	b = appendMs(b, p99)
	return append(b, " ms"...)
}

func (t *HUDText) appendFrame(b []byte, s *Snapshot) []byte {
	b = t.padded(b, "frame")
	b = append(b, "p50 "...)
	b = appendMs(b, s.FrameP50Ms)
	b = append(b, "  p99 "...)
	b = appendMs(b, s.FrameP99Ms)
	b = append(b, "  worst "...)
	b = appendMs(b, s.FrameWorstMs)
	return append(b, " ms"...)
}

func appendTicks(b []byte, s *Snapshot) []byte {
	b = append(b, "ticks "...)
	b = strconv.AppendInt(b, s.Ticks, 10)
	b = append(b, "  over budget "...)
	return strconv.AppendInt(b, s.TicksOverBudget, 10)
}

func appendMemory(b []byte, s *Snapshot) []byte {
	b = append(b, "heap "...)
	b = appendFixed(b, float64(s.HeapBytes)/(1<<20), 1)
	b = append(b, " MB  allocs/tick "...)
	return appendFixed(b, s.AllocsPerTick, 1)
}

func appendGC(b []byte, s *Snapshot) []byte {
	b = append(b, "GC "...)
	b = strconv.AppendUint(b, s.GCCycles, 10)
	b = append(b, " cycles  pause last "...)
	b = appendMs(b, s.GCPauseLastMs)
	b = append(b, "  worst "...)
	b = appendMs(b, s.GCPauseWorstMs)
	return append(b, " ms"...)
}

func appendSystem(b []byte, s *Snapshot) []byte {
	b = append(b, "GOMAXPROCS "...)
	b = strconv.AppendInt(b, int64(s.GOMAXPROCS), 10)
	b = append(b, "  "...)
	return append(b, s.Platform...)
}

// appendMs appends a millisecond figure with two decimals.
func appendMs(b []byte, v float64) []byte { return appendFixed(b, v, 2) }
