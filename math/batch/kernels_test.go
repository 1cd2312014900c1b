package batch

import (
	"fmt"
	"math"
	"testing"
)

// elementCase describes an element-wise kernel by a closure over two
// input slices and the scalar reference for one element.
type elementCase struct {
	name   string
	inputs int // 1: b is unused; 2: both a and b are read
	kernel func(dst, a, b []float32)
	ref    func(a, b float32) float32
}

func elementCases() []elementCase {
	cases := []elementCase{
		{"Add", 2, Add, func(a, b float32) float32 { return a + b }},
		{"Mul", 2, Mul, func(a, b float32) float32 { return a * b }},
	}
	for _, s := range specials {
		cases = append(cases,
			elementCase{fmt.Sprintf("Scale/s=%v", s), 1,
				func(dst, a, _ []float32) { Scale(dst, a, s) },
				func(a, _ float32) float32 { return a * s }},
			elementCase{fmt.Sprintf("AddScaled/s=%v", s), 2,
				func(dst, a, b []float32) { AddScaled(dst, a, s, b) },
				func(a, b float32) float32 { return a + float32(s*b) }},
		)
	}
	for _, period := range []float32{2 * math.Pi, 1, 360} {
		cases = append(cases, elementCase{fmt.Sprintf("AddWrap/%v", period), 2,
			func(dst, a, b []float32) { AddWrap(dst, a, b, period) },
			func(a, b float32) float32 { return refWrap(a+b, period) }})
	}
	return cases
}

// TestElementKernels runs every element-wise kernel against its scalar
// reference for every length 0..67, with a separate destination and with the
// destination aliasing each input.
func TestElementKernels(t *testing.T) {
	for _, c := range elementCases() {
		t.Run(c.name, func(t *testing.T) {
			for n := 0; n <= 67; n++ {
				a := testValues(n, uint64(2*n))
				b := testValues(n, uint64(2*n+1))
				want := make([]float32, n)
				for i := range want {
					want[i] = c.ref(a[i], b[i])
				}

				dst := make([]float32, n)
				c.kernel(dst, a, b)
				checkSame(t, fmt.Sprintf("n=%d", n), dst, want)

				aa := append([]float32(nil), a...)
				c.kernel(aa, aa, b)
				checkSame(t, fmt.Sprintf("n=%d dst=a", n), aa, want)

				if c.inputs == 2 {
					bb := append([]float32(nil), b...)
					c.kernel(bb, a, bb)
					checkSame(t, fmt.Sprintf("n=%d dst=b", n), bb, want)
				}
			}
		})
	}
}

// TestMatVecOrder checks the documented order on values where order
// matters: 1e8 absorbs a 1 added after it but not 1s summed first.
func TestMatVecOrder(t *testing.T) {
	// The float32 spacing at 1e8 is 8, so a lone 1, 2 or 3 added to 1e8 is
	// lost. Lanes: s0 = 1e8+3 = 1e8, s1 = 2, s2 = s3 = 4; then
	// (1e8 + 2) + (4 + 4) = 1e8 + 8, where adding left to right gives 1e8.
	m := []float32{1e8, 1, 2, 2, 3, 1, 2, 2}
	ones := []float32{1, 1, 1, 1, 1, 1, 1, 1}
	dst := make([]float32, 1)
	MatVec(dst, m, 1, len(m), ones)
	if want := float32(1e8 + 8); dst[0] != want {
		t.Errorf("MatVec(%v, ones) = %v, want %v", m, dst[0], want)
	}
	// Small integers are exact in any order.
	ints := make([]float32, 67)
	for i := range ints {
		ints[i] = float32(i - 20)
	}
	MatVec(dst, ints, 1, len(ints), ints)
	if dst[0] != float32(refDotExact(ints)) {
		t.Errorf("MatVec(ints, ints) = %v, want %v", dst[0], refDotExact(ints))
	}
}

func refDotExact(a []float32) int {
	s := 0
	for _, v := range a {
		s += int(v) * int(v)
	}
	return s
}

func TestReflect(t *testing.T) {
	bounds := [][2]float32{{0, 100}, {-5, 5}, {10, 10}, {3, -3}}
	for _, bd := range bounds {
		lo, hi := bd[0], bd[1]
		for n := 0; n <= 67; n++ {
			pos := testValues(n, uint64(4*n))
			vel := testValues(n, uint64(4*n+1))
			rad := testValues(n, uint64(4*n+2))
			wantP := make([]float32, n)
			wantV := make([]float32, n)
			for i := range pos {
				wantP[i], wantV[i] = refReflect(pos[i], vel[i], rad[i], lo, hi)
			}
			reflectGeneric(pos, vel, rad, lo, hi)
			what := fmt.Sprintf("[%v,%v] n=%d", lo, hi, n)
			checkSame(t, what+" pos", pos, wantP)
			checkSame(t, what+" vel", vel, wantV)
		}
	}
}

// TestBouncePhysics checks the documented physics on concrete values.
func TestBouncePhysics(t *testing.T) {
	pos := []float32{-2, 103, 50, -300, 1}
	vel := []float32{-4, 6, 7, -1, -1}
	rad := []float32{1, 1, 1, 1, 2}
	for i := range pos { // Bounce adds the velocity first
		pos[i] -= vel[i]
	}
	Bounce(pos, vel, rad, 0, 100)
	wantP := []float32{4, 95, 50, 99, 3} // -300 reflects to 302, clamped to 99
	wantV := []float32{4, -6, 7, 1, 1}
	checkSame(t, "pos", pos, wantP)
	checkSame(t, "vel", vel, wantV)
}

func TestWrapRange(t *testing.T) {
	const period = 2 * math.Pi
	for _, x := range []float32{-1e-9, -period + 1e-3, 0, 3, period, 2*period - 1e-3, -0.5} {
		dst := []float32{x}
		AddWrap(dst, dst, []float32{0}, period)
		if !(dst[0] >= 0 && dst[0] < period) {
			t.Errorf("Wrap(%v) = %v, not in [0, %v)", x, dst[0], float32(period))
		}
	}
}

func TestMatVec(t *testing.T) {
	for _, sz := range [][2]int{{0, 0}, {0, 3}, {3, 0}, {1, 1}, {5, 7}, {9, 67}} {
		rows, cols := sz[0], sz[1]
		m := testValues(rows*cols, uint64(rows*100+cols))
		v := testValues(cols, 77)
		dst := make([]float32, rows)
		MatVec(dst, m, rows, cols, v)
		want := make([]float32, rows)
		for r := range want {
			want[r] = refDot(m[r*cols:(r+1)*cols], v)
		}
		checkSame(t, fmt.Sprintf("%dx%d", rows, cols), dst, want)
	}
}

func TestMatMul(t *testing.T) {
	sizes := [][3]int{{0, 0, 0}, {1, 0, 2}, {2, 3, 0}, {1, 1, 1}, {3, 5, 7},
		{65, 2, 3}, {3, 130, 70}, {70, 65, 129}}
	for _, sz := range sizes {
		n, k, m := sz[0], sz[1], sz[2]
		a := testValues(n*k, uint64(n*1000+k))
		b := testValues(k*m, uint64(k*1000+m))
		dst := testValues(n*m, 1) // stale contents must be overwritten
		MatMul(dst, a, b, n, k, m)
		want := make([]float32, n*m)
		loopMatMul(want, a, b, n, k, m)
		checkSame(t, fmt.Sprintf("%dx%dx%d", n, k, m), dst, want)
	}
}

// TestMatMulIdentity checks MatMul on values with exact results.
func TestMatMulIdentity(t *testing.T) {
	const n = 67
	id := make([]float32, n*n)
	for i := 0; i < n; i++ {
		id[i*n+i] = 1
	}
	a := make([]float32, n*n)
	for i := range a {
		a[i] = float32(i%13 - 6)
	}
	dst := make([]float32, n*n)
	MatMul(dst, a, id, n, n, n)
	checkSame(t, "a·I", dst, a)
	MatMul(dst, id, a, n, n, n)
	checkSame(t, "I·a", dst, a)
}

func TestLengthMismatchPanics(t *testing.T) {
	three, four := make([]float32, 3), make([]float32, 4)
	tests := []struct {
		want string
		call func()
	}{
		{"batch: Add: len(a)=3 != len(dst)=4", func() { Add(four, three, four) }},
		{"batch: Add: len(b)=3 != len(dst)=4", func() { Add(four, four, three) }},
		{"batch: Mul: len(b)=4 != len(dst)=3", func() { Mul(three, three, four) }},
		{"batch: Scale: len(a)=4 != len(dst)=3", func() { Scale(three, four, 2) }},
		{"batch: AddScaled: len(b)=3 != len(dst)=4", func() { AddScaled(four, four, 2, three) }},
		{"batch: Bounce: len(vel)=4 != len(pos)=3", func() { Bounce(three, four, three, 0, 1) }},
		{"batch: Bounce: len(radius)=3 != len(pos)=4", func() { Bounce(four, four, three, 0, 1) }},
		{"batch: AddWrap: len(b)=3 != len(dst)=4", func() { AddWrap(four, four, three, 1) }},
		{"batch: AppendNear: len(y)=4 != len(x)=3", func() { AppendNear(nil, three, four, 0, 0, 1) }},
		{"batch: MatVec: len(m)=3 != len(rows*cols)=4", func() { MatVec(make([]float32, 2), three, 2, 2, make([]float32, 2)) }},
		{"batch: MatVec: len(v)=3 != len(cols)=2", func() { MatVec(make([]float32, 2), four, 2, 2, three) }},
		{"batch: MatVec: negative size -1×2", func() { MatVec(nil, nil, -1, 2, nil) }},
		{"batch: MatMul: len(b)=3 != len(k*m)=4", func() { MatMul(four, four, three, 2, 2, 2) }},
		{"batch: MatMul: len(dst)=3 != len(n*m)=4", func() { MatMul(three, four, four, 2, 2, 2) }},
		{"batch: MatMul: negative size n=1 k=-1 m=1", func() { MatMul(nil, nil, nil, 1, -1, 1) }},
	}
	for _, tt := range tests {
		if got := panicValue(tt.call); got != tt.want {
			t.Errorf("panic %q, want %q", got, tt.want)
		}
	}
}

// TestElementKernelsSpecialPairs runs every element-wise kernel on every
// pair of special values (NaN, infinities, signed zeros, extremes), long
// enough that the vector paths see them too.
func TestElementKernelsSpecialPairs(t *testing.T) {
	var a, b []float32
	for _, x := range specials {
		for _, y := range specials {
			a, b = append(a, x), append(b, y)
		}
	}
	for _, c := range elementCases() {
		want := make([]float32, len(a))
		for i := range want {
			want[i] = c.ref(a[i], b[i])
		}
		got := make([]float32, len(a))
		c.kernel(got, a, b)
		checkSame(t, c.name, got, want)
	}
}

// panicValue runs f and returns the value it panicked with, or nil.
func panicValue(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

// loopMatMul is MatMul as three plain loops, rounding each product to
// float32 before the sum so that no FMA fuses them: the reference that the
// tests compare MatMul with and the benchmarks time it against.
func loopMatMul(dst, a, b []float32, n, k, m int) {
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			var s float32
			for p := 0; p < k; p++ {
				s += float32(a[i*k+p] * b[p*m+j])
			}
			dst[i*m+j] = s
		}
	}
}
