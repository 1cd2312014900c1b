package batch

// dot returns the sum of float32(a[i]*b[i]), each product rounded to
// float32 before it is added, in a fixed order so that the result is the
// same on every platform: four partial sums s0..s3, where sj adds the
// products at j, j+4, j+8, ... in turn over the largest prefix of a whose
// length is a multiple of four; then (s0 + s1) + (s2 + s3); then the
// remaining zero to three products, one after another. len(b) must be at
// least len(a).
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
