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
		dx0, dy0 := x[i]-px, y[i]-py
		dx1, dy1 := x[i+1]-px, y[i+1]-py
		dx2, dy2 := x[i+2]-px, y[i+2]-py
		dx3, dy3 := x[i+3]-px, y[i+3]-py
		dst[i] = float32(dx0*dx0) + float32(dy0*dy0)
		dst[i+1] = float32(dx1*dx1) + float32(dy1*dy1)
		dst[i+2] = float32(dx2*dx2) + float32(dy2*dy2)
		dst[i+3] = float32(dx3*dx3) + float32(dy3*dy3)
	}
	for ; i < n; i++ {
		dx, dy := x[i]-px, y[i]-py
		dst[i] = float32(dx*dx) + float32(dy*dy)
	}
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
