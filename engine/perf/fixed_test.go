package perf

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

func TestAppendFixedMatchesAppendFloat(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200000 {
		v := (rng.Float64() - 0.3) * math.Pow(10, float64(rng.IntN(12)-4))
		for decimals := range 4 {
			got := string(appendFixed(nil, v, decimals))
			want := strconv.AppendFloat(nil, v, 'f', decimals, 64)
			if got == string(want) {
				continue
			}
			// They may differ only on a tie, or on the sign of a value
			// that rounds to zero.
			scaled := math.Abs(v) * math.Pow(10, float64(decimals))
			tie := math.Abs(scaled-math.Floor(scaled)-0.5) < 1e-6
			negZero := string(want) == "-"+got
			if !tie && !negZero {
				t.Fatalf("appendFixed(%v, %d) = %q, AppendFloat gives %q", v, decimals, got, want)
			}
		}
	}
}

func TestAppendFixedSpecialValues(t *testing.T) {
	cases := []struct {
		v        float64
		decimals int
		want     string
	}{
		{0, 2, "0.00"},
		{0.125, 2, "0.13"}, // half away from zero
		{-0.125, 2, "-0.13"},
		{16.666, 2, "16.67"},
		{59.94, 1, "59.9"},
		{7, 0, "7"},
		{math.NaN(), 2, "NaN"},
		{math.Inf(1), 1, "+Inf"},
		{1e300, 1, strconv.FormatFloat(1e300, 'f', 1, 64)},
	}
	for _, c := range cases {
		if got := string(appendFixed([]byte("x"), c.v, c.decimals)); got != "x"+c.want {
			t.Errorf("appendFixed(%v, %d) = %q, want %q", c.v, c.decimals, got, "x"+c.want)
		}
	}
}
