package parallel

import (
	"fmt"
	"testing"
	"time"
)

func noop(lo, hi int) {}

// BenchmarkForOverhead measures the cost of one For over 8 empty chunks.
func BenchmarkForOverhead(b *testing.B) {
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			p := NewPool(workers)
			defer p.Close()
			fn := noop
			b.ReportAllocs()
			for b.Loop() {
				p.For(8, 1, fn)
			}
		})
	}
}

// BenchmarkAXPY applies y += a*x in 4096-item chunks over 20,000 float32
// (160 KB, in the cores' caches) and 2,000,000 (16 MB, from memory):
// a kernel bound by memory bandwidth. BenchmarkALU does twenty dependent
// multiply-adds per item instead, bound by arithmetic. The speed-up of two
// workers over one in each tells whether the cores share their
// bandwidth.
func BenchmarkAXPY(b *testing.B) {
	benchKernel(b, func(k *kernel) func(lo, hi int) { return k.axpy })
}

// BenchmarkALU: see BenchmarkAXPY.
func BenchmarkALU(b *testing.B) {
	benchKernel(b, func(k *kernel) func(lo, hi int) { return k.alu })
}

func benchKernel(b *testing.B, fn func(*kernel) func(lo, hi int)) {
	const chunk = 4096
	for _, n := range []int{20_000, 2_000_000} {
		for _, workers := range []int{1, 2} {
			b.Run(fmt.Sprintf("n=%d/workers=%d", n, workers), func(b *testing.B) {
				p := NewPool(workers)
				defer p.Close()
				f := fn(newKernel(n, chunk))
				b.SetBytes(int64(n) * 4 * 2)
				b.ReportAllocs()
				for b.Loop() {
					p.For(n, chunk, f)
				}
			})
		}
	}
}

// BenchmarkForWake measures a For over two empty chunks on two workers
// after the helper rested: back to back, 0.1 ms, and 16 ms (a tick of the
// game), when it has parked and must be woken. It reports the For alone
// as for-ns/op; ns/op includes the rest.
func BenchmarkForWake(b *testing.B) {
	for _, rest := range []time.Duration{0, 100 * time.Microsecond, 16 * time.Millisecond} {
		b.Run(fmt.Sprintf("rest=%v", rest), func(b *testing.B) {
			p := NewPool(2)
			defer p.Close()
			fn := noop
			var spent time.Duration
			for b.Loop() {
				if rest > 0 {
					time.Sleep(rest)
				}
				start := time.Now()
				p.For(2, 1, fn)
				spent += time.Since(start)
			}
			b.ReportMetric(float64(spent.Nanoseconds())/float64(b.N), "for-ns/op")
		})
	}
}

// alu applies twenty dependent multiply-adds to each x of one chunk.
func (k *kernel) alu(lo, hi int) {
	x := k.x[lo:hi]
	for i := range x {
		v := x[i]
		for range 20 {
			v = float32(v*0.999) + 0.001
		}
		x[i] = v
	}
}

// axpy applies y += a*x to one chunk.
func (k *kernel) axpy(lo, hi int) {
	x, y := k.x[lo:hi], k.y[lo:hi]
	for i := range x {
		y[i] = y[i] + float32(k.a*x[i])
	}
}
