package sprite

import "image/color"

// Color is a premultiplied-alpha colour with components in [0, 1], the form
// a Batch writes into its vertices.
type Color struct{ R, G, B, A float32 }

// White leaves the atlas colours unchanged.
var White = Color{1, 1, 1, 1}

// RGBA converts an 8-bit colour; like color.RGBA, its components must
// already be premultiplied by alpha.
func RGBA(c color.RGBA) Color {
	const k = 1.0 / 255
	return Color{float32(c.R) * k, float32(c.G) * k, float32(c.B) * k, float32(c.A) * k}
}

// Opaque returns the opaque colour with straight components r, g, b in [0, 1].
func Opaque(r, g, b float32) Color { return Color{r, g, b, 1} }

// Alpha returns c with its opacity multiplied by a in [0, 1], which keeps
// the colour premultiplied. Alpha(0) makes c invisible.
func (c Color) Alpha(a float32) Color { return Color{c.R * a, c.G * a, c.B * a, c.A * a} }

// Additive returns c with zero alpha: under source-over blending such a
// premultiplied colour adds light instead of covering what is below.
func (c Color) Additive() Color { c.A = 0; return c }
