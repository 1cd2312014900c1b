package perf

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// The runtime/metrics samples SampleRuntime reads, by index.
const (
	sampleHeapBytes = iota
	sampleAllocs
	sampleTinyAllocs
	sampleGCCycles
	sampleGOMAXPROCS
	numSamples
)

var sampleNames = [numSamples]string{
	sampleHeapBytes:  "/memory/classes/heap/objects:bytes",
	sampleAllocs:     "/gc/heap/allocs:objects",
	sampleTinyAllocs: "/gc/heap/tiny/allocs:objects",
	sampleGCCycles:   "/gc/cycles/total:gc-cycles",
	sampleGOMAXPROCS: "/sched/gomaxprocs:threads",
}

// runtimeStats holds the preallocated buffers and latest results of
// SampleRuntime.
type runtimeStats struct {
	samples []metrics.Sample
	gc      debug.GCStats

	heapBytes  uint64
	gcCycles   uint64
	gomaxprocs int

	allocs        uint64 // cumulative heap allocations at the last sample
	allocTicks    int64  // Monitor ticks at the last sample
	allocsPerTick float64

	pauseLast, pauseWorst time.Duration
}

func (r *runtimeStats) init() {
	r.samples = make([]metrics.Sample, numSamples)
	for i, name := range sampleNames {
		r.samples[i].Name = name
	}
	r.gomaxprocs = runtime.GOMAXPROCS(0)
	// The first ReadGCStats sizes gc.Pause and gc.PauseEnd for all
	// later ones.
	debug.ReadGCStats(&r.gc)
}

// uint64At returns sample i's value, or 0 if this runtime does not
// support that metric.
func (r *runtimeStats) uint64At(i int) uint64 {
	if v := r.samples[i].Value; v.Kind() == metrics.KindUint64 {
		return v.Uint64()
	}
	return 0
}

// SampleRuntime reads the runtime's memory and GC figures: bytes of heap
// objects, allocations per tick since the previous call, GC cycles,
// GOMAXPROCS, and the latest GC pause and the worst within PauseWindow.
//
// It reads runtime/metrics and runtime/debug.ReadGCStats into buffers
// allocated once by NewMonitor, so it does not allocate and never stops
// the world (unlike runtime.ReadMemStats); ReadGCStats briefly holds the
// heap lock while it copies the runtime's last 256 pause times. A call
// costs a few microseconds, so call it a few times per second, for
// example every 15 or 30 ticks; calling it every frame is affordable but
// unnecessary.
//
// Allocations per tick is the change in the process's cumulative heap
// allocation count (all goroutines) divided by the ticks counted by
// TickDone since the previous call; it is unchanged if no tick happened.
// runtime/metrics credits small allocations a whole span at a time (when
// a span is handed to a P, up to 1024 objects for the smallest size
// class), so the figure is exact only over many allocations: a low rate,
// even a single allocation, shows as an occasional jump of up to a span's
// worth divided by the ticks between calls, not as a steady fraction.
//
// GC pause times are the stop-the-world time of each whole GC cycle.
func (m *Monitor) SampleRuntime() {
	r := &m.rt
	metrics.Read(r.samples)
	r.heapBytes = r.uint64At(sampleHeapBytes)
	r.gcCycles = r.uint64At(sampleGCCycles)
	if n := r.uint64At(sampleGOMAXPROCS); n > 0 {
		r.gomaxprocs = int(n)
	}

	allocs := r.uint64At(sampleAllocs) + r.uint64At(sampleTinyAllocs)
	ticks := m.ticks.Value()
	if dt := ticks - r.allocTicks; dt > 0 && r.allocs != 0 {
		r.allocsPerTick = float64(allocs-r.allocs) / float64(dt)
	}
	r.allocs, r.allocTicks = allocs, ticks

	debug.ReadGCStats(&r.gc)
	r.pauseLast, r.pauseWorst = 0, 0
	if len(r.gc.Pause) > 0 {
		r.pauseLast = r.gc.Pause[0]
	}
	// Pause and PauseEnd run most recent first.
	cutoff := time.Now().Add(-PauseWindow)
	for i, end := range r.gc.PauseEnd {
		if end.Before(cutoff) {
			break
		}
		r.pauseWorst = max(r.pauseWorst, r.gc.Pause[i])
	}
}
