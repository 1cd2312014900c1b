package geom

import (
	"math"
	"math/rand/v2"
	"testing"

	"swarmfield/math/internal/warm"
)

// TestSincosAccuracy compares Sincos with math.Sincos on random angles of
// several magnitudes and on multiples of π/4, where the reduction switches
// quadrants.
func TestSincosAccuracy(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var xs []float32
	for _, scale := range []float64{1, 10, 1000, 1 << 19} {
		for range 50_000 {
			xs = append(xs, float32((r.Float64()*2-1)*scale))
		}
	}
	for k := -64; k <= 64; k++ {
		x := float32(float64(k) * math.Pi / 4)
		xs = append(xs, x, math.Nextafter32(x, 100), math.Nextafter32(x, -100))
	}
	xs = append(xs, 0, float32(math.Copysign(0, -1)), 1<<20-64, -(1<<20 - 64))
	const tol = 1e-7
	for _, x := range xs {
		s, c := Sincos(x)
		ws, wc := math.Sincos(float64(x))
		if math.Abs(float64(s)-ws) > tol || math.Abs(float64(c)-wc) > tol {
			t.Fatalf("Sincos(%v) = %v, %v; math.Sincos gives %v, %v", x, s, c, ws, wc)
		}
	}
}

func TestSincosSpecial(t *testing.T) {
	for _, x := range []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))} {
		if s, c := Sincos(x); s == s || c == c {
			t.Errorf("Sincos(%v) = %v, %v; want NaN, NaN", x, s, c)
		}
	}
	for _, x := range []float32{1 << 20, -(1 << 20), 3e30, math.MaxFloat32} {
		s, c := Sincos(x)
		ws, wc := math.Sincos(float64(x))
		if s != float32(ws) || c != float32(wc) {
			t.Errorf("Sincos(%v) = %v, %v; want math.Sincos's %v, %v", x, s, c, ws, wc)
		}
	}
}

var sinkF float32

func BenchmarkSincos(b *testing.B) {
	// Angles in [0, 2π) in a scrambled order, like a swarm's rotations.
	xs := make([]float32, 4096)
	for i := range xs {
		xs[i] = float32(i*7919%6283) * 0.001
	}
	b.Run("Sincos", func(b *testing.B) {
		warm.Loop(b, func() {
			for _, x := range xs {
				s, c := Sincos(x)
				sinkF += s + c
			}
		})
	})
	b.Run("math.Sin+math.Cos", func(b *testing.B) {
		warm.Loop(b, func() {
			for _, x := range xs {
				sinkF += float32(math.Sin(float64(x))) + float32(math.Cos(float64(x)))
			}
		})
	})
	b.Run("math.Sincos", func(b *testing.B) {
		warm.Loop(b, func() {
			for _, x := range xs {
				s, c := math.Sincos(float64(x))
				sinkF += float32(s) + float32(c)
			}
		})
	})
}
