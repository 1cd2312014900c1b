//go:build goexperiment.simd && amd64

package batch

import (
	"math/bits"
	"simd/archsimd"
)

// useAVX2 selects the 8-wide AVX2 kernels. They use separate multiply and
// add instructions, never fused multiply-add, so their results are bitwise
// those of the portable kernels, which also handle the last len%8 elements.
var useAVX2 = archsimd.X86.AVX2()

func add(dst, a, b []float32) {
	if !useAVX2 {
		addGeneric(dst, a, b)
		return
	}
	n := len(dst)
	a, b = a[:n], b[:n]
	i := 0
	for ; i <= n-8; i += 8 {
		x := archsimd.LoadFloat32x8Slice(a[i:])
		y := archsimd.LoadFloat32x8Slice(b[i:])
		x.Add(y).StoreSlice(dst[i:])
	}
	addGeneric(dst[i:], a[i:], b[i:])
}

func mul(dst, a, b []float32) {
	if !useAVX2 {
		mulGeneric(dst, a, b)
		return
	}
	n := len(dst)
	a, b = a[:n], b[:n]
	i := 0
	for ; i <= n-8; i += 8 {
		x := archsimd.LoadFloat32x8Slice(a[i:])
		y := archsimd.LoadFloat32x8Slice(b[i:])
		x.Mul(y).StoreSlice(dst[i:])
	}
	mulGeneric(dst[i:], a[i:], b[i:])
}

func scale(dst, a []float32, s float32) {
	if !useAVX2 {
		scaleGeneric(dst, a, s)
		return
	}
	n := len(dst)
	a = a[:n]
	vs := archsimd.BroadcastFloat32x8(s)
	i := 0
	for ; i <= n-8; i += 8 {
		archsimd.LoadFloat32x8Slice(a[i:]).Mul(vs).StoreSlice(dst[i:])
	}
	scaleGeneric(dst[i:], a[i:], s)
}

func addScaled(dst, a []float32, s float32, b []float32) {
	if !useAVX2 {
		addScaledGeneric(dst, a, s, b)
		return
	}
	n := len(dst)
	a, b = a[:n], b[:n]
	vs := archsimd.BroadcastFloat32x8(s)
	i := 0
	for ; i <= n-8; i += 8 {
		x := archsimd.LoadFloat32x8Slice(a[i:])
		y := archsimd.LoadFloat32x8Slice(b[i:])
		// s*b first, as in the portable kernel: float multiplication is
		// commutative, but which NaN payload survives is not.
		x.Add(vs.Mul(y)).StoreSlice(dst[i:])
	}
	addScaledGeneric(dst[i:], a[i:], s, b[i:])
}

// bounce moves eight positions at a time and stores them; only a block in
// which some lane left its bounds (or is NaN) falls back to reflect1 for the
// lanes that need it, so the common case has no per-element branch.
func bounce(pos, vel, radius []float32, lo, hi float32) {
	if !useAVX2 {
		bounceGeneric(pos, vel, radius, lo, hi)
		return
	}
	n := len(pos)
	vel, radius = vel[:n], radius[:n]
	vlo, vhi := archsimd.BroadcastFloat32x8(lo), archsimd.BroadcastFloat32x8(hi)
	i := 0
	for ; i <= n-8; i += 8 {
		p := archsimd.LoadFloat32x8Slice(pos[i:]).Add(archsimd.LoadFloat32x8Slice(vel[i:]))
		r := archsimd.LoadFloat32x8Slice(radius[i:])
		inside := p.GreaterEqual(vlo.Add(r)).And(p.LessEqual(vhi.Sub(r)))
		p.StoreSlice(pos[i:])
		if inside.ToBits() == 0xff {
			continue
		}
		reflectGeneric(pos[i:i+8], vel[i:i+8], radius[i:i+8], lo, hi)
	}
	bounceGeneric(pos[i:], vel[i:], radius[i:], lo, hi)
}

// addWrap stores eight sums at a time and wraps, with wrap1, only the lanes
// of a block that left [0, period).
func addWrap(dst, a, b []float32, period float32) {
	if !useAVX2 {
		addWrapGeneric(dst, a, b, period)
		return
	}
	n := len(dst)
	a, b = a[:n], b[:n]
	zero, vp := archsimd.BroadcastFloat32x8(0), archsimd.BroadcastFloat32x8(period)
	i := 0
	for ; i <= n-8; i += 8 {
		s := archsimd.LoadFloat32x8Slice(a[i:]).Add(archsimd.LoadFloat32x8Slice(b[i:]))
		s.StoreSlice(dst[i:])
		if s.GreaterEqual(zero).And(s.Less(vp)).ToBits() == 0xff {
			continue
		}
		for j := i; j < i+8; j++ {
			dst[j] = wrap1(dst[j], period)
		}
	}
	addWrapGeneric(dst[i:], a[i:], b[i:], period)
}

// appendNear computes eight squared distances at a time as distSq does and
// appends the indexes of the lanes within the limit, in order.
func appendNear(idx []int32, x, y []float32, px, py, limit float32) []int32 {
	if !useAVX2 {
		return appendNearGeneric(idx, x, y, px, py, limit)
	}
	n := len(x)
	y = y[:n]
	vpx, vpy := archsimd.BroadcastFloat32x8(px), archsimd.BroadcastFloat32x8(py)
	vlimit := archsimd.BroadcastFloat32x8(limit)
	i := 0
	for ; i <= n-8; i += 8 {
		dx := archsimd.LoadFloat32x8Slice(x[i:]).Sub(vpx)
		dy := archsimd.LoadFloat32x8Slice(y[i:]).Sub(vpy)
		near := dx.Mul(dx).Add(dy.Mul(dy)).LessEqual(vlimit).ToBits()
		for near != 0 {
			idx = append(idx, int32(i+bits.TrailingZeros8(near)))
			near &= near - 1
		}
	}
	tail := len(idx)
	idx = appendNearGeneric(idx, x[i:], y[i:], px, py, limit)
	for k := tail; k < len(idx); k++ {
		idx[k] += int32(i)
	}
	return idx
}
