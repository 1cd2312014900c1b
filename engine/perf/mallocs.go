package perf

import "runtime"

// Mallocs returns how many heap allocations were made while f ran, counted
// exactly from runtime.MemStats. Unlike testing.AllocsPerRun, which divides
// with integers so that 0.9 allocations per call reads as 0, it loses
// nothing; tests compare its result with 0 over many calls. It stops the
// world twice, so it is for tests and benchmarks, not for a running game.
//
// The count is the whole process's: it includes what other goroutines
// allocate meanwhile, such as the runtime running finalizers after a
// garbage collection. LeastMallocs rules those out.
func Mallocs(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

// LeastMallocs calls f windows times, each a window of steady work (many
// ticks or frames), and returns the least exact count of Mallocs among
// them. An allocation that f makes in every window, however rare within
// it, is in the result; an allocation that another goroutine makes during
// one window is not.
func LeastMallocs(windows int, f func()) uint64 {
	least := Mallocs(f)
	for range windows - 1 {
		least = min(least, Mallocs(f))
	}
	return least
}
