package soa

import (
	"runtime"
	"slices"
	"testing"
)

func TestMake(t *testing.T) {
	var a, b []float32
	var c []uint8
	Make(5, &a, &b)
	Make(7, &c)
	if len(a) != 0 || cap(a) != 5 || len(b) != 0 || cap(b) != 5 || len(c) != 0 || cap(c) != 7 {
		t.Fatalf("len/cap a %d/%d, b %d/%d, c %d/%d; want 0/5, 0/5, 0/7", len(a), cap(a), len(b), cap(b), len(c), cap(c))
	}
	a[:1][0] = 1 // separate backing arrays
	if b[:1][0] != 0 {
		t.Fatal("two slices share a backing array")
	}
}

func TestSwapRemoveAndTruncate(t *testing.T) {
	a := []int{10, 11, 12, 13}
	b := []int{20, 21, 22, 23}
	SwapRemove(1, &a, &b)
	if !slices.Equal(a, []int{10, 13, 12}) || !slices.Equal(b, []int{20, 23, 22}) {
		t.Fatalf("after SwapRemove(1): %v, %v", a, b)
	}
	SwapRemove(2, &a, &b) // the last element
	if !slices.Equal(a, []int{10, 13}) || !slices.Equal(b, []int{20, 23}) {
		t.Fatalf("after SwapRemove(2): %v, %v", a, b)
	}
	Truncate(0, &a, &b)
	if len(a) != 0 || len(b) != 0 || cap(a) != 4 || cap(b) != 4 {
		t.Fatalf("after Truncate(0): len %d, %d, cap %d, %d", len(a), len(b), cap(a), cap(b))
	}
}

// TestNoAllocs counts every allocation over many calls: the variadic
// argument stays on the stack.
func TestNoAllocs(t *testing.T) {
	var x, y, z []float32
	Make(1024, &x, &y, &z)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 100 {
		for i := range 1024 {
			x, y, z = append(x, float32(i)), append(y, 1), append(z, 2)
		}
		for len(x) > 10 {
			SwapRemove(len(x)/3, &x, &y, &z)
		}
		Truncate(0, &x, &y, &z)
	}
	runtime.ReadMemStats(&after)
	if n := after.Mallocs - before.Mallocs; n != 0 {
		t.Errorf("allocated %d times, want 0", n)
	}
}

var sink []float32

// BenchmarkSwapRemove removes elements from seven parallel slices, as a
// particle system removes faded particles.
func BenchmarkSwapRemove(b *testing.B) {
	const n = 4096
	var c [7][]float32
	for i := range c {
		Make(n, &c[i])
	}
	for b.Loop() {
		for i := range c {
			c[i] = c[i][:n]
		}
		for len(c[0]) > 0 {
			SwapRemove(0, &c[0], &c[1], &c[2], &c[3], &c[4], &c[5], &c[6])
		}
	}
	sink = c[0]
}
