package parallel

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// span is one call of a chunk function.
type span struct{ lo, hi int }

func TestForCoversEachIndexOnce(t *testing.T) {
	for _, workers := range []int{-1, 0, 1, 2, 3, 4, 8} {
		p := NewPool(workers)
		for _, n := range []int{-5, 0, 1, 2, 7, 64, 100, 1000, 1023, 1025} {
			for _, chunk := range []int{-1, 0, 1, 3, 64, 1000, 5000} {
				t.Run(fmt.Sprintf("workers=%d/n=%d/chunk=%d", workers, n, chunk), func(t *testing.T) {
					checkCoverage(t, p, n, chunk)
				})
			}
		}
		p.Close()
	}
}

func checkCoverage(t *testing.T, p *Pool, n, chunk int) {
	t.Helper()
	hits := make([]atomic.Int32, max(n, 0))
	var mu sync.Mutex
	var spans []span
	p.For(n, chunk, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			hits[i].Add(1)
		}
		mu.Lock()
		spans = append(spans, span{lo, hi})
		mu.Unlock()
	})
	for i := range hits {
		if got := hits[i].Load(); got != 1 {
			t.Fatalf("index %d visited %d times, want 1", i, got)
		}
	}
	size := chunk
	if size <= 0 || size > n {
		size = n
	}
	for _, s := range spans {
		if s.lo%size != 0 || s.hi != min(s.lo+size, n) {
			t.Fatalf("chunk [%d,%d) is not on the fixed %d-item grid of [0,%d)", s.lo, s.hi, size, n)
		}
	}
	want := 0
	if n > 0 {
		want = (n + size - 1) / size
	}
	if len(spans) != want {
		t.Fatalf("got %d chunks, want %d", len(spans), want)
	}
}

// kernel applies y += a*x to its chunk and stores the chunk's dot product
// x·y, summed in index order, in sums[lo/chunk].
type kernel struct {
	a     float32
	x, y  []float32
	sums  []float32
	chunk int
	fn    func(lo, hi int)
}

func newKernel(n, chunk int) *kernel {
	k := &kernel{a: 0.37, x: make([]float32, n), y: make([]float32, n), chunk: chunk}
	k.sums = make([]float32, (n+chunk-1)/chunk)
	for i := range k.x {
		k.x[i] = float32(math.Sin(float64(i))) * 1000
		k.y[i] = float32(math.Cos(float64(i)*0.7)) * 0.001
	}
	k.fn = k.run
	return k
}

func (k *kernel) run(lo, hi int) {
	x, y := k.x[lo:hi], k.y[lo:hi]
	var sum float32
	for i := range x {
		y[i] = y[i] + float32(k.a*x[i])
		sum = sum + float32(x[i]*y[i])
	}
	k.sums[lo/k.chunk] = sum
}

func TestSerialAndParallelBitIdentical(t *testing.T) {
	const n, chunk = 20000, 1536
	serialPool := NewPool(1)
	parallelPool := NewPool(4)
	defer parallelPool.Close()
	s, q := newKernel(n, chunk), newKernel(n, chunk)
	for range 5 {
		serialPool.For(n, chunk, s.fn)
		parallelPool.For(n, chunk, q.fn)
	}
	for i := range s.y {
		if math.Float32bits(s.y[i]) != math.Float32bits(q.y[i]) {
			t.Fatalf("y[%d]: serial %v, parallel %v", i, s.y[i], q.y[i])
		}
	}
	for i := range s.sums {
		if math.Float32bits(s.sums[i]) != math.Float32bits(q.sums[i]) {
			t.Fatalf("chunk %d sum: serial %v, parallel %v", i, s.sums[i], q.sums[i])
		}
	}
}

func TestForRunsChunksConcurrently(t *testing.T) {
	p := NewPool(2)
	defer p.Close()
	if p.Workers() < 2 {
		t.Skip("GOMAXPROCS is 1: the pool is serial")
	}
	// Each of the two chunks waits for the other to start, which only
	// completes if they run at the same time.
	var arrived sync.WaitGroup
	arrived.Add(2)
	met := make(chan struct{})
	go func() { arrived.Wait(); close(met) }()
	stuck := false
	p.For(2, 1, func(lo, hi int) {
		arrived.Done()
		select {
		case <-met:
		case <-time.After(10 * time.Second):
			stuck = true // only one goroutine gets here
		}
	})
	if stuck {
		t.Fatal("the two chunks never ran at the same time")
	}
}

func TestPanicIsRaisedInCaller(t *testing.T) {
	for _, workers := range []int{1, 2, 4} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			p := NewPool(workers)
			defer p.Close()
			var ran atomic.Int32
			got := catch(func() {
				p.For(1000, 10, func(lo, hi int) {
					ran.Add(1)
					if lo == 500 {
						panic("boom")
					}
				})
			})
			if got != "boom" {
				t.Fatalf("recovered %v, want boom", got)
			}
			if ran.Load() == 0 {
				t.Fatal("no chunk ran")
			}
			// The pool stays usable after a panic.
			checkCoverage(t, p, 1000, 10)
		})
	}
}

func TestPanicInEveryChunk(t *testing.T) {
	p := NewPool(4)
	defer p.Close()
	for range 50 {
		got := catch(func() {
			p.For(64, 1, func(lo, hi int) { panic(lo) })
		})
		if _, ok := got.(int); !ok {
			t.Fatalf("recovered %v (%T), want a chunk index", got, got)
		}
	}
	checkCoverage(t, p, 64, 1)
}

// catch runs f and returns the value it panicked with, or nil.
func catch(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func TestCloseIsIdempotent(t *testing.T) {
	p := NewPool(3)
	p.Close()
	p.Close()
	if got := p.Workers(); got != 1 {
		t.Fatalf("Workers after Close = %d, want 1", got)
	}
	checkCoverage(t, p, 777, 10)

	serial := NewPool(1)
	serial.Close()
	serial.Close()
	checkCoverage(t, serial, 50, 7)
}

func TestWorkers(t *testing.T) {
	for _, tc := range []struct{ in, want int }{{-2, 1}, {0, 1}, {1, 1}} {
		p := NewPool(tc.in)
		if got := p.Workers(); got != tc.want {
			t.Errorf("NewPool(%d).Workers() = %d, want %d", tc.in, got, tc.want)
		}
		p.Close()
	}
	p := NewPool(3)
	defer p.Close()
	if got := p.Workers(); got != 3 && got != 1 {
		t.Errorf("NewPool(3).Workers() = %d, want 3 (or 1 when GOMAXPROCS is 1)", got)
	}
}

func TestNestedForRunsSerially(t *testing.T) {
	p := NewPool(4)
	defer p.Close()
	const outer, inner = 8, 100
	var hits [outer * inner]atomic.Int32
	p.For(outer, 1, func(lo, hi int) {
		p.For(inner, 7, func(a, b int) {
			for i := a; i < b; i++ {
				hits[lo*inner+i].Add(1)
			}
		})
	})
	for i := range hits {
		if hits[i].Load() != 1 {
			t.Fatalf("index %d visited %d times", i, hits[i].Load())
		}
	}
}

func TestConcurrentCallers(t *testing.T) {
	p := NewPool(4)
	defer p.Close()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for range 20 {
				checkCoverage(t, p, 500+g, 16)
			}
		})
	}
	wg.Wait()
}

func TestForDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	for _, workers := range []int{1, 4} {
		p := NewPool(workers)
		k := newKernel(4096, 512)
		if avg := testing.AllocsPerRun(100, func() { p.For(4096, 512, k.fn) }); avg != 0 {
			t.Errorf("workers=%d: For allocates %v times per call, want 0", workers, avg)
		}
		p.Close()
	}
}
