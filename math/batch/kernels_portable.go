//go:build !goexperiment.simd || !amd64

package batch

// Without the simd experiment, or off amd64, every kernel is the portable
// unrolled one.

func add(dst, a, b []float32)                            { addGeneric(dst, a, b) }
func mul(dst, a, b []float32)                            { mulGeneric(dst, a, b) }
func scale(dst, a []float32, s float32)                  { scaleGeneric(dst, a, s) }
func addScaled(dst, a []float32, s float32, b []float32) { addScaledGeneric(dst, a, s, b) }
func bounce(pos, vel, radius []float32, lo, hi float32)  { bounceGeneric(pos, vel, radius, lo, hi) }
func addWrap(dst, a, b []float32, period float32)        { addWrapGeneric(dst, a, b, period) }
func appendNear(idx []int32, x, y []float32, px, py, limit float32) []int32 {
	return appendNearGeneric(idx, x, y, px, py, limit)
}
