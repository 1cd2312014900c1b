//go:build !js

package loop

import "math"

// devicePixels rounds a size in device pixels up, as a window's
// framebuffer covers every pixel of the window.
func devicePixels(v float64) float64 { return math.Ceil(v) }
