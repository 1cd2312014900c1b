package geom

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"swarmfield/math/internal/warm"
)

const tol = 1e-5

// near reports whether got is within tol of want, relative to the size of
// want when it exceeds 1.
func near(got, want float32) bool {
	return math.Abs(float64(got-want)) <= tol*math.Max(1, math.Abs(float64(want)))
}

func nearAffine(got, want Affine) bool {
	return near(got.A, want.A) && near(got.B, want.B) && near(got.C, want.C) &&
		near(got.D, want.D) && near(got.Tx, want.Tx) && near(got.Ty, want.Ty)
}

// nearIdentity reports whether m is the identity within tol, measuring the
// translation relative to size, the magnitude of the translations that were
// composed to make m (float32 keeps about 7 significant digits of those).
func nearIdentity(m Affine, size float32) bool {
	id := Identity()
	return near(m.A, id.A) && near(m.B, id.B) && near(m.C, id.C) && near(m.D, id.D) &&
		math.Abs(float64(m.Tx)) <= tol*math.Max(1, float64(size)) &&
		math.Abs(float64(m.Ty)) <= tol*math.Max(1, float64(size))
}

// randomAffine returns a well-conditioned transform built from a rotation,
// a scaling and a translation, so its inverse is accurate to float32.
func randomAffine(r *rand.Rand) Affine {
	sx := float32(0.5 + r.Float64()*2)
	sy := float32(0.5 + r.Float64()*2)
	if r.IntN(2) == 0 {
		sy = -sy
	}
	return Identity().
		Rotate((r.Float64()*2-1)*math.Pi).
		Scale(sx, sy).
		Translate(float32(r.Float64()*200-100), float32(r.Float64()*200-100))
}

func TestVec2(t *testing.T) {
	v, w := Vec2{3, -4}, Vec2{0.5, 2}
	if got := v.Add(w); got != (Vec2{3.5, -2}) {
		t.Errorf("Add = %v", got)
	}
	if got := v.Sub(w); got != (Vec2{2.5, -6}) {
		t.Errorf("Sub = %v", got)
	}
	if got := v.Scale(-2); got != (Vec2{-6, 8}) {
		t.Errorf("Scale = %v", got)
	}
	if got := v.Dot(w); got != 1.5-8 {
		t.Errorf("Dot = %v", got)
	}
	if got := v.LenSq(); got != 25 {
		t.Errorf("LenSq = %v", got)
	}
	if got := v.Len(); got != 5 {
		t.Errorf("Len = %v", got)
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
		// A quarter turn maps the x axis onto the y axis.
		{"rotate", Identity().Rotate(math.Pi / 2), 2, 3},
		{"rotate 0", Identity().Translate(1, 2).Rotate(0), 4, 0},
	}
	for _, tt := range tests {
		gx, gy := tt.m.Apply(x, y)
		if !near(gx, tt.wx) || !near(gy, tt.wy) {
			t.Errorf("%s: Apply(%v, %v) = (%v, %v), want (%v, %v)", tt.name, x, y, gx, gy, tt.wx, tt.wy)
		}
	}
}

// TestConcat checks that m.Concat(o) applies m first, then o.
func TestConcat(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		m, o := randomAffine(r), randomAffine(r)
		x, y := float32(r.Float64()*50-25), float32(r.Float64()*50-25)
		mx, my := m.Apply(x, y)
		wx, wy := o.Apply(mx, my)
		gx, gy := m.Concat(o).Apply(x, y)
		if !near(gx, wx) || !near(gy, wy) {
			t.Fatalf("%v.Concat(%v).Apply(%v, %v) = (%v, %v), want (%v, %v)", m, o, x, y, gx, gy, wx, wy)
		}
	}
	// Each builder equals concatenating the elementary transform.
	m := randomAffine(r)
	if got, want := m.Translate(3, 4), m.Concat(Affine{A: 1, D: 1, Tx: 3, Ty: 4}); !nearAffine(got, want) {
		t.Errorf("Translate = %v, want %v", got, want)
	}
	if got, want := m.Scale(3, 4), m.Concat(Affine{A: 3, D: 4}); !nearAffine(got, want) {
		t.Errorf("Scale = %v, want %v", got, want)
	}
	c, s := float32(math.Cos(0.3)), float32(math.Sin(0.3))
	if got, want := m.Rotate(0.3), m.Concat(Affine{A: c, B: -s, C: s, D: c}); !nearAffine(got, want) {
		t.Errorf("Rotate = %v, want %v", got, want)
	}
}

func TestInvertRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		m := randomAffine(r)
		inv, ok := m.Invert()
		if !ok {
			t.Fatalf("%v.Invert() reported singular", m)
		}
		size := max(abs(m.Tx), abs(m.Ty), abs(inv.Tx), abs(inv.Ty))
		if got := m.Concat(inv); !nearIdentity(got, size) {
			t.Fatalf("m then inverse = %v, want identity (m = %v)", got, m)
		}
		if got := inv.Concat(m); !nearIdentity(got, size) {
			t.Fatalf("inverse then m = %v, want identity (m = %v)", got, m)
		}
		x, y := float32(r.Float64()*50-25), float32(r.Float64()*50-25)
		bx, by := inv.Apply(m.Apply(x, y))
		if !near(bx, x) || !near(by, y) {
			t.Fatalf("round trip of (%v, %v) = (%v, %v)", x, y, bx, by)
		}
	}
}

func TestInvertSingular(t *testing.T) {
	inf := float32(math.Inf(1))
	for _, m := range []Affine{
		{},
		Identity().Scale(0, 1),
		{A: 1, B: 2, C: 2, D: 4, Tx: 5},
		{A: inf, D: 1},
		{A: float32(math.NaN()), D: 1},
	} {
		if inv, ok := m.Invert(); ok {
			t.Errorf("%v.Invert() = %v, true; want false", m, inv)
		}
	}
}

func TestApplyBatch(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n <= 67; n++ {
		m := randomAffine(r)
		x, y := make([]float32, n), make([]float32, n)
		for i := range x {
			x[i], y[i] = float32(r.Float64()*100), float32(r.Float64()*100)
		}
		wantX, wantY := make([]float32, n), make([]float32, n)
		for i := range x {
			wantX[i], wantY[i] = m.Apply(x[i], y[i])
		}
		gotX, gotY := make([]float32, n), make([]float32, n)
		m.ApplyBatch(gotX, gotY, x, y)
		checkBits(t, fmt.Sprintf("n=%d x", n), gotX, wantX)
		checkBits(t, fmt.Sprintf("n=%d y", n), gotY, wantY)
		m.ApplyBatch(x, y, x, y)
		checkBits(t, fmt.Sprintf("n=%d in place x", n), x, wantX)
		checkBits(t, fmt.Sprintf("n=%d in place y", n), y, wantY)
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
			built := Identity().Rotate(float64(rot[i])).Scale(scale[i], scale[i]).Translate(x[i], y[i])
			for k, cn := range corners {
				ex, ey := exact.Apply(cn[0], cn[1])
				gx, gy := dst[8*i+2*k], dst[8*i+2*k+1]
				if gx != ex || gy != ey {
					t.Fatalf("n=%d quad %d corner %d = (%v, %v), want (%v, %v)", n, i, k, gx, gy, ex, ey)
				}
				bx, by := built.Apply(cn[0], cn[1])
				if !near(gx, bx) || !near(gy, by) {
					t.Fatalf("n=%d quad %d corner %d = (%v, %v), Rotate·Scale·Translate gives (%v, %v)", n, i, k, gx, gy, bx, by)
				}
			}
		}
	}
}

func TestBatchNoAlloc(t *testing.T) {
	x, y := make([]float32, 64), make([]float32, 64)
	dst := make([]float32, 8*64)
	m := Identity().Rotate(1)
	allocs := testing.AllocsPerRun(10, func() {
		m.ApplyBatch(x, y, x, y)
		QuadCorners(dst, x, y, x, y, 1, 1)
	})
	if allocs != 0 {
		t.Errorf("%v allocations per call, want 0", allocs)
	}
}

func TestBatchLengthPanics(t *testing.T) {
	s3, s4, s24 := make([]float32, 3), make([]float32, 4), make([]float32, 24)
	m := Identity()
	tests := []struct {
		want string
		call func()
	}{
		{"geom: ApplyBatch: len(y)=4 != len(x)=3", func() { m.ApplyBatch(s3, s3, s3, s4) }},
		{"geom: ApplyBatch: len(dstX)=4 != len(x)=3", func() { m.ApplyBatch(s4, s3, s3, s3) }},
		{"geom: ApplyBatch: len(dstY)=3 != len(x)=4", func() { m.ApplyBatch(s4, s3, s4, s4) }},
		{"geom: QuadCorners: len(rot)=4 != len(x)=3", func() { QuadCorners(s24, s3, s3, s4, s3, 1, 1) }},
		{"geom: QuadCorners: len(scale)=4 != len(x)=3", func() { QuadCorners(s24, s3, s3, s3, s4, 1, 1) }},
		{"geom: QuadCorners: len(dst)=24 != 8*len(x)=32", func() { QuadCorners(s24, s4, s4, s4, s4, 1, 1) }},
	}
	for _, tt := range tests {
		got := func() (msg any) {
			defer func() { msg = recover() }()
			tt.call()
			return nil
		}()
		if got != tt.want {
			t.Errorf("panic %q, want %q", got, tt.want)
		}
	}
}

func abs(v float32) float32 { return float32(math.Abs(float64(v))) }

func checkBits(t *testing.T, what string, got, want []float32) {
	t.Helper()
	for i := range got {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Fatalf("%s: [%d] = %v, want %v", what, i, got[i], want[i])
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
