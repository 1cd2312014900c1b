package particles

import (
	"math"
	"runtime"
	"testing"
)

func TestBurstFliesApartAndFades(t *testing.T) {
	s := New(100, 1)
	s.Burst(50, 50, 30, 4, 1)
	if s.Len() != 30 {
		t.Fatalf("Len after a burst of 30 = %d", s.Len())
	}
	s.Step()
	moved := 0
	for i := range s.Len() {
		if s.X[i] != 50 || s.Y[i] != 50 {
			moved++
		}
		if d := math.Hypot(float64(s.X[i]-50), float64(s.Y[i]-50)); d > 4.0001 {
			t.Errorf("particle %d flew %v in one step, faster than the burst speed 4", i, d)
		}
	}
	if moved != 30 {
		t.Errorf("%d of 30 particles moved in the first step", moved)
	}
	for range 200 {
		s.Step()
	}
	if s.Len() != 0 {
		t.Errorf("%d particles still alive after 200 steps", s.Len())
	}
}

func TestBurstRespectsCapacity(t *testing.T) {
	s := New(10, 1)
	s.Burst(0, 0, 8, 1, 1)
	s.Burst(0, 0, 8, 1, 1)
	if s.Len() != 10 {
		t.Errorf("Len = %d, want the capacity 10", s.Len())
	}
	s.Clear()
	if s.Len() != 0 {
		t.Errorf("Len after Clear = %d", s.Len())
	}
}

func TestSameSeedSameParticles(t *testing.T) {
	a, b := New(64, 7), New(64, 7)
	a.Burst(1, 2, 40, 3, 1)
	b.Burst(1, 2, 40, 3, 1)
	for range 10 {
		a.Step()
		b.Step()
	}
	for i := range a.Len() {
		if a.X[i] != b.X[i] || a.Scale[i] != b.Scale[i] {
			t.Fatalf("particle %d differs between two systems with the same seed", i)
		}
	}
}

// TestStepAllocatesNothing counts every allocation over many bursts and
// steps, removals included (testing.AllocsPerRun would round 0.98 down).
func TestStepAllocatesNothing(t *testing.T) {
	s := New(1000, 1)
	removed := 0
	frame := func() {
		if s.Len() < 500 {
			s.Burst(10, 10, 50, 3, 1)
		}
		n := s.Len()
		s.Step()
		removed += n - s.Len()
	}
	frame()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 1000 {
		frame()
	}
	runtime.ReadMemStats(&after)
	if n := after.Mallocs - before.Mallocs; n != 0 {
		t.Errorf("1000 bursts and steps allocated %d times, want 0", n)
	}
	if removed == 0 {
		t.Error("no particle faded away: the test must cover removal")
	}
}
