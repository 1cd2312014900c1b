package batch

import (
	"fmt"
	"testing"

	"swarmfield/math/internal/warm"
)

// Each benchmark pairs the kernel (…/kernel) with the plain scalar loop a
// caller would otherwise write (…/loop) at the same size, so that
// `go test -bench` lists them side by side. SetBytes counts the bytes read
// and written per call.

var benchSizes = []int{4096, 1 << 20}

type benchFunc func(dst, x, y []float32)

// benchPair runs kernel and loop over three n-element slices for every
// size in benchSizes. streams is how many of those slices a call touches.
func benchPair(b *testing.B, streams int, kernel, loop benchFunc) {
	for _, n := range benchSizes {
		dst := make([]float32, n)
		x, y := make([]float32, n), make([]float32, n)
		for i := range x {
			x[i] = float32(i%1000) * 0.25
			y[i] = float32(i%777) * -0.5
		}
		runPair(b, n, streams, func() { kernel(dst, x, y) }, func() { loop(dst, x, y) })
	}
}

func BenchmarkAdd(b *testing.B) {
	benchPair(b, 3, Add, func(dst, x, y []float32) {
		for i := range dst {
			dst[i] = x[i] + y[i]
		}
	})
}

func BenchmarkMul(b *testing.B) {
	benchPair(b, 3, Mul, func(dst, x, y []float32) {
		for i := range dst {
			dst[i] = x[i] * y[i]
		}
	})
}

func BenchmarkScale(b *testing.B) {
	benchPair(b, 2, func(dst, x, _ []float32) { Scale(dst, x, 1.5) }, func(dst, x, _ []float32) {
		for i := range dst {
			dst[i] = x[i] * 1.5
		}
	})
}

// BenchmarkAddScaled is the axpy x += v*dt that moves a swarm; the /loop
// variant is the line a game would write, float32 rounding included.
func BenchmarkAddScaled(b *testing.B) {
	const dt = 1.0 / 60
	benchPair(b, 3, func(dst, x, y []float32) { AddScaled(dst, x, dt, y) }, func(dst, x, y []float32) {
		for i := range dst {
			dst[i] = x[i] + float32(dt*y[i])
		}
	})
}

// BenchmarkAddWrap is a swarm's spin step: rotations in [0, 2π) plus spins
// of up to ±0.12 a tick, in place, so that few sums need wrapping.
func BenchmarkAddWrap(b *testing.B) {
	const twoPi = 6.2831855
	benchMotion(b, 3, func(i int) (rot, spin, _ float32) { return float32(i%628) * 0.01, float32(i%25-12) * 0.01, 0 },
		func(rot, spin, _ []float32) { AddWrap(rot, rot, spin, twoPi) },
		func(rot, spin, _ []float32) {
			for i := range rot {
				v := rot[i] + spin[i]
				if v < 0 {
					v += twoPi
				} else if v >= twoPi {
					v -= twoPi
				}
				rot[i] = v
			}
		})
}

// benchMotion benchmarks kernel against loop, each updating a swarm axis
// in place: positions, velocities and radii set by fill, streams float32
// streams read or written per element.
// runPair runs kernel and loop, calls on slices of n float32s of which
// they touch streams, as the sub-benchmarks n=N/kernel and n=N/loop.
func runPair(b *testing.B, n, streams int, kernel, loop func()) {
	for _, v := range []struct {
		name string
		f    func()
	}{{"kernel", kernel}, {"loop", loop}} {
		b.Run(fmt.Sprintf("n=%d/%s", n, v.name), func(b *testing.B) {
			b.SetBytes(int64(4 * streams * n))
			warm.Loop(b, v.f)
		})
	}
}

func benchMotion(b *testing.B, streams int, fill func(i int) (p, v, r float32), kernel, loop func(pos, vel, rad []float32)) {
	for _, n := range benchSizes {
		pos, vel, rad := make([]float32, n), make([]float32, n), make([]float32, n)
		for i := range pos {
			pos[i], vel[i], rad[i] = fill(i)
		}
		runPair(b, n, streams, func() { kernel(pos, vel, rad) }, func() { loop(pos, vel, rad) })
	}
}

// BenchmarkBounce is the move-and-bounce step of one swarm axis, against
// the loop a game would write: add the velocity, then bounce if outside.
func BenchmarkBounce(b *testing.B) {
	benchMotion(b, 4, func(i int) (p, v, r float32) { return float32(i%96) + 2, float32(i%7)*0.25 - 0.75, 2 },
		func(pos, vel, rad []float32) { Bounce(pos, vel, rad, 0, 100) }, bounceLoop)
}

func bounceLoop(pos, vel, rad []float32) {
	for i := range pos {
		p, r := pos[i]+vel[i], rad[i]
		if p < r {
			p, vel[i] = 2*r-p, -vel[i]
		} else if p > 100-r {
			p, vel[i] = 2*(100-r)-p, -vel[i]
		}
		pos[i] = p
	}
}

// BenchmarkAppendNear culls points around one near the middle of their
// range, keeping about one in forty, against the plain loop.
func BenchmarkAppendNear(b *testing.B) {
	for _, n := range benchSizes {
		x, y := make([]float32, n), make([]float32, n)
		for i := range x {
			x[i], y[i] = float32(i%800), float32(i*7%600)
		}
		idx := make([]int32, 0, n)
		const px, py, limit = 400, 300, 35 * 35
		b.Run(fmt.Sprintf("n=%d/kernel", n), func(b *testing.B) {
			b.SetBytes(int64(4 * 2 * n))
			warm.Loop(b, func() {
				idx = AppendNear(idx[:0], x, y, px, py, limit)
			})
		})
		b.Run(fmt.Sprintf("n=%d/loop", n), func(b *testing.B) {
			b.SetBytes(int64(4 * 2 * n))
			warm.Loop(b, func() {
				idx = idx[:0]
				for i := range x {
					dx, dy := x[i]-px, y[i]-py
					if dx*dx+dy*dy <= limit {
						idx = append(idx, int32(i))
					}
				}
			})
		})
	}
}

func BenchmarkMatMul(b *testing.B) {
	for _, n := range []int{64, 256} {
		a, c, dst := make([]float32, n*n), make([]float32, n*n), make([]float32, n*n)
		for i := range a {
			a[i], c[i] = float32(i%17)*0.5, float32(i%13)*0.25
		}
		b.Run(fmt.Sprintf("n=%d/kernel", n), func(b *testing.B) {
			warm.Loop(b, func() {
				MatMul(dst, a, c, n, n, n)
			})
		})
		b.Run(fmt.Sprintf("n=%d/loop", n), func(b *testing.B) {
			warm.Loop(b, func() {
				loopMatMul(dst, a, c, n, n, n)
			})
		})
	}
}

func BenchmarkMatVec(b *testing.B) {
	const rows, cols = 256, 256
	m, v, dst := make([]float32, rows*cols), make([]float32, cols), make([]float32, rows)
	for i := range m {
		m[i] = float32(i%17) * 0.5
	}
	b.Run(fmt.Sprintf("%dx%d/kernel", rows, cols), func(b *testing.B) {
		b.SetBytes(int64(4 * rows * cols))
		warm.Loop(b, func() {
			MatVec(dst, m, rows, cols, v)
		})
	})
}
