package geom

import "math"

// Affine is a 2D affine transform. It maps (x, y) to
// (A*x + B*y + Tx, C*x + D*y + Ty), the same layout and meaning as the
// a, b, c, d, tx and ty of ebiten.GeoM. Unlike GeoM, its zero value is the
// zero map, not the identity; start from [Identity].
//
// Methods return a new transform and leave the receiver unchanged. Each
// product is rounded to float32 before it is added.
type Affine struct{ A, B, C, D, Tx, Ty float32 }

// Identity returns the transform that maps every point to itself.
func Identity() Affine { return Affine{A: 1, D: 1} }

// Translate returns m followed by a translation by (tx, ty), like
// GeoM.Translate.
func (m Affine) Translate(tx, ty float32) Affine {
	m.Tx += tx
	m.Ty += ty
	return m
}

// Scale returns m followed by a scaling by sx along x and sy along y, like
// GeoM.Scale.
func (m Affine) Scale(sx, sy float32) Affine {
	return Affine{
		A: m.A * sx, B: m.B * sx, Tx: m.Tx * sx,
		C: m.C * sy, D: m.D * sy, Ty: m.Ty * sy,
	}
}

// Rotate returns m followed by a rotation by theta radians about the
// origin, like GeoM.Rotate: with Ebitengine's y axis pointing down, positive
// theta turns clockwise on screen. Rotate(0) returns m unchanged.
func (m Affine) Rotate(theta float64) Affine {
	if theta == 0 {
		return m
	}
	sin, cos := float32(math.Sin(theta)), float32(math.Cos(theta))
	return Affine{
		A:  float32(cos*m.A) - float32(sin*m.C),
		B:  float32(cos*m.B) - float32(sin*m.D),
		Tx: float32(cos*m.Tx) - float32(sin*m.Ty),
		C:  float32(sin*m.A) + float32(cos*m.C),
		D:  float32(sin*m.B) + float32(cos*m.D),
		Ty: float32(sin*m.Tx) + float32(cos*m.Ty),
	}
}

// Concat returns m followed by other, like GeoM.Concat: the result is the
// matrix product other × m, which applies m first.
func (m Affine) Concat(other Affine) Affine {
	o := other
	return Affine{
		A:  float32(o.A*m.A) + float32(o.B*m.C),
		B:  float32(o.A*m.B) + float32(o.B*m.D),
		Tx: float32(o.A*m.Tx) + float32(o.B*m.Ty) + o.Tx,
		C:  float32(o.C*m.A) + float32(o.D*m.C),
		D:  float32(o.C*m.B) + float32(o.D*m.D),
		Ty: float32(o.C*m.Tx) + float32(o.D*m.Ty) + o.Ty,
	}
}

// Invert returns the inverse of m and true, or the zero Affine and false
// when m is singular: when its determinant A*D - B*C is zero, or is not
// finite.
func (m Affine) Invert() (Affine, bool) {
	det := float32(m.A*m.D) - float32(m.B*m.C)
	if det == 0 || math.IsInf(float64(det), 0) || det != det {
		return Affine{}, false
	}
	return Affine{
		A:  m.D / det,
		B:  -m.B / det,
		C:  -m.C / det,
		D:  m.A / det,
		Tx: (float32(-m.D*m.Tx) + float32(m.B*m.Ty)) / det,
		Ty: (float32(m.C*m.Tx) + float32(-m.A*m.Ty)) / det,
	}, true
}

// Apply returns the image of the point (x, y) under m.
func (m Affine) Apply(x, y float32) (float32, float32) {
	return float32(m.A*x) + float32(m.B*y) + m.Tx,
		float32(m.C*x) + float32(m.D*y) + m.Ty
}
