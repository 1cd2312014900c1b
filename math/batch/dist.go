package batch

// distSq1 is the squared distance from (x, y) to (px, py),
// float32(dx*dx) + float32(dy*dy) with dx = x-px and dy = y-py: each
// product is rounded to float32 so that no fused multiply-add changes it.
func distSq1(x, y, px, py float32) float32 {
	dx, dy := x-px, y-py
	return float32(dx*dx) + float32(dy*dy)
}
