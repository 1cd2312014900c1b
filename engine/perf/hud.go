package perf

import "strconv"

// The detail lines that follow the per-phase lines, by offset.
const (
	detailFrame = iota
	detailTicks
	detailMemory
	detailGC
	detailCollision
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
//   - the summary, always shown: "FPS 60.0  TPS 60.0  hazards 123  orbs 3"
//   - the details (the F3 overlay): one line per phase
//     ("update  p50 0.12  p95 0.20  p99 0.31 ms"), then the frame
//     interval, ticks and ticks over budget, heap and allocations per
//     tick, GC cycles and pauses, collision work, and GOMAXPROCS with the
//     platform.
//
// The zero value is not ready; use NewHUDText. The returned slices are
// valid until the next Update, which may rewrite them in place.
type HUDText struct {
	summary []byte
	details [][]byte
	lines   [][]byte // summary then details, for Lines

	shown     Snapshot // the values the lines show; owns shown.Phases
	nameWidth int
	built     bool
}

// NewHUDText returns a HUDText whose lines are empty until the first
// Update.
func NewHUDText() *HUDText {
	t := &HUDText{summary: make([]byte, 0, lineCap)}
	t.resize(0)
	return t
}

// Summary returns the always-on line.
func (t *HUDText) Summary() []byte { return t.summary }

// Details returns the F3 detail lines: one per phase, then the fixed ones.
func (t *HUDText) Details() [][]byte { return t.details }

// Lines returns the summary followed by the detail lines.
func (t *HUDText) Lines() [][]byte { return t.lines }

// resize sets up line buffers for phases phase lines.
func (t *HUDText) resize(phases int) {
	n := phases + numFixedDetails
	for len(t.details) < n {
		t.details = append(t.details, make([]byte, 0, lineCap))
	}
	t.details = t.details[:n]
	t.lines = append(t.lines[:0], t.summary)
	t.lines = append(t.lines, t.details...)
}

// Update rebuilds the lines whose values differ from those in s and
// reports whether any line changed. It allocates only when the number of
// phases changes or a line outgrows its buffer.
func (t *HUDText) Update(s *Snapshot) bool {
	all := !t.built
	if len(s.Phases) != len(t.shown.Phases) {
		t.resize(len(s.Phases))
		all = true
	}
	if w := nameWidth(s.Phases); w != t.nameWidth {
		t.nameWidth = w
		all = true
	}
	p := &t.shown
	changed := false

	if all || s.FPS != p.FPS || s.TPS != p.TPS || s.Hazards != p.Hazards || s.Orbs != p.Orbs {
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
	if all || s.CollisionCandidates != p.CollisionCandidates || s.CollisionTests != p.CollisionTests {
		t.setDetail(base+detailCollision, appendCollision(t.details[base+detailCollision][:0], s))
		changed = true
	}
	if all || s.GOMAXPROCS != p.GOMAXPROCS || s.Platform != p.Platform {
		t.setDetail(base+detailSystem, appendSystem(t.details[base+detailSystem][:0], s))
		changed = true
	}

	phases := p.Phases
	*p = *s
	p.Phases = append(phases[:0], s.Phases...)
	t.built = true
	return changed
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
	b = append(b, "  hazards "...)
	b = strconv.AppendInt(b, int64(s.Hazards), 10)
	b = append(b, "  orbs "...)
	return strconv.AppendInt(b, int64(s.Orbs), 10)
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

func appendCollision(b []byte, s *Snapshot) []byte {
	b = append(b, "collision candidates "...)
	b = strconv.AppendInt(b, int64(s.CollisionCandidates), 10)
	b = append(b, "  tests "...)
	return strconv.AppendInt(b, int64(s.CollisionTests), 10)
}

func appendSystem(b []byte, s *Snapshot) []byte {
	b = append(b, "GOMAXPROCS "...)
	b = strconv.AppendInt(b, int64(s.GOMAXPROCS), 10)
	b = append(b, "  "...)
	return append(b, s.Platform...)
}

// appendMs appends a millisecond figure with two decimals.
func appendMs(b []byte, v float64) []byte { return appendFixed(b, v, 2) }
