package perf

import "runtime"

// Mallocs returns how many heap allocations f makes, counted exactly from
// runtime.MemStats. Unlike testing.AllocsPerRun, which divides with
// integers so that 0.9 allocations per call reads as 0, it loses nothing;
// tests compare its result with 0 over many calls. It stops the world
// twice, so it is for tests and benchmarks, not for a running game.
func Mallocs(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}
