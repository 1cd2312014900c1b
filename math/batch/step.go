package batch

// The kernels in this file fuse two passes that a simulation step makes over
// the same slices into one, so each element is loaded and stored once. Their
// results are bitwise those of the two passes written one after the other.

// Bounce advances each position by its velocity and keeps it inside
// [lo+radius[i], hi-radius[i]] by bouncing it off the bounds, in one pass
// over the data: [Add](pos, pos, vel), then the reflection.
//
// With p = pos[i] + vel[i], min = lo+radius[i] and max = hi-radius[i]: if
// p < min, the position becomes float32(2*min) - p and vel[i] becomes
// |vel[i]|; else if p > max, it becomes float32(2*max) - p and vel[i]
// becomes -|vel[i]|. When the reflected position is not inside the range
// (it had overshot by more than the range is wide, the range is empty, or
// the reflection overflowed), it is set to the opposite bound: max after a
// reflection off min, min after one off max. A NaN position is left as it
// is.
//
// It panics if len(vel) or len(radius) differs from len(pos).
func Bounce(pos, vel, radius []float32, lo, hi float32) {
	mustMotionLens("Bounce", pos, vel, radius)
	bounce(pos, vel, radius, lo, hi)
}

func bounceGeneric(pos, vel, radius []float32, lo, hi float32) {
	n := len(pos)
	vel, radius = vel[:n], radius[:n]
	i := 0
	for ; i < n-3; i += 4 {
		p0, p1 := pos[i]+vel[i], pos[i+1]+vel[i+1]
		p2, p3 := pos[i+2]+vel[i+2], pos[i+3]+vel[i+3]
		pos[i], pos[i+1], pos[i+2], pos[i+3] = p0, p1, p2, p3
		r0, r1, r2, r3 := radius[i], radius[i+1], radius[i+2], radius[i+3]
		// Positions that stayed inside, and NaNs, which reflect1 leaves as
		// they are, need nothing more: the common case is four stores.
		if p0 < lo+r0 || p0 > hi-r0 || p1 < lo+r1 || p1 > hi-r1 ||
			p2 < lo+r2 || p2 > hi-r2 || p3 < lo+r3 || p3 > hi-r3 {
			reflectGeneric(pos[i:i+4], vel[i:i+4], radius[i:i+4], lo, hi)
		}
	}
	for ; i < n; i++ {
		p, r := pos[i]+vel[i], radius[i]
		pos[i] = p
		if p < lo+r || p > hi-r {
			pos[i], vel[i] = reflect1(p, vel[i], r, lo, hi)
		}
	}
}

// AddWrap sets dst[i] to a[i] + b[i] brought into [0, period) by at most
// one addition or subtraction of period, in one pass: sums below 0 get
// period added, sums at or above period get it subtracted. The inputs are
// assumed to move by less than one period a call; sums further out stay out
// of range. A negative sum so small that adding period rounds to period
// itself becomes 0. NaN passes through. period must be positive. It is the
// spin step of rotations kept in [0, 2π).
func AddWrap(dst, a, b []float32, period float32) {
	mustSameLen("AddWrap", "a", a, dst)
	mustSameLen("AddWrap", "b", b, dst)
	addWrap(dst, a, b, period)
}

func addWrapGeneric(dst, a, b []float32, period float32) {
	n := len(dst)
	a, b = a[:n], b[:n]
	i := 0
	for ; i < n-3; i += 4 {
		s0, s1, s2, s3 := a[i]+b[i], a[i+1]+b[i+1], a[i+2]+b[i+2], a[i+3]+b[i+3]
		dst[i], dst[i+1], dst[i+2], dst[i+3] = s0, s1, s2, s3
		// Sums inside [0, period), and NaNs, which wrap1 leaves as they
		// are, need nothing more.
		if s0 < 0 || s0 >= period || s1 < 0 || s1 >= period ||
			s2 < 0 || s2 >= period || s3 < 0 || s3 >= period {
			d := dst[i : i+4 : i+4]
			d[0], d[1], d[2], d[3] = wrap1(s0, period), wrap1(s1, period), wrap1(s2, period), wrap1(s3, period)
		}
	}
	for ; i < n; i++ {
		dst[i] = wrap1(a[i]+b[i], period)
	}
}

// AppendNear appends to idx, in increasing order, every index i whose point
// (x[i], y[i]) lies within squared distance limit of (px, py), and returns
// the extended slice. The squared distance is float32(dx*dx) +
// float32(dy*dy) with dx = x[i]-px and dy = y[i]-py, each product rounded
// to float32, and NaN distances never match. It does not allocate when idx has
// enough spare capacity. x must hold fewer than 1<<31 elements.
//
// It panics if len(y) differs from len(x).
func AppendNear(idx []int32, x, y []float32, px, py, limit float32) []int32 {
	if len(y) != len(x) {
		panicLen("AppendNear", "y", len(y), "x", len(x))
	}
	return appendNear(idx, x, y, px, py, limit)
}

func appendNearGeneric(idx []int32, x, y []float32, px, py, limit float32) []int32 {
	n := len(x)
	y = y[:n]
	i := 0
	for ; i < n-3; i += 4 {
		d0 := distSq1(x[i], y[i], px, py)
		d1 := distSq1(x[i+1], y[i+1], px, py)
		d2 := distSq1(x[i+2], y[i+2], px, py)
		d3 := distSq1(x[i+3], y[i+3], px, py)
		// Most points are far: one test per block in the common case.
		if !(d0 <= limit || d1 <= limit || d2 <= limit || d3 <= limit) {
			continue
		}
		for k, d := range [4]float32{d0, d1, d2, d3} {
			if d <= limit {
				idx = append(idx, int32(i+k))
			}
		}
	}
	for ; i < n; i++ {
		if distSq1(x[i], y[i], px, py) <= limit {
			idx = append(idx, int32(i))
		}
	}
	return idx
}
