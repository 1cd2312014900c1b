package batch

// DistSq sets dst[i] to the squared distance from (x[i], y[i]) to (px, py):
// float32(dx*dx) + float32(dy*dy) with dx = x[i]-px and dy = y[i]-py.
func DistSq(dst, x, y []float32, px, py float32) {
	mustSameLen("DistSq", "x", x, dst)
	mustSameLen("DistSq", "y", y, dst)
	distSq(dst, x, y, px, py)
}

func distSqGeneric(dst, x, y []float32, px, py float32) {
	n := len(dst)
	x, y = x[:n], y[:n]
	i := 0
	for ; i < n-3; i += 4 {
		dst[i] = distSq1(x[i], y[i], px, py)
		dst[i+1] = distSq1(x[i+1], y[i+1], px, py)
		dst[i+2] = distSq1(x[i+2], y[i+2], px, py)
		dst[i+3] = distSq1(x[i+3], y[i+3], px, py)
	}
	for ; i < n; i++ {
		dst[i] = distSq1(x[i], y[i], px, py)
	}
}

// distSq1 is the squared distance from (x, y) to (px, py), with each
// product rounded to float32 so that no fused multiply-add changes it.
func distSq1(x, y, px, py float32) float32 {
	dx, dy := x-px, y-py
	return float32(dx*dx) + float32(dy*dy)
}

// AppendWithin appends to idx, in increasing order, every index i for which
// distSq[i] <= limit, and returns the extended slice. NaN entries never
// match. It does not allocate when idx has enough spare capacity. Indexes
// are int32, so distSq must hold fewer than 1<<31 elements.
func AppendWithin(idx []int32, distSq []float32, limit float32) []int32 {
	for i, d := range distSq {
		if d <= limit {
			idx = append(idx, int32(i))
		}
	}
	return idx
}
