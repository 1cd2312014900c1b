//go:build goexperiment.simd && amd64

package batch

import (
	"fmt"
	"math"
	"testing"
)

// TestAVX2MatchesPortable compares each AVX2 kernel with its portable twin
// bit for bit, at lengths that exercise the 8-wide body and every tail.
func TestAVX2MatchesPortable(t *testing.T) {
	if !useAVX2 {
		t.Skip("CPU has no AVX2")
	}
	type pair struct {
		name       string
		fast, port func(dst, a, b []float32)
	}
	pairs := []pair{
		{"Add", add, addGeneric},
		{"Mul", mul, mulGeneric},
	}
	for _, s := range specials {
		pairs = append(pairs,
			pair{fmt.Sprint("Scale ", s),
				func(d, a, _ []float32) { scale(d, a, s) },
				func(d, a, _ []float32) { scaleGeneric(d, a, s) }},
			pair{fmt.Sprint("AddScaled ", s),
				func(d, a, b []float32) { addScaled(d, a, s, b) },
				func(d, a, b []float32) { addScaledGeneric(d, a, s, b) }},
			pair{fmt.Sprint("AddWrap ", s),
				func(d, a, b []float32) { addWrap(d, a, b, s) },
				func(d, a, b []float32) { addWrapGeneric(d, a, b, s) }},
		)
	}
	pairs = append(pairs,
		pair{"AddWrap 2π", // sums that stay in range take the vector branch
			func(d, a, b []float32) { addWrap(d, abs(a), abs(b), 6.2831855) },
			func(d, a, b []float32) { addWrapGeneric(d, abs(a), abs(b), 6.2831855) }},
		pair{"AppendNear", func(d, a, b []float32) { nearLanes(d, a, b, appendNear) },
			func(d, a, b []float32) { nearLanes(d, a, b, appendNearGeneric) }},
	)
	for _, p := range pairs {
		for n := 0; n <= 67; n++ {
			a, b := testValues(n, uint64(n)+100), testValues(n, uint64(n)+200)
			got, want := make([]float32, n), make([]float32, n)
			p.fast(got, a, b)
			p.port(want, a, b)
			checkSame(t, fmt.Sprintf("%s n=%d", p.name, n), got, want)
		}
	}
}

// abs returns |a[i]| brought below 3, so that sums of two stay inside
// [0, 2π) and the vector branch of addWrap is the one tested.
func abs(a []float32) []float32 {
	out := make([]float32, len(a))
	for i, v := range a {
		out[i] = float32(math.Mod(math.Abs(float64(v)), 3))
	}
	return out
}

// nearLanes writes into d which points of (a, b) an appendNear kernel found.
func nearLanes(d, a, b []float32, kernel func(idx []int32, x, y []float32, px, py, limit float32) []int32) {
	clear(d)
	for _, i := range kernel(nil, a, b, 0.5, -0.5, 4) {
		d[i] = 1
	}
}

// TestAVX2BounceMatchesPortable compares the AVX2 bounce with the portable
// one on swarm-like values, positions and velocities both, over many steps.
func TestAVX2BounceMatchesPortable(t *testing.T) {
	if !useAVX2 {
		t.Skip("CPU has no AVX2")
	}
	for n := 0; n <= 67; n++ {
		pos, vel, rad := motionValues(n, uint64(n), 0, 100)
		p2, v2 := append([]float32(nil), pos...), append([]float32(nil), vel...)
		for step := range 50 {
			bounce(pos, vel, rad, 0, 100)
			bounceGeneric(p2, v2, rad, 0, 100)
			checkSame(t, fmt.Sprintf("n=%d step=%d pos", n, step), pos, p2)
			checkSame(t, fmt.Sprintf("n=%d step=%d vel", n, step), vel, v2)
		}
	}
}
