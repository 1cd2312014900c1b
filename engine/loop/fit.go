package loop

import (
	"image"
	"math"

	"swarmfield/math/geom"
)

// Fit is how a fixed-size field is drawn on a screen of another size:
// scaled by Scale, keeping its aspect ratio, and centred at X, Y, leaving
// bars around it (letterboxing).
type Fit struct {
	Scale, X, Y float32
}

// Identity reports whether the fit leaves coordinates unchanged.
func (f Fit) Identity() bool { return f.Scale == 1 && f.X == 0 && f.Y == 0 }

// FitField returns the fit of a w×h field on a screenW×screenH screen.
// A degenerate size gives the identity.
func FitField(screenW, screenH, w, h int) Fit {
	if screenW <= 0 || screenH <= 0 || w <= 0 || h <= 0 {
		return Fit{Scale: 1}
	}
	s := min(float32(screenW)/float32(w), float32(screenH)/float32(h))
	return Fit{
		Scale: s,
		X:     (float32(screenW) - float32(w)*s) / 2,
		Y:     (float32(screenH) - float32(h)*s) / 2,
	}
}

// Transform returns the fit as a transform from field coordinates to the
// screen, for a sprite batch's view: scale by Scale, then translate by X,
// Y.
func (f Fit) Transform() geom.Affine {
	return geom.Identity().Scale(f.Scale, f.Scale).Translate(f.X, f.Y)
}

// ToField converts a screen point to field coordinates.
func (f Fit) ToField(x, y float32) (float32, float32) {
	return (x - f.X) / f.Scale, (y - f.Y) / f.Scale
}

// Area returns the screen pixels that a w×h field covers under the fit,
// rounded outwards, for clipping drawing to the field.
func (f Fit) Area(w, h int) image.Rectangle {
	return image.Rect(
		int(math.Floor(float64(f.X))), int(math.Floor(float64(f.Y))),
		int(math.Ceil(float64(f.X+float32(w)*f.Scale))), int(math.Ceil(float64(f.Y+float32(h)*f.Scale))))
}
