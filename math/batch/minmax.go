package batch

// Min sets dst[i] to a[i] if a[i] < b[i], and to b[i] otherwise.
//
// So when either operand is NaN, or both are zeros of either sign, the
// result is b[i]. This is the rule of the x86 MINPS instruction, which the
// AVX2 path uses.
func Min(dst, a, b []float32) {
	mustSameLen("Min", "a", a, dst)
	mustSameLen("Min", "b", b, dst)
	minOf(dst, a, b)
}

// Max sets dst[i] to a[i] if a[i] > b[i], and to b[i] otherwise.
//
// So when either operand is NaN, or both are zeros of either sign, the
// result is b[i], as with the x86 MAXPS instruction.
func Max(dst, a, b []float32) {
	mustSameLen("Max", "a", a, dst)
	mustSameLen("Max", "b", b, dst)
	maxOf(dst, a, b)
}

// Clamp sets dst[i] to a[i] limited to [lo, hi]: lo if a[i] < lo, then hi
// if the value so far is > hi, else a[i] unchanged.
//
// A NaN in a passes through unchanged, as do limits that are NaN. When lo >
// hi every result is hi.
func Clamp(dst, a []float32, lo, hi float32) {
	mustSameLen("Clamp", "a", a, dst)
	clamp(dst, a, lo, hi)
}

func min1(a, b float32) float32 {
	if a < b {
		return a
	}
	return b
}

func max1(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
}

func clamp1(v, lo, hi float32) float32 {
	if v < lo {
		v = lo
	}
	if v > hi {
		v = hi
	}
	return v
}

func minGeneric(dst, a, b []float32) {
	n := len(dst)
	a, b = a[:n], b[:n]
	i := 0
	for ; i < n-3; i += 4 {
		dst[i] = min1(a[i], b[i])
		dst[i+1] = min1(a[i+1], b[i+1])
		dst[i+2] = min1(a[i+2], b[i+2])
		dst[i+3] = min1(a[i+3], b[i+3])
	}
	for ; i < n; i++ {
		dst[i] = min1(a[i], b[i])
	}
}

func maxGeneric(dst, a, b []float32) {
	n := len(dst)
	a, b = a[:n], b[:n]
	i := 0
	for ; i < n-3; i += 4 {
		dst[i] = max1(a[i], b[i])
		dst[i+1] = max1(a[i+1], b[i+1])
		dst[i+2] = max1(a[i+2], b[i+2])
		dst[i+3] = max1(a[i+3], b[i+3])
	}
	for ; i < n; i++ {
		dst[i] = max1(a[i], b[i])
	}
}

func clampGeneric(dst, a []float32, lo, hi float32) {
	n := len(dst)
	a = a[:n]
	i := 0
	for ; i < n-3; i += 4 {
		dst[i] = clamp1(a[i], lo, hi)
		dst[i+1] = clamp1(a[i+1], lo, hi)
		dst[i+2] = clamp1(a[i+2], lo, hi)
		dst[i+3] = clamp1(a[i+3], lo, hi)
	}
	for ; i < n; i++ {
		dst[i] = clamp1(a[i], lo, hi)
	}
}
