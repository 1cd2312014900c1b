package geom

import "math"

// Vec2 is a 2D vector or point.
type Vec2 struct{ X, Y float32 }

// Add returns v + w.
func (v Vec2) Add(w Vec2) Vec2 { return Vec2{v.X + w.X, v.Y + w.Y} }

// Sub returns v - w.
func (v Vec2) Sub(w Vec2) Vec2 { return Vec2{v.X - w.X, v.Y - w.Y} }

// Scale returns v with both components multiplied by s.
func (v Vec2) Scale(s float32) Vec2 { return Vec2{v.X * s, v.Y * s} }

// Dot returns the dot product float32(v.X*w.X) + float32(v.Y*w.Y).
func (v Vec2) Dot(w Vec2) float32 { return float32(v.X*w.X) + float32(v.Y*w.Y) }

// LenSq returns the squared length of v, v.Dot(v).
func (v Vec2) LenSq() float32 { return v.Dot(v) }

// Len returns the length of v, the square root of [Vec2.LenSq] rounded to
// float32.
func (v Vec2) Len() float32 { return float32(math.Sqrt(float64(v.LenSq()))) }
