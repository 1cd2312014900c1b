// Package art draws Swarmfield's sprite and font atlases procedurally.
//
// Shapes are described by signed distance functions in pixel units; each
// pixel's coverage is derived from the distance at its centre, which gives
// one pixel of anti-aliasing without supersampling. Only math.Sqrt, Sin, Cos
// and Atan2 are used, so the output is bit-identical across platforms.
package art

import (
	"image"
	"image/color"
	"math"
)

// rgb is a straight (non-premultiplied) colour with components in [0, 1].
type rgb struct{ r, g, b float64 }

// premul is a premultiplied colour with components in [0, 1].
type premul struct{ r, g, b, a float64 }

// over composites colour c with opacity alpha over dst.
func (dst premul) over(c rgb, alpha float64) premul {
	alpha = clamp01(alpha)
	k := 1 - alpha
	return premul{
		r: c.r*alpha + dst.r*k,
		g: c.g*alpha + dst.g*k,
		b: c.b*alpha + dst.b*k,
		a: alpha + dst.a*k,
	}
}

// cut removes coverage alpha from dst, punching a hole.
func (dst premul) cut(alpha float64) premul {
	k := 1 - clamp01(alpha)
	return premul{dst.r * k, dst.g * k, dst.b * k, dst.a * k}
}

// mix interpolates between colours a and b by t in [0, 1].
func mix(a, b rgb, t float64) rgb {
	t = clamp01(t)
	return rgb{a.r + (b.r-a.r)*t, a.g + (b.g-a.g)*t, a.b + (b.b-a.b)*t}
}

func clamp01(v float64) float64 {
	if v < 0 {
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}

// fill returns the coverage of a pixel whose centre lies at signed distance d
// from a shape's edge (negative inside).
func fill(d float64) float64 { return clamp01(0.5 - d) }

// glow returns a soft halo opacity that falls off quadratically from the
// shape's edge to radius pixels outside it.
func glow(d, radius float64) float64 {
	if d <= 0 {
		return 1
	}
	t := 1 - clamp01(d/radius)
	return t * t
}

// smooth is the smoothstep of t clamped to [0, 1].
func smooth(t float64) float64 {
	t = clamp01(t)
	return t * t * (3 - 2*t)
}

// shader computes the premultiplied colour at a point given relative to the
// centre of a sprite's cell.
type shader func(x, y float64) premul

// paint runs sh for every pixel of r in dst, with coordinates relative to the
// centre of r.
func paint(dst *image.NRGBA, r image.Rectangle, sh shader) {
	cx := float64(r.Min.X+r.Max.X) / 2
	cy := float64(r.Min.Y+r.Max.Y) / 2
	for py := r.Min.Y; py < r.Max.Y; py++ {
		for px := r.Min.X; px < r.Max.X; px++ {
			c := sh(float64(px)+0.5-cx, float64(py)+0.5-cy)
			dst.SetNRGBA(px, py, toNRGBA(c))
		}
	}
}

// toNRGBA quantises a premultiplied colour to 8-bit straight alpha.
func toNRGBA(c premul) color.NRGBA {
	a := clamp01(c.a)
	if a == 0 {
		return color.NRGBA{}
	}
	q := func(v float64) uint8 { return uint8(math.Floor(clamp01(v)*255 + 0.5)) }
	return color.NRGBA{R: q(c.r / a), G: q(c.g / a), B: q(c.b / a), A: q(a)}
}
