package parallel

import (
	"fmt"
	"testing"
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

// BenchmarkAXPY20k applies y += a*x over 20,000 float32 in 2048-item chunks.
func BenchmarkAXPY20k(b *testing.B) {
	const n, chunk = 20000, 2048
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			p := NewPool(workers)
			defer p.Close()
			k := newKernel(n, chunk)
			fn := k.axpy
			b.SetBytes(n * 4 * 2)
			b.ReportAllocs()
			for b.Loop() {
				p.For(n, chunk, fn)
			}
		})
	}
}

// axpy applies y += a*x to one chunk.
func (k *kernel) axpy(lo, hi int) {
	x, y := k.x[lo:hi], k.y[lo:hi]
	for i := range x {
		y[i] = y[i] + float32(k.a*x[i])
	}
}
