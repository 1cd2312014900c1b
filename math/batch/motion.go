package batch

import "math"

// reflectGeneric keeps each position inside [lo+radius[i], hi-radius[i]]
// by bouncing it off the bounds, as documented on Bounce, updating pos and
// vel in place.
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

// wrap1 brings x into [0, period) as documented on AddWrap.
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
