package sprite

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/math/geom"
)

// AddMany adds len(x) copies of src, the i-th centred at (x[i], y[i]),
// rotated by rot[i] radians and scaled by scale[i], all multiplied by clr.
// It is the structure-of-arrays form of Add: geom.QuadCorners computes every
// corner in one pass before the vertices are written. It returns an error,
// and adds nothing, when the slices differ in length.
func (b *Batch) AddMany(src image.Rectangle, x, y, rot, scale []float32, clr Color) error {
	n := len(x)
	if len(y) != n || len(rot) != n || len(scale) != n {
		return fmt.Errorf("sprite: AddMany: slice lengths differ (x %d, y %d, rot %d, scale %d)",
			len(x), len(y), len(rot), len(scale))
	}
	if cap(b.corners) < 8*n {
		b.corners = make([]float32, 8*n)
	}
	corners := b.corners[:8*n]
	geom.QuadCorners(corners, x, y, rot, scale, float32(src.Dx())*0.5, float32(src.Dy())*0.5)

	vs := b.grow(4 * n)
	u0, v0 := float32(src.Min.X), float32(src.Min.Y)
	u1, v1 := float32(src.Max.X), float32(src.Max.Y)
	for i := 0; i < n; i++ {
		q := corners[8*i : 8*i+8 : 8*i+8]
		v := vs[4*i : 4*i+4 : 4*i+4]
		v[0] = ebiten.Vertex{DstX: q[0], DstY: q[1], SrcX: u0, SrcY: v0, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
		v[1] = ebiten.Vertex{DstX: q[2], DstY: q[3], SrcX: u1, SrcY: v0, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
		v[2] = ebiten.Vertex{DstX: q[4], DstY: q[5], SrcX: u0, SrcY: v1, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
		v[3] = ebiten.Vertex{DstX: q[6], DstY: q[7], SrcX: u1, SrcY: v1, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
	}
	return nil
}
