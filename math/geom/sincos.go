package geom

import "math"

// Sincos returns the sine and cosine of x radians, rounded to float32. For
// |x| < 2²⁰ it reduces x once to [-π/4, π/4] and evaluates two short
// polynomials in float64, which is about twice as fast as math.Sin and
// math.Cos in WebAssembly and within 1e-7 of them; larger, infinite and NaN
// arguments go to math.Sincos. It is meant for drawing, where results need
// not be bit-identical across platforms, not for the simulation.
func Sincos(x float32) (sin, cos float32) {
	xf := float64(x)
	if !(math.Abs(xf) < 1<<20) {
		s, c := math.Sincos(xf)
		return float32(s), float32(c)
	}
	// x = k·π/2 + r with |r| <= π/4. pio2Hi has 31 significant bits, so
	// k·pio2Hi is exact for |k| < 2²², and |k| < 2²⁰ here.
	k := math.RoundToEven(xf * (2 / math.Pi))
	r := (xf - k*pio2Hi) - k*pio2Lo
	r2 := r * r
	// Taylor series to r¹¹ and r¹²: the first omitted terms are below 1e-9
	// on [-π/4, π/4].
	s := r + r*r2*(-1.0/6+r2*(1.0/120+r2*(-1.0/5040+r2*(1.0/362880+r2*(-1.0/39916800)))))
	c := 1 - 0.5*r2 + r2*r2*(1.0/24+r2*(-1.0/720+r2*(1.0/40320+r2*(-1.0/3628800+r2*(1.0/479001600)))))
	// Quadrant q of 4 maps (s, c) to (s, c), (c, -s), (-s, -c) or (-c, s).
	// Picking from arrays rather than branching keeps random angles from
	// mispredicting a branch per call.
	q := int64(k) & 3
	sc := [2]float64{s, c}
	return float32(sc[q&1] * sign[q>>1]), float32(sc[(q+1)&1] * sign[((q+1)>>1)&1])
}

// sign[b] is +1 for b = 0 and -1 for b = 1.
var sign = [2]float64{1, -1}

// π/2 split into a head with 31 significant bits and the rest.
const (
	pio2Hi = 1.5707963267341256e+00 // 0x3FF921FB54400000
	pio2Lo = 6.0771005065061922e-11 // 0x3DD0B4611A626331
)
