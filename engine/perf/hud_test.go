package perf

import (
	"strings"
	"testing"
)

func hudSnapshot() *Snapshot {
	return &Snapshot{
		FPS: 60, TPS: 59.94,
		Phases: []PhaseStats{
			{Name: "update", P50Ms: 0.12, P95Ms: 0.2, P99Ms: 0.314},
			{Name: "physics", P50Ms: 1.5, P95Ms: 2.25, P99Ms: 10},
		},
		FrameP50Ms: 16.67, FrameP99Ms: 17.02, FrameWorstMs: 33.4,
		Ticks: 12345, TicksOverBudget: 3,
		HeapBytes: 12 << 20, AllocsPerTick: 0.25,
		GCCycles: 12, GCPauseLastMs: 0.12, GCPauseWorstMs: 0.456,
		Gauges: []Figure{
			{Name: "players", Value: 123, Show: Summary},
			{Name: "load", Value: 0.5, Show: Hidden},
			{Name: "sprites", Value: 1234, Show: Details},
		},
		Counters: []Figure{
			{Name: "spawns", Value: 3, Show: Summary},
			{Name: "drawCalls", Value: 5.25, Show: Details},
		},
		GOMAXPROCS: 2, Platform: "native",
	}
}

func linesText(lines [][]byte) string {
	var b strings.Builder
	for _, l := range lines {
		b.Write(l)
		b.WriteByte('\n')
	}
	return b.String()
}

func TestHUDTextLines(t *testing.T) {
	h := NewHUDText()
	if !h.Update(hudSnapshot()) {
		t.Fatal("first Update reported no change")
	}
	want := "FPS 60.0  TPS 59.9  players 123  spawns 3\n" +
		"update   p50 0.12  p95 0.20  p99 0.31 ms\n" +
		"physics  p50 1.50  p95 2.25  p99 10.00 ms\n" +
		"frame    p50 16.67  p99 17.02  worst 33.40 ms\n" +
		"ticks 12345  over budget 3\n" +
		"heap 12.0 MB  allocs/tick 0.3\n" +
		"GC 12 cycles  pause last 0.12  worst 0.46 ms\n" +
		"GOMAXPROCS 2  native\n" +
		"sprites 1234  drawCalls 5.25\n"
	if got := linesText(h.Lines()); got != want {
		t.Fatalf("Lines:\n%s\nwant:\n%s", got, want)
	}
	if got := string(h.Summary()); got != "FPS 60.0  TPS 59.9  players 123  spawns 3" {
		t.Fatalf("Summary = %q", got)
	}
	if got, want := linesText(h.Details()), want[strings.IndexByte(want, '\n')+1:]; got != want {
		t.Fatalf("Details:\n%s\nwant:\n%s", got, want)
	}
}

// TestHUDTextSlow checks that the summary says SLOW while the game runs
// slower than real time, and stops saying it after.
func TestHUDTextSlow(t *testing.T) {
	h := NewHUDText()
	s := hudSnapshot()
	s.Slow = true
	h.Update(s)
	if got := string(h.Summary()); got != "FPS 60.0  TPS 59.9  SLOW  players 123  spawns 3" {
		t.Fatalf("slow: Summary = %q", got)
	}
	s.Slow = false
	if !h.Update(s) {
		t.Fatal("Update after the game caught up reported no change")
	}
	if got := string(h.Summary()); got != "FPS 60.0  TPS 59.9  players 123  spawns 3" {
		t.Fatalf("caught up: Summary = %q", got)
	}
}

func TestHUDTextRebuildsOnlyChangedLines(t *testing.T) {
	h := NewHUDText()
	s := hudSnapshot()
	h.Update(s)
	if h.Update(s) {
		t.Fatal("Update with unchanged values reported a change")
	}

	// Mark every detail line; a line that is not rebuilt keeps its mark.
	for _, l := range h.Details() {
		l[0] = '#'
	}
	s.Gauges[1].Value = 0.75 // hidden: changes nothing
	if h.Update(s) {
		t.Fatal("Update after a hidden gauge changed reported a change")
	}
	s.Gauges[0].Value = 124
	if !h.Update(s) {
		t.Fatal("Update after a summary gauge changed reported no change")
	}
	if got := string(h.Summary()); got != "FPS 60.0  TPS 59.9  players 124  spawns 3" {
		t.Fatalf("Summary = %q", got)
	}
	for i, l := range h.Details() {
		if l[0] != '#' {
			t.Fatalf("detail line %d %q was rebuilt though its values did not change", i, l)
		}
	}

	s.Phases[1].P99Ms = 9.5
	s.GCCycles = 13
	h.Update(s)
	rebuilt := map[int]string{1: "physics  p50 1.50  p95 2.25  p99 9.50 ms", 5: "GC 13 cycles  pause last 0.12  worst 0.46 ms"}
	for i, l := range h.Details() {
		if want, ok := rebuilt[i]; ok {
			if string(l) != want {
				t.Errorf("detail line %d = %q, want %q", i, l, want)
			}
		} else if l[0] != '#' {
			t.Errorf("detail line %d %q was rebuilt", i, l)
		}
	}
	if lines := h.Lines(); string(lines[2]) != rebuilt[1] {
		t.Errorf("Lines()[2] = %q, want it to match Details()[1]", lines[2])
	}

	// Copies are compared, not the caller's slices: mutating s.Phases and
	// s.Counters in place and updating again is detected.
	s.Phases[0].P50Ms = 0.13
	if !h.Update(s) || !strings.Contains(string(h.Details()[0]), "p50 0.13") {
		t.Fatalf("in-place phase change not shown: %q", h.Details()[0])
	}
	s.Counters[1].Value = 7
	details := h.Details()
	if !h.Update(s) || string(details[len(details)-1]) != "sprites 1234  drawCalls 7" {
		t.Fatalf("in-place counter change not shown: %q", details[len(details)-1])
	}
}

func TestHUDTextFiguresLineOnlyWhenPlaced(t *testing.T) {
	h := NewHUDText()
	s := hudSnapshot()
	h.Update(s)
	withFigures := len(h.Details())
	for i := range s.Gauges {
		s.Gauges[i].Show = Summary
	}
	for i := range s.Counters {
		s.Counters[i].Show = Hidden
	}
	h.Update(s)
	if got := len(h.Details()); got != withFigures-1 {
		t.Fatalf("with no figure placed in the details: %d detail lines, want %d", got, withFigures-1)
	}
	if got, want := string(h.Summary()), "FPS 60.0  TPS 59.9  players 123  load 0.50  sprites 1234"; got != want {
		t.Fatalf("Summary = %q, want %q", got, want)
	}
	if got, want := len(h.Lines()), len(h.Details())+1; got != want {
		t.Fatalf("%d lines, want %d", got, want)
	}
}

func TestHUDTextPhaseCountChanges(t *testing.T) {
	h := NewHUDText()
	s := hudSnapshot()
	h.Update(s)
	s.Phases = append(s.Phases, PhaseStats{Name: "cloth-physics", P50Ms: 1})
	h.Update(s)
	if got, want := len(h.Details()), len(s.Phases)+numFixedDetails+1; got != want {
		t.Fatalf("%d detail lines, want %d", got, want)
	}
	if got, want := len(h.Lines()), len(h.Details())+1; got != want {
		t.Fatalf("%d lines, want %d", got, want)
	}
	// The name column widens to the longest name.
	if got := string(h.Details()[0]); got != "update         p50 0.12  p95 0.20  p99 0.31 ms" {
		t.Fatalf("widened phase line = %q", got)
	}
	s.Phases = s.Phases[:0]
	h.Update(s)
	if got := string(h.Details()[0]); got != "frame   p50 16.67  p99 17.02  worst 33.40 ms" {
		t.Fatalf("with no phases, first detail line = %q", got)
	}
}
