package perf

import "testing"

var mallocsSink *[16]byte

func TestMallocsCountsEveryAllocation(t *testing.T) {
	const calls = 1000
	f := func() {
		for i := range calls {
			if i%2 == 0 {
				mallocsSink = new([16]byte)
			}
		}
	}
	// The least of three counts: a runtime goroutine may allocate during
	// one of them (under -race, a GC cycle starting its workers did).
	n := min(Mallocs(f), Mallocs(f), Mallocs(f))
	// testing.AllocsPerRun would report 0.5 per call as 0.
	if n != calls/2 {
		t.Errorf("Mallocs counted %d allocations, want %d", n, calls/2)
	}
	if n := min(Mallocs(func() {}), Mallocs(func() {}), Mallocs(func() {})); n != 0 {
		t.Errorf("Mallocs of a function that allocates nothing = %d", n)
	}
}

func TestLeastMallocs(t *testing.T) {
	window := 0
	n := LeastMallocs(3, func() {
		window++
		for i := range 100 {
			if i%10 == 0 || window == 2 {
				mallocsSink = new([16]byte)
			}
		}
	})
	// Ten in every window, and 100 in the second: the least is 10.
	if n != 10 || window != 3 {
		t.Errorf("LeastMallocs = %d after %d windows, want 10 after 3", n, window)
	}
}
