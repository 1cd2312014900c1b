package perf

import (
	"math"
	"strconv"
)

// appendFixed appends v with the given number of decimals (0 to 3),
// rounding half away from zero. It is several times faster than
// strconv.AppendFloat with 'f' and agrees with it except on exact ties.
// Values it cannot scale exactly (NaN, infinities, very large) fall back
// to strconv.AppendFloat.
func appendFixed(b []byte, v float64, decimals int) []byte {
	decimals = min(max(decimals, 0), 3)
	scale := int64(1)
	for range decimals {
		scale *= 10
	}
	scaled := math.Round(v * float64(scale))
	if math.IsNaN(scaled) || math.Abs(scaled) >= 1<<53 {
		return strconv.AppendFloat(b, v, 'f', decimals, 64)
	}
	n := int64(scaled)
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/scale, 10)
	if decimals == 0 {
		return b
	}
	b = append(b, '.')
	frac := n % scale
	for d := scale / 10; d > 0; d /= 10 {
		b = append(b, byte('0'+frac/d))
		frac %= d
	}
	return b
}
