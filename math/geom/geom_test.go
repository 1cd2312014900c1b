package geom

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"swarmfield/math/internal/warm"
)

const tol = 1e-5

// near reports whether got is within tol of want, relative to the size of
// want when it exceeds 1.
func near(got, want float32) bool {
	return math.Abs(float64(got-want)) <= tol*math.Max(1, math.Abs(float64(want)))
}

func TestLenSq(t *testing.T) {
	if got := (Vec2{3, -4}).LenSq(); got != 25 {
		t.Errorf("LenSq = %v, want 25", got)
	}
}

// TestInUnitDisc checks that the points lie in the disc outside the
// excluded middle, cover all four quadrants, and come from the documented
// draws: X then Y, each float32(2*Float32()) - 1, retried until inside.
func TestInUnitDisc(t *testing.T) {
	const minLenSq = 0.01
	r := rand.New(rand.NewPCG(1, 2))
	ref := rand.New(rand.NewPCG(1, 2))
	var quadrants [4]int
	for range 10_000 {
		v := InUnitDisc(r, minLenSq)
		if d := v.LenSq(); !(d > minLenSq && d <= 1) {
			t.Fatalf("InUnitDisc = %v, squared length %v outside (%v, 1]", v, d, minLenSq)
		}
		var want Vec2
		for {
			want.X = float32(2*ref.Float32()) - 1
			want.Y = float32(2*ref.Float32()) - 1
			if d := float32(want.X*want.X) + float32(want.Y*want.Y); d > minLenSq && d <= 1 {
				break
			}
		}
		if v != want {
			t.Fatalf("InUnitDisc = %v, want %v from the same stream", v, want)
		}
		q := 0
		if v.X < 0 {
			q++
		}
		if v.Y < 0 {
			q += 2
		}
		quadrants[q]++
	}
	for q, n := range quadrants {
		if n < 2000 {
			t.Errorf("quadrant %d got %d of 10000 points", q, n)
		}
	}
}

func TestElementary(t *testing.T) {
	x, y := float32(3), float32(-2)
	tests := []struct {
		name   string
		m      Affine
		wx, wy float32
	}{
		{"identity", Identity(), 3, -2},
		{"translate", Identity().Translate(10, 20), 13, 18},
		{"scale", Identity().Scale(2, -3), 6, 6},
		{"scale then translate", Identity().Scale(2, 2).Translate(1, 1), 7, -3},
		{"translate then scale", Identity().Translate(1, 1).Scale(2, 2), 8, -2},
		{"general", Affine{A: 1, B: 2, C: 3, D: 4, Tx: 5, Ty: 6}, 3 - 4 + 5, 9 - 8 + 6},
	}
	for _, tt := range tests {
		gx, gy := tt.m.Apply(x, y)
		if !near(gx, tt.wx) || !near(gy, tt.wy) {
			t.Errorf("%s: Apply(%v, %v) = (%v, %v), want (%v, %v)", tt.name, x, y, gx, gy, tt.wx, tt.wy)
		}
	}
}

func TestQuadCorners(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	const hw, hh = 8, 5
	for n := 0; n <= 9; n++ {
		x, y, rot, scale := make([]float32, n), make([]float32, n), make([]float32, n), make([]float32, n)
		for i := range x {
			x[i], y[i] = float32(r.Float64()*640), float32(r.Float64()*480)
			rot[i] = float32((r.Float64()*2 - 1) * 4)
			scale[i] = float32(0.25 + r.Float64()*3)
		}
		dst := make([]float32, 8*n)
		QuadCorners(dst, x, y, rot, scale, hw, hh)
		corners := [4][2]float32{{-hw, -hh}, {hw, -hh}, {-hw, hh}, {hw, hh}}
		for i := range x {
			s, c := Sincos(rot[i])
			exact := Affine{A: c * scale[i], B: -s * scale[i], C: s * scale[i], D: c * scale[i], Tx: x[i], Ty: y[i]}
			for k, cn := range corners {
				ex, ey := exact.Apply(cn[0], cn[1])
				gx, gy := dst[8*i+2*k], dst[8*i+2*k+1]
				if gx != ex || gy != ey {
					t.Fatalf("n=%d quad %d corner %d = (%v, %v), want (%v, %v)", n, i, k, gx, gy, ex, ey)
				}
				// A rotation by rot[i], clockwise on screen, then the
				// scaling and the translation, in float64.
				fs, fc := math.Sincos(float64(rot[i]))
				fx := float64(x[i]) + float64(scale[i])*(fc*float64(cn[0])-fs*float64(cn[1]))
				fy := float64(y[i]) + float64(scale[i])*(fs*float64(cn[0])+fc*float64(cn[1]))
				if !near(gx, float32(fx)) || !near(gy, float32(fy)) {
					t.Fatalf("n=%d quad %d corner %d = (%v, %v), float64 gives (%v, %v)", n, i, k, gx, gy, fx, fy)
				}
			}
		}
	}
}

// TestQuadCornersAllocs counts every allocation over many calls
// (testing.AllocsPerRun would round 0.98 down to 0).
func TestQuadCornersAllocs(t *testing.T) {
	x, y := make([]float32, 64), make([]float32, 64)
	dst := make([]float32, 8*64)
	QuadCorners(dst, x, y, x, y, 1, 1)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 1000 {
		QuadCorners(dst, x, y, x, y, 1, 1)
	}
	runtime.ReadMemStats(&after)
	if n := after.Mallocs - before.Mallocs; n != 0 {
		t.Errorf("1000 calls allocated %d times, want 0", n)
	}
}

func TestBatchLengthPanics(t *testing.T) {
	s3, s4, s24 := make([]float32, 3), make([]float32, 4), make([]float32, 24)
	tests := []struct {
		want string
		call func()
	}{
		{"geom: QuadCorners: len(y)=4 != len(x)=3", func() { QuadCorners(s24, s3, s4, s3, s3, 1, 1) }},
		{"geom: QuadCorners: len(rot)=4 != len(x)=3", func() { QuadCorners(s24, s3, s3, s4, s3, 1, 1) }},
		{"geom: QuadCorners: len(scale)=4 != len(x)=3", func() { QuadCorners(s24, s3, s3, s3, s4, 1, 1) }},
		{"geom: QuadCorners: len(dst)=24 != 8*len(x)=32", func() { QuadCorners(s24, s4, s4, s4, s4, 1, 1) }},
	}
	for _, tt := range tests {
		if got := panicValue(tt.call); got != tt.want {
			t.Errorf("panic %q, want %q", got, tt.want)
		}
	}
}

// BenchmarkQuadCorners transforms the corners of 20k rotated, scaled quads,
// the first step of drawing a swarm; it reports ns per quad.
func BenchmarkQuadCorners(b *testing.B) {
	const n = 20_000
	x, y, rot, scale := make([]float32, n), make([]float32, n), make([]float32, n), make([]float32, n)
	for i := range x {
		x[i], y[i] = float32(i%800), float32(i*7%600)
		rot[i], scale[i] = float32(i%628)*0.01, 0.5+float32(i%3)*0.25
	}
	dst := make([]float32, 8*n)
	warm.Loop(b, func() {
		QuadCorners(dst, x, y, rot, scale, 16, 16)
	})
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/quad")
}

var sinkX, sinkY float32

// BenchmarkApply maps 4096 points through a scale and translation, the
// window fit a sprite batch applies to every corner; it reports ns per
// point.
func BenchmarkApply(b *testing.B) {
	const n = 4096
	m := Identity().Scale(1.6, 1.6).Translate(120, 0)
	for b.Loop() {
		for i := range n {
			x, y := m.Apply(float32(i%800), float32(i%600))
			sinkX += x
			sinkY += y
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/point")
}

// BenchmarkInUnitDisc draws random directions as a burst of particles
// does.
func BenchmarkInUnitDisc(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for b.Loop() {
		v := InUnitDisc(r, 0.0001)
		sinkX += v.X
	}
}

// panicValue runs f and returns the value it panicked with, or nil.
func panicValue(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}
