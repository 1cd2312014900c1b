package game

import "math"

// sqrt32 is a correctly rounded float32 square root; IEEE 754 makes it the
// same on every platform.
func sqrt32(x float32) float32 { return float32(math.Sqrt(float64(x))) }
