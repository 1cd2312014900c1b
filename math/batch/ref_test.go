package batch

import (
	"math"
	"math/rand/v2"
	"testing"
)

// specials are the values every kernel test mixes into its inputs.
var specials = []float32{
	0, float32(math.Copysign(0, -1)), 1, -1,
	float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)),
	math.MaxFloat32, -math.MaxFloat32, math.SmallestNonzeroFloat32, 0.1,
}

// testValues returns n reproducible inputs: mostly finite values of varied
// magnitude, with about one in six taken from specials.
func testValues(n int, seed uint64) []float32 {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	s := make([]float32, n)
	for i := range s {
		if r.IntN(6) == 0 {
			s[i] = specials[r.IntN(len(specials))]
			continue
		}
		s[i] = float32((r.Float64()*2 - 1) * math.Ldexp(1, r.IntN(20)-6))
	}
	return s
}

// same reports whether x and y are bitwise equal, counting any two NaNs as
// equal (their payloads are not specified across platforms).
func same(x, y float32) bool {
	if x != x && y != y {
		return true
	}
	return math.Float32bits(x) == math.Float32bits(y)
}

// checkSame fails t at the first element where got and want differ.
func checkSame(t *testing.T, what string, got, want []float32) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: len %d, want %d", what, len(got), len(want))
	}
	for i := range got {
		if !same(got[i], want[i]) {
			t.Fatalf("%s: [%d] = %v (%#08x), want %v (%#08x)", what, i,
				got[i], math.Float32bits(got[i]), want[i], math.Float32bits(want[i]))
		}
	}
}

// refSum adds terms in the order documented on MatVec, written out plainly.
func refSum(terms []float32) float32 {
	m := len(terms) / 4 * 4
	var part [4]float32
	for i := 0; i < m; i++ {
		part[i%4] = part[i%4] + terms[i]
	}
	s := (part[0] + part[1]) + (part[2] + part[3])
	for i := m; i < len(terms); i++ {
		s = s + terms[i]
	}
	return s
}

func refDot(a, b []float32) float32 {
	prod := make([]float32, len(a))
	for i := range a {
		prod[i] = float32(a[i] * b[i])
	}
	return refSum(prod)
}

func refReflect(p, v, r, lo, hi float32) (float32, float32) {
	low, high := lo+r, hi-r
	switch {
	case p < low:
		p = float32(2*low) - p
		v = float32(math.Abs(float64(v)))
		if p < low || p > high || p != p {
			p = high
		}
	case p > high:
		p = float32(2*high) - p
		v = -float32(math.Abs(float64(v)))
		if p < low || p > high || p != p {
			p = low
		}
	}
	return p, v
}

func refWrap(x, period float32) float32 {
	switch {
	case x < 0:
		x += period
		if x == period {
			x = 0
		}
	case x >= period:
		x -= period
	}
	return x
}
