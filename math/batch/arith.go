package batch

// Add sets dst[i] = a[i] + b[i].
func Add(dst, a, b []float32) {
	mustSameLen("Add", "a", a, dst)
	mustSameLen("Add", "b", b, dst)
	add(dst, a, b)
}

// Mul sets dst[i] = a[i] * b[i].
func Mul(dst, a, b []float32) {
	mustSameLen("Mul", "a", a, dst)
	mustSameLen("Mul", "b", b, dst)
	mul(dst, a, b)
}

// Scale sets dst[i] = a[i] * s.
func Scale(dst, a []float32, s float32) {
	mustSameLen("Scale", "a", a, dst)
	scale(dst, a, s)
}

// AddScaled sets dst[i] = a[i] + float32(s*b[i]), the BLAS axpy operation.
// The product is rounded to float32 before the addition, so no platform
// fuses the two into a multiply-add.
func AddScaled(dst, a []float32, s float32, b []float32) {
	mustSameLen("AddScaled", "a", a, dst)
	mustSameLen("AddScaled", "b", b, dst)
	addScaled(dst, a, s, b)
}

func addGeneric(dst, a, b []float32) {
	n := len(dst)
	a, b = a[:n], b[:n]
	i := 0
	for ; i < n-3; i += 4 {
		dst[i] = a[i] + b[i]
		dst[i+1] = a[i+1] + b[i+1]
		dst[i+2] = a[i+2] + b[i+2]
		dst[i+3] = a[i+3] + b[i+3]
	}
	for ; i < n; i++ {
		dst[i] = a[i] + b[i]
	}
}

func mulGeneric(dst, a, b []float32) {
	n := len(dst)
	a, b = a[:n], b[:n]
	i := 0
	for ; i < n-3; i += 4 {
		dst[i] = a[i] * b[i]
		dst[i+1] = a[i+1] * b[i+1]
		dst[i+2] = a[i+2] * b[i+2]
		dst[i+3] = a[i+3] * b[i+3]
	}
	for ; i < n; i++ {
		dst[i] = a[i] * b[i]
	}
}

func scaleGeneric(dst, a []float32, s float32) {
	n := len(dst)
	a = a[:n]
	i := 0
	for ; i < n-3; i += 4 {
		dst[i] = a[i] * s
		dst[i+1] = a[i+1] * s
		dst[i+2] = a[i+2] * s
		dst[i+3] = a[i+3] * s
	}
	for ; i < n; i++ {
		dst[i] = a[i] * s
	}
}

func addScaledGeneric(dst, a []float32, s float32, b []float32) {
	n := len(dst)
	a, b = a[:n], b[:n]
	i := 0
	for ; i < n-3; i += 4 {
		dst[i] = a[i] + float32(s*b[i])
		dst[i+1] = a[i+1] + float32(s*b[i+1])
		dst[i+2] = a[i+2] + float32(s*b[i+2])
		dst[i+3] = a[i+3] + float32(s*b[i+3])
	}
	for ; i < n; i++ {
		dst[i] = a[i] + float32(s*b[i])
	}
}
