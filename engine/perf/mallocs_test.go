package perf

import "testing"

var mallocsSink *[16]byte

func TestMallocsCountsEveryAllocation(t *testing.T) {
	const calls = 1000
	n := Mallocs(func() {
		for i := range calls {
			if i%2 == 0 {
				mallocsSink = new([16]byte)
			}
		}
	})
	// testing.AllocsPerRun would report 0.5 per call as 0.
	if n != calls/2 {
		t.Errorf("Mallocs counted %d allocations, want %d", n, calls/2)
	}
	if n := Mallocs(func() {}); n != 0 {
		t.Errorf("Mallocs of a function that allocates nothing = %d", n)
	}
}
