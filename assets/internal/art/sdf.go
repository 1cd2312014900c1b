package art

import "math"

// vec is a 2D point in pixel units.
type vec struct{ x, y float64 }

func length(x, y float64) float64 { return math.Sqrt(x*x + y*y) }

// circle is the signed distance from (x, y) to a circle of radius r at the origin.
func circle(x, y, r float64) float64 { return length(x, y) - r }

// ring is the signed distance to an annulus of centre radius r and width w.
func ring(x, y, r, w float64) float64 { return math.Abs(length(x, y)-r) - w/2 }

// roundBox is the signed distance to a box of half-size (hw, hh) whose
// corners are rounded with radius rad.
func roundBox(x, y, hw, hh, rad float64) float64 {
	qx := math.Abs(x) - hw + rad
	qy := math.Abs(y) - hh + rad
	outside := length(math.Max(qx, 0), math.Max(qy, 0))
	inside := math.Min(math.Max(qx, qy), 0)
	return outside + inside - rad
}

// polygon is the exact signed distance from (x, y) to the closed polygon pts.
func polygon(x, y float64, pts []vec) float64 {
	d := (x-pts[0].x)*(x-pts[0].x) + (y-pts[0].y)*(y-pts[0].y)
	sign := 1.0
	for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
		ex, ey := pts[j].x-pts[i].x, pts[j].y-pts[i].y
		wx, wy := x-pts[i].x, y-pts[i].y
		t := clamp01((wx*ex + wy*ey) / (ex*ex + ey*ey))
		bx, by := wx-ex*t, wy-ey*t
		d = math.Min(d, bx*bx+by*by)
		c1 := y >= pts[i].y
		c2 := y < pts[j].y
		c3 := ex*wy > ey*wx
		if (c1 && c2 && c3) || (!c1 && !c2 && !c3) {
			sign = -sign
		}
	}
	return sign * math.Sqrt(d)
}

// star returns the vertices of a star with n points alternating between the
// outer and inner radius, starting at angle phase; twist rotates the inner
// vertices to give blades a swept look.
func star(n int, outer, inner, phase, twist float64) []vec {
	pts := make([]vec, 0, 2*n)
	for i := 0; i < n; i++ {
		a := phase + 2*math.Pi*float64(i)/float64(n)
		pts = append(pts, vec{outer * math.Cos(a), outer * math.Sin(a)})
		b := a + math.Pi/float64(n) + twist
		pts = append(pts, vec{inner * math.Cos(b), inner * math.Sin(b)})
	}
	return pts
}

// saw returns the vertices of a saw blade with n asymmetric teeth.
func saw(n int, outer, inner float64) []vec {
	pts := make([]vec, 0, 2*n)
	for i := 0; i < n; i++ {
		a := 2 * math.Pi * float64(i) / float64(n)
		pts = append(pts, vec{inner * math.Cos(a), inner * math.Sin(a)})
		b := a + 2*math.Pi/float64(n)*0.8
		pts = append(pts, vec{outer * math.Cos(b), outer * math.Sin(b)})
	}
	return pts
}
