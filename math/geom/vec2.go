package geom

import "math/rand/v2"

// Vec2 is a 2D vector or point.
type Vec2 struct{ X, Y float32 }

// LenSq returns the squared length of v,
// float32(v.X*v.X) + float32(v.Y*v.Y).
func (v Vec2) LenSq() float32 { return float32(v.X*v.X) + float32(v.Y*v.Y) }

// InUnitDisc returns a random point of the unit disc whose squared length
// is above minLenSq, a direction found without trigonometry, whose results
// could differ between platforms. It draws X, then Y, each as
// float32(2*r.Float32()) - 1, until the point falls inside, so the result
// depends only on r's stream, on every platform.
func InUnitDisc(r *rand.Rand, minLenSq float32) Vec2 {
	for {
		var v Vec2
		v.X = float32(2*r.Float32()) - 1
		v.Y = float32(2*r.Float32()) - 1
		if d := v.LenSq(); d > minLenSq && d <= 1 {
			return v
		}
	}
}
