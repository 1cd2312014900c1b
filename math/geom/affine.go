package geom

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

// Apply returns the image of the point (x, y) under m.
func (m Affine) Apply(x, y float32) (float32, float32) {
	return float32(m.A*x) + float32(m.B*y) + m.Tx,
		float32(m.C*x) + float32(m.D*y) + m.Ty
}
