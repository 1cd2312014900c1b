package perf

import (
	"math"
	"sync"
	"testing"
)

func TestCounterAddValueReset(t *testing.T) {
	var c Counter
	if got := c.Value(); got != 0 {
		t.Fatalf("zero Counter Value = %d, want 0", got)
	}
	c.Add(3)
	c.Add(4)
	if got := c.Value(); got != 7 {
		t.Fatalf("after Add(3), Add(4): Value = %d, want 7", got)
	}
	c.Reset()
	if got := c.Value(); got != 0 {
		t.Fatalf("after Reset: Value = %d, want 0", got)
	}
	c.Add(5)
	if got := c.Value(); got != 5 {
		t.Fatalf("Add after Reset: Value = %d, want 5 (only adds since Reset)", got)
	}
}

func TestCounterConcurrentAdds(t *testing.T) {
	var c Counter
	var wg sync.WaitGroup
	const goroutines, adds = 4, 1000
	for range goroutines {
		wg.Go(func() {
			for range adds {
				c.Add(1)
			}
		})
	}
	wg.Wait()
	if got := c.Value(); got != goroutines*adds {
		t.Fatalf("Value = %d, want %d", got, goroutines*adds)
	}
}

func TestGauge(t *testing.T) {
	var g Gauge
	if got := g.Value(); got != 0 {
		t.Fatalf("zero Gauge Value = %v, want 0", got)
	}
	for _, v := range []float64{59.94, -1.5, math.Inf(1), 0} {
		g.Set(v)
		if got := g.Value(); got != v {
			t.Fatalf("Set(%v): Value = %v", v, got)
		}
	}
	g.Set(math.NaN())
	if got := g.Value(); !math.IsNaN(got) {
		t.Fatalf("Set(NaN): Value = %v, want NaN", got)
	}
}
