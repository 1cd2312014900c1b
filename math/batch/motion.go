package batch

import "math"

// Reflect keeps each position inside [lo+radius[i], hi-radius[i]] by
// bouncing it off the bounds, updating pos and vel in place.
//
// With min = lo+radius[i] and max = hi-radius[i]: if pos[i] < min, it
// becomes float32(2*min) - pos[i] and vel[i] becomes |vel[i]|; else if
// pos[i] > max, it becomes float32(2*max) - pos[i] and vel[i] becomes
// -|vel[i]|. When the reflected position is not inside the range (it had
// overshot by more than the range is wide, the range is empty, or the
// reflection overflowed), it is set to the opposite bound: max after a
// reflection off min, min after one off max. A NaN position is left as it
// is.
//
// It panics if len(vel) or len(radius) differs from len(pos).
func Reflect(pos, vel, radius []float32, lo, hi float32) {
	mustMotionLens("Reflect", pos, vel, radius)
	reflectGeneric(pos, vel, radius, lo, hi)
}

func reflectGeneric(pos, vel, radius []float32, lo, hi float32) {
	n := len(pos)
	vel, radius = vel[:n], radius[:n]
	for i := 0; i < n; i++ {
		// Most positions are inside: test that without a call, so the
		// common case stays in the loop.
		p, r := pos[i], radius[i]
		if p >= lo+r && p <= hi-r {
			continue
		}
		pos[i], vel[i] = reflect1(p, vel[i], r, lo, hi)
	}
}

func reflect1(p, v, r, lo, hi float32) (float32, float32) {
	low := lo + r
	high := hi - r
	if p < low {
		p = float32(2*low) - p
		v = abs32(v)
		if !(p >= low && p <= high) {
			p = high
		}
	} else if p > high {
		p = float32(2*high) - p
		v = -abs32(v)
		if !(p >= low && p <= high) {
			p = low
		}
	}
	return p, v
}

// abs32 clears the sign bit, so it is exact for every input, NaN included.
func abs32(v float32) float32 {
	return math.Float32frombits(math.Float32bits(v) &^ (1 << 31))
}

// Wrap sets dst[i] to a[i] brought into [0, period) by at most one addition
// or subtraction of period: values below 0 get period added, values at or
// above period get it subtracted. The inputs are assumed to have moved by
// less than one period since they were last wrapped; values further out stay
// out of range. A negative value so small that adding period rounds to
// period itself becomes 0. NaN passes through. period must be positive.
func Wrap(dst, a []float32, period float32) {
	mustSameLen("Wrap", "a", a, dst)
	n := len(dst)
	a = a[:n]
	i := 0
	for ; i < n-3; i += 4 {
		dst[i] = wrap1(a[i], period)
		dst[i+1] = wrap1(a[i+1], period)
		dst[i+2] = wrap1(a[i+2], period)
		dst[i+3] = wrap1(a[i+3], period)
	}
	for ; i < n; i++ {
		dst[i] = wrap1(a[i], period)
	}
}

func wrap1(x, period float32) float32 {
	if x < 0 {
		x += period
		if x >= period {
			x = 0
		}
	} else if x >= period {
		x -= period
	}
	return x
}
