package perf

import (
	"encoding/json"
	"maps"
	"runtime"
	"slices"
	"testing"
	"time"
)

func TestPhaseRegistration(t *testing.T) {
	m := NewMonitor()
	update := m.Phase("update")
	draw := m.Phase("draw")
	if update == draw {
		t.Fatalf("distinct names got the same Phase %d", update)
	}
	if again := m.Phase("update"); again != update {
		t.Fatalf("re-registering update gave %d, want %d", again, update)
	}
	if m.PhaseName(draw) != "draw" || m.PhaseName(Phase(7)) != "" || m.PhaseName(Phase(-1)) != "" {
		t.Fatalf("PhaseName: got %q, %q, %q", m.PhaseName(draw), m.PhaseName(Phase(7)), m.PhaseName(Phase(-1)))
	}
	if m.PhaseHistogram(Phase(7)) != nil {
		t.Fatal("PhaseHistogram of an unregistered phase is not nil")
	}
	// Unregistered phases are ignored rather than panicking.
	m.Begin(Phase(7))
	if d := m.End(Phase(7)); d != 0 {
		t.Fatalf("End of an unregistered phase = %v, want 0", d)
	}
	m.Begin(Phase(-1))
	m.End(Phase(-1))
}

func TestSnapshotPhaseStats(t *testing.T) {
	m := NewMonitor()
	update := m.Phase("update")
	physics := m.Phase("physics")
	// update: 1..100 ms in shuffled order; physics: nothing.
	for i := range 100 {
		m.PhaseHistogram(update).Record(time.Duration((i*37)%100+1) * time.Millisecond)
	}
	var s Snapshot
	m.Snapshot(&s)
	want := []PhaseStats{
		{Name: "update", P50Ms: 50, P95Ms: 95, P99Ms: 99, MaxMs: 100},
		{Name: "physics"},
	}
	if !slices.Equal(s.Phases, want) {
		t.Fatalf("Phases = %+v, want %+v", s.Phases, want)
	}
	// 300 more samples of 2 ms push the others out of the window.
	for range DefaultWindow {
		m.PhaseHistogram(update).Record(2 * time.Millisecond)
	}
	m.PhaseHistogram(physics).Record(3 * time.Millisecond)
	m.Snapshot(&s)
	want = []PhaseStats{
		{Name: "update", P50Ms: 2, P95Ms: 2, P99Ms: 2, MaxMs: 2},
		{Name: "physics", P50Ms: 3, P95Ms: 3, P99Ms: 3, MaxMs: 3},
	}
	if !slices.Equal(s.Phases, want) {
		t.Fatalf("after window turned over: Phases = %+v, want %+v", s.Phases, want)
	}
}

func TestEndMeasuresElapsedTime(t *testing.T) {
	m := NewMonitor()
	p := m.Phase("sleep")
	other := m.Phase("other")
	outer := time.Now()
	m.Begin(p)
	time.Sleep(2 * time.Millisecond)
	inner := time.Now()
	m.Begin(other) // timing another phase meanwhile leaves p's start alone
	time.Sleep(2 * time.Millisecond)
	o := m.End(other)
	d := m.End(p)
	elapsed := time.Since(outer)
	got := m.PhaseHistogram(p).Last()
	if got < 4*time.Millisecond || got > elapsed {
		t.Fatalf("End recorded %v for 4 ms of sleep that took %v overall", got, elapsed)
	}
	if d != got {
		t.Fatalf("End returned %v but recorded %v", d, got)
	}
	if o < 2*time.Millisecond || o > time.Since(inner) {
		t.Fatalf("the other phase, timed across the second 2 ms sleep, took %v", o)
	}
}

func TestTicksOverBudget(t *testing.T) {
	m := NewMonitor()
	durations := []time.Duration{
		time.Millisecond,
		TickBudget,     // exactly on budget: not over
		TickBudget + 1, // just over
		16700 * time.Microsecond,
		40 * time.Millisecond,
		0,
	}
	for _, d := range durations {
		m.TickDone(d)
	}
	var s Snapshot
	m.Snapshot(&s)
	if s.Ticks != 6 || s.TicksOverBudget != 3 {
		t.Fatalf("Ticks %d, TicksOverBudget %d; want 6, 3", s.Ticks, s.TicksOverBudget)
	}
}

// TestRegisterAgain checks that a name registered again, with another Show,
// gives the counter or gauge registered first, keeping its first Show and
// adding no second figure.
func TestRegisterAgain(t *testing.T) {
	m := NewMonitor()
	if a := m.Counter("a", Details); m.Counter("a", Summary) != a {
		t.Error("registering counter a again gave another counter")
	}
	if g := m.Gauge("players", Summary); m.Gauge("players", Hidden) != g {
		t.Error("registering gauge players again gave another gauge")
	}
	var s Snapshot
	m.Snapshot(&s)
	if want := []Figure{{Name: "a", Show: Details}}; !slices.Equal(s.Counters, want) {
		t.Errorf("Counters = %+v, want %+v", s.Counters, want)
	}
	if want := []Figure{{Name: "players", Show: Summary}}; !slices.Equal(s.Gauges, want) {
		t.Errorf("Gauges = %+v, want %+v", s.Gauges, want)
	}
}

func TestCountersPerTick(t *testing.T) {
	m := NewMonitor()
	a := m.Counter("a", Details)
	b := m.Counter("b", Hidden)
	counts := func() (float64, float64) {
		var s Snapshot
		m.Snapshot(&s)
		if len(s.Counters) != 2 || s.Counters[0].Name != "a" || s.Counters[1].Name != "b" || s.Counters[0].Show != Details {
			t.Fatalf("Counters = %+v, want a (Details) then b", s.Counters)
		}
		return s.Counters[0].Value, s.Counters[1].Value
	}
	a.Add(10)
	b.Add(3)
	a.Add(5)
	b.Add(1)
	if x, y := counts(); x != 0 || y != 0 {
		t.Fatalf("before the first TickDone: %v/%v, want 0/0", x, y)
	}
	m.TickDone(time.Millisecond)
	a.Add(100) // belongs to the next tick
	b.Add(50)
	if x, y := counts(); x != 15 || y != 4 {
		t.Fatalf("after tick 1: %v/%v, want 15/4", x, y)
	}
	m.TickDone(time.Millisecond)
	m.TickDone(time.Millisecond)
	if x, y := counts(); x != 0 || y != 0 {
		t.Fatalf("after a tick without counts: %v/%v, want 0/0", x, y)
	}
}

func TestGauges(t *testing.T) {
	m := NewMonitor()
	players := m.Gauge("players", Summary)
	load := m.Gauge("load", Hidden)
	players.Set(2)
	load.Set(0.75)
	load.Set(0.5)
	var s Snapshot
	m.Snapshot(&s)
	want := []Figure{{Name: "players", Value: 2, Show: Summary}, {Name: "load", Value: 0.5, Show: Hidden}}
	if !slices.Equal(s.Gauges, want) {
		t.Fatalf("Gauges = %+v, want %+v", s.Gauges, want)
	}
}

func TestFrameIntervalsAndSparkline(t *testing.T) {
	m := NewMonitor()
	ms := stamp(time.Millisecond)
	// Frames at 0, 16, 33, 50, 100 ms: intervals 16, 17, 17, 50 ms.
	for _, at := range []stamp{0, 16 * ms, 33 * ms, 50 * ms, 100 * ms} {
		m.markFrameAt(at)
	}
	var s Snapshot
	m.Snapshot(&s)
	if s.FrameP50Ms != 17 || s.FrameP99Ms != 50 || s.FrameWorstMs != 50 {
		t.Fatalf("frame p50 %v p99 %v worst %v; want 17, 50, 50", s.FrameP50Ms, s.FrameP99Ms, s.FrameWorstMs)
	}
	got := m.Sparkline([]float32{-1})
	if want := []float32{-1, 16, 17, 17, 50}; !slices.Equal(got, want) {
		t.Fatalf("Sparkline = %v, want %v", got, want)
	}
	// After wrapping, the sparkline holds the last window, oldest first.
	for i := range DefaultWindow {
		m.markFrameAt(100*ms + stamp(i+1)*20*ms)
	}
	got = m.Sparkline(got[:0])
	if len(got) != DefaultWindow || got[0] != 20 || got[len(got)-1] != 20 {
		t.Fatalf("after wrap: len %d first %v last %v; want %d, 20, 20", len(got), got[0], got[len(got)-1], DefaultWindow)
	}
}

func TestRatesPlatform(t *testing.T) {
	m := NewMonitor()
	m.SetRates(59.5, 60)
	var s Snapshot
	m.Snapshot(&s)
	if s.FPS != 59.5 || s.TPS != 60 {
		t.Fatalf("got FPS %v TPS %v", s.FPS, s.TPS)
	}
	if s.GOMAXPROCS != runtime.GOMAXPROCS(0) || s.NumCPU != runtime.NumCPU() {
		t.Fatalf("GOMAXPROCS %d NumCPU %d, want %d and %d", s.GOMAXPROCS, s.NumCPU, runtime.GOMAXPROCS(0), runtime.NumCPU())
	}
	wantPlatform := "native"
	if runtime.GOARCH == "wasm" {
		wantPlatform = "wasm"
	}
	if s.Platform != wantPlatform {
		t.Fatalf("Platform %q, want %q", s.Platform, wantPlatform)
	}
}

var sink []*[64]byte

func TestSampleRuntime(t *testing.T) {
	m := NewMonitor()
	var before Snapshot
	if m.Snapshot(&before); before.HeapBytes != 0 {
		t.Fatalf("HeapBytes %d before the first sample, want 0", before.HeapBytes)
	}
	m.SampleRuntime()
	if m.Snapshot(&before); before.HeapBytes == 0 {
		t.Fatal("HeapBytes is 0 after SampleRuntime")
	}

	// 100000 heap objects of 64 bytes over 10 ticks. ReadMemStats gives
	// the exact allocation count of the same stretch (other goroutines
	// may allocate too, notably under js/wasm).
	const objects, ticks = 100000, 10
	sink = make([]*[64]byte, 0, objects)
	var msBefore, msAfter runtime.MemStats
	m.SampleRuntime()
	runtime.ReadMemStats(&msBefore)
	for i := range objects {
		sink = append(sink, new([64]byte))
		if i%(objects/ticks) == 0 {
			m.TickDone(time.Millisecond)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&msAfter)
	m.SampleRuntime()
	sink = nil

	var s Snapshot
	m.Snapshot(&s)
	// The runtime/metrics counts credit small allocations a whole span at
	// a time (up to 1024 objects for the smallest size class), so allow
	// two such spans of difference in total.
	const slack = 2048.0 / ticks
	exact := float64(msAfter.Mallocs-msBefore.Mallocs) / ticks
	t.Logf("AllocsPerTick %v, exact %v", s.AllocsPerTick, exact)
	if lo, hi := min(exact, objects/ticks)-slack, exact+slack; s.AllocsPerTick < lo || s.AllocsPerTick > hi {
		t.Errorf("AllocsPerTick = %v, want within [%v, %v] (exact %v)", s.AllocsPerTick, lo, hi, exact)
	}
	if s.GCCycles <= before.GCCycles {
		t.Errorf("GCCycles %d after runtime.GC, was %d", s.GCCycles, before.GCCycles)
	}
	if s.GCPauseLastMs <= 0 || s.GCPauseWorstMs < s.GCPauseLastMs {
		t.Errorf("GC pause last %v ms, worst %v ms; want last > 0 and worst >= last", s.GCPauseLastMs, s.GCPauseWorstMs)
	}

	// No ticks since the last sample: allocations per tick is kept.
	m.SampleRuntime()
	var again Snapshot
	m.Snapshot(&again)
	if again.AllocsPerTick != s.AllocsPerTick {
		t.Errorf("AllocsPerTick changed from %v to %v without ticks", s.AllocsPerTick, again.AllocsPerTick)
	}
}

func TestSnapshotJSON(t *testing.T) {
	m := NewMonitor()
	m.Phase("update")
	m.Phase("draw")
	m.Gauge("players", Summary).Set(2)
	m.Gauge("load", Hidden).Set(0.5)
	m.Counter("drawCalls", Details).Add(3)
	m.TickDone(time.Millisecond)
	var s Snapshot
	m.Snapshot(&s)
	b, err := json.Marshal(&s)
	if err != nil {
		t.Fatalf("marshal Snapshot: %v", err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		t.Fatalf("unmarshal %s: %v", b, err)
	}
	want := []string{
		"fps", "tps", "slow", "phases", "frameP50Ms", "frameP99Ms", "frameWorstMs", "ticks", "ticksOverBudget",
		"heapBytes", "allocsPerTick", "gcCycles", "gcPauseLastMs", "gcPauseWorstMs", "gauges", "counters",
		"gomaxprocs", "numCPU", "platform",
	}
	got := slices.Sorted(maps.Keys(fields))
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("JSON keys %v, want %v", got, want)
	}
	var phases map[string]map[string]float64
	if err := json.Unmarshal(fields["phases"], &phases); err != nil || len(phases) != 2 {
		t.Fatalf("phases JSON %s (err %v), want update and draw", fields["phases"], err)
	}
	for _, name := range []string{"update", "draw"} {
		if got := slices.Sorted(maps.Keys(phases[name])); !slices.Equal(got, []string{"maxMs", "p50Ms", "p95Ms", "p99Ms"}) {
			t.Errorf("phase %s has the JSON keys %v: %s", name, got, fields["phases"])
		}
	}
	for key, want := range map[string]string{
		"gauges":   `{"load":0.5,"players":2}`,
		"counters": `{"drawCalls":3}`,
		"ticks":    `1`,
	} {
		if got := string(fields[key]); got != want {
			t.Errorf("%s JSON %s, want %s", key, got, want)
		}
	}
}
