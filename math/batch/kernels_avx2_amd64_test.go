//go:build goexperiment.simd && amd64

package batch

import (
	"fmt"
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
		{"Sub", sub, subGeneric},
		{"Mul", mul, mulGeneric},
		{"Min", minOf, minGeneric},
		{"Max", maxOf, maxGeneric},
	}
	for _, s := range specials {
		pairs = append(pairs,
			pair{fmt.Sprint("Scale ", s),
				func(d, a, _ []float32) { scale(d, a, s) },
				func(d, a, _ []float32) { scaleGeneric(d, a, s) }},
			pair{fmt.Sprint("AddScaled ", s),
				func(d, a, b []float32) { addScaled(d, a, s, b) },
				func(d, a, b []float32) { addScaledGeneric(d, a, s, b) }},
			pair{fmt.Sprint("DistSq ", s),
				func(d, a, b []float32) { distSq(d, a, b, s, -s) },
				func(d, a, b []float32) { distSqGeneric(d, a, b, s, -s) }},
			pair{fmt.Sprint("Clamp ", s),
				func(d, a, _ []float32) { clamp(d, a, s, 1) },
				func(d, a, _ []float32) { clampGeneric(d, a, s, 1) }},
			pair{fmt.Sprint("Clamp hi ", s),
				func(d, a, _ []float32) { clamp(d, a, -1, s) },
				func(d, a, _ []float32) { clampGeneric(d, a, -1, s) }},
		)
	}
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
