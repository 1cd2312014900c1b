package geom

import "fmt"

// QuadCorners writes the corners of len(x) quads, 8 floats per quad, to
// dst[8*i:8*i+8]: the corners (-halfW, -halfH), (halfW, -halfH),
// (-halfW, halfH) and (halfW, halfH) (top left, top right, bottom left,
// bottom right with y pointing down), as x, y pairs, each rotated by rot[i]
// radians, scaled by scale[i] and translated to (x[i], y[i]).
//
// For quad i the result is the Apply of
// Affine{A: c*s, B: -n*s, C: n*s, D: c*s, Tx: x[i], Ty: y[i]}, where
// s = scale[i] and n, c = Sincos(rot[i]): a rotation by rot[i], clockwise
// on screen with y pointing down, then the scaling and the translation.
//
// It panics unless y, rot and scale have the length of x and len(dst) is
// 8*len(x).
func QuadCorners(dst []float32, x, y, rot, scale []float32, halfW, halfH float32) {
	n := len(x)
	for _, s := range []struct {
		name string
		len  int
	}{{"y", len(y)}, {"rot", len(rot)}, {"scale", len(scale)}} {
		if s.len != n {
			panic(fmt.Sprintf("geom: QuadCorners: len(%s)=%d != len(x)=%d", s.name, s.len, n))
		}
	}
	if len(dst) != 8*n {
		panic(fmt.Sprintf("geom: QuadCorners: len(dst)=%d != 8*len(x)=%d", len(dst), 8*n))
	}
	y, rot, scale = y[:n], rot[:n], scale[:n]
	for i := 0; i < n; i++ {
		s := scale[i]
		sin, cos := Sincos(rot[i])
		a, b := cos*s, -sin*s
		c, d := sin*s, cos*s
		tx, ty := x[i], y[i]
		// Products of the half extents, shared by the four corners.
		axw, bxh := float32(a*halfW), float32(b*halfH)
		cxw, dxh := float32(c*halfW), float32(d*halfH)
		q := dst[8*i : 8*i+8 : 8*i+8]
		q[0] = -axw + -bxh + tx
		q[1] = -cxw + -dxh + ty
		q[2] = axw + -bxh + tx
		q[3] = cxw + -dxh + ty
		q[4] = -axw + bxh + tx
		q[5] = -cxw + dxh + ty
		q[6] = axw + bxh + tx
		q[7] = cxw + dxh + ty
	}
}
