package batch

// Sum returns the sum of the elements of a, added in a fixed order so the
// result is the same on every platform.
//
// The order is: four partial sums s0..s3, where sj adds a[j], a[j+4],
// a[j+8], ... in turn over the largest prefix of a whose length is a
// multiple of four; then (s0 + s1) + (s2 + s3); then the remaining zero to
// three elements, one after another.
func Sum(a []float32) float32 {
	n := len(a)
	var s0, s1, s2, s3 float32
	i := 0
	for ; i < n-3; i += 4 {
		s0 += a[i]
		s1 += a[i+1]
		s2 += a[i+2]
		s3 += a[i+3]
	}
	s := (s0 + s1) + (s2 + s3)
	for ; i < n; i++ {
		s += a[i]
	}
	return s
}

// Dot returns the sum of float32(a[i]*b[i]), in the same fixed order as
// [Sum]: each product is rounded to float32 before it is added. It panics if
// len(b) != len(a).
func Dot(a, b []float32) float32 {
	if len(b) != len(a) {
		panicLen("Dot", "b", len(b), "a", len(a))
	}
	return dot(a, b)
}

func dot(a, b []float32) float32 {
	n := len(a)
	b = b[:n]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i < n-3; i += 4 {
		s0 += float32(a[i] * b[i])
		s1 += float32(a[i+1] * b[i+1])
		s2 += float32(a[i+2] * b[i+2])
		s3 += float32(a[i+3] * b[i+3])
	}
	s := (s0 + s1) + (s2 + s3)
	for ; i < n; i++ {
		s += float32(a[i] * b[i])
	}
	return s
}
