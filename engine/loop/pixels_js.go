package loop

import "math"

// devicePixels rounds a size in device pixels as Ebitengine sizes the
// canvas's drawing buffer in a browser: down (an int conversion of the
// page's size times the device scale factor).
func devicePixels(v float64) float64 { return math.Floor(v) }
