package perf

import (
	"encoding/json"
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
	m.End(Phase(7), m.Begin(Phase(7)))
	m.Record(Phase(-1), time.Millisecond)
}

func TestSnapshotPhaseStats(t *testing.T) {
	m := NewMonitor()
	update := m.Phase("update")
	swarm := m.Phase("swarm")
	// update: 1..100 ms in shuffled order; swarm: nothing.
	for i := range 100 {
		m.Record(update, time.Duration((i*37)%100+1)*time.Millisecond)
	}
	var s Snapshot
	m.Snapshot(&s)
	want := []PhaseStats{
		{Name: "update", P50Ms: 50, P95Ms: 95, P99Ms: 99, MaxMs: 100},
		{Name: "swarm"},
	}
	if !slices.Equal(s.Phases, want) {
		t.Fatalf("Phases = %+v, want %+v", s.Phases, want)
	}
	// 300 more samples of 2 ms push the others out of the window.
	for range DefaultWindow {
		m.Record(update, 2*time.Millisecond)
	}
	m.Record(swarm, 3*time.Millisecond)
	m.Snapshot(&s)
	want = []PhaseStats{
		{Name: "update", P50Ms: 2, P95Ms: 2, P99Ms: 2, MaxMs: 2},
		{Name: "swarm", P50Ms: 3, P95Ms: 3, P99Ms: 3, MaxMs: 3},
	}
	if !slices.Equal(s.Phases, want) {
		t.Fatalf("after window turned over: Phases = %+v, want %+v", s.Phases, want)
	}
}

func TestEndMeasuresElapsedTime(t *testing.T) {
	m := NewMonitor()
	p := m.Phase("sleep")
	outer := time.Now()
	start := m.Begin(p)
	time.Sleep(2 * time.Millisecond)
	m.End(p, start)
	elapsed := time.Since(outer)
	got := m.PhaseHistogram(p).Last()
	if got < 2*time.Millisecond || got > elapsed {
		t.Fatalf("End recorded %v for a 2 ms sleep that took %v overall", got, elapsed)
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

func TestCollisionStatsPerTick(t *testing.T) {
	m := NewMonitor()
	var s Snapshot
	m.AddCollisionStats(10, 3)
	m.AddCollisionStats(5, 1)
	m.Snapshot(&s)
	if s.CollisionCandidates != 0 || s.CollisionTests != 0 {
		t.Fatalf("before the first TickDone: %d/%d, want 0/0", s.CollisionCandidates, s.CollisionTests)
	}
	m.TickDone(time.Millisecond)
	m.AddCollisionStats(100, 50) // belongs to the next tick
	m.Snapshot(&s)
	if s.CollisionCandidates != 15 || s.CollisionTests != 4 {
		t.Fatalf("after tick 1: %d/%d, want 15/4", s.CollisionCandidates, s.CollisionTests)
	}
	m.TickDone(time.Millisecond)
	m.TickDone(time.Millisecond)
	m.Snapshot(&s)
	if s.CollisionCandidates != 0 || s.CollisionTests != 0 {
		t.Fatalf("after a tick without collisions: %d/%d, want 0/0", s.CollisionCandidates, s.CollisionTests)
	}
}

func TestFrameIntervalsAndSparkline(t *testing.T) {
	m := NewMonitor()
	ms := Stamp(time.Millisecond)
	// Frames at 0, 16, 33, 50, 100 ms: intervals 16, 17, 17, 50 ms.
	for _, at := range []Stamp{0, 16 * ms, 33 * ms, 50 * ms, 100 * ms} {
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
		m.markFrameAt(100*ms + Stamp(i+1)*20*ms)
	}
	got = m.Sparkline(got[:0])
	if len(got) != DefaultWindow || got[0] != 20 || got[len(got)-1] != 20 {
		t.Fatalf("after wrap: len %d first %v last %v; want %d, 20, 20", len(got), got[0], got[len(got)-1], DefaultWindow)
	}
}

func TestRatesEntitiesPlatform(t *testing.T) {
	m := NewMonitor()
	m.SetRates(59.5, 60)
	m.SetEntities(123, 4, 567)
	var s Snapshot
	m.Snapshot(&s)
	if s.FPS != 59.5 || s.TPS != 60 || s.Hazards != 123 || s.Orbs != 4 || s.Particles != 567 {
		t.Fatalf("got FPS %v TPS %v entities %d/%d/%d", s.FPS, s.TPS, s.Hazards, s.Orbs, s.Particles)
	}
	if s.GOMAXPROCS != runtime.GOMAXPROCS(0) {
		t.Fatalf("GOMAXPROCS %d, want %d", s.GOMAXPROCS, runtime.GOMAXPROCS(0))
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
	m.Snapshot(&before)
	if before.HeapBytes == 0 {
		t.Fatal("HeapBytes is 0 after NewMonitor")
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
		"fps", "tps", "phases", "frameP50Ms", "frameP99Ms", "frameWorstMs", "ticks", "ticksOverBudget",
		"heapBytes", "allocsPerTick", "gcCycles", "gcPauseLastMs", "gcPauseWorstMs", "hazards", "orbs",
		"particles", "collisionCandidates", "collisionTests", "gomaxprocs", "platform",
	}
	var got []string
	for k := range fields {
		got = append(got, k)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("JSON keys %v, want %v", got, want)
	}
	var phases []map[string]any
	if err := json.Unmarshal(fields["phases"], &phases); err != nil || len(phases) != 1 || phases[0]["name"] != "update" {
		t.Fatalf("phases JSON %s (err %v), want one entry named update", fields["phases"], err)
	}
	for _, k := range []string{"p50Ms", "p95Ms", "p99Ms", "maxMs"} {
		if _, ok := phases[0][k]; !ok {
			t.Errorf("phase JSON lacks %q: %s", k, fields["phases"])
		}
	}
}
