package sprite

import (
	"errors"
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/math/geom"
)

// AddMany adds len(x) copies of src, the i-th centred at (x[i], y[i]),
// rotated by rot[i] radians and scaled by scale[i], all multiplied by clr.
// It is the structure-of-arrays form of Add: geom.QuadCorners computes every
// corner in one pass, and the pass that writes the vertices maps them
// through the view. It returns an error, and adds nothing, when the slices
// differ in length.
func (b *Batch) AddMany(src image.Rectangle, x, y, rot, scale []float32, clr Color) error {
	if err := checkLens("AddMany", x, y, rot, scale); err != nil {
		return err
	}
	b.addMany([]image.Rectangle{src}, nil, x, y, rot, scale, clr) // stays on the stack
	return nil
}

// AddManyFrames is AddMany with a source rectangle per quad: the i-th quad
// shows frames[frame[i]], such as one of several variants or animation
// frames of a sprite. Every frame must have the size of frames[0]. It
// returns an error, and adds nothing, when the slices differ in length, the
// frames differ in size, or a frame index is out of range.
func (b *Batch) AddManyFrames(frames []image.Rectangle, frame []uint8, x, y, rot, scale []float32, clr Color) error {
	if err := checkLens("AddManyFrames", x, y, rot, scale); err != nil {
		return err
	}
	if len(frame) != len(x) {
		return fmt.Errorf("sprite: AddManyFrames: %d frame indexes for %d quads", len(frame), len(x))
	}
	if len(x) == 0 {
		return nil
	}
	if len(frames) == 0 {
		return errors.New("sprite: AddManyFrames: no frames")
	}
	for i, f := range frames {
		if f.Size() != frames[0].Size() {
			return fmt.Errorf("sprite: AddManyFrames: frame %d is %v, frame 0 is %v", i, f.Size(), frames[0].Size())
		}
	}
	var top uint8
	for _, f := range frame {
		top = max(top, f)
	}
	if int(top) >= len(frames) {
		return fmt.Errorf("sprite: AddManyFrames: frame index %d, but only %d frames", top, len(frames))
	}
	b.addMany(frames, frame, x, y, rot, scale, clr)
	return nil
}

func checkLens(op string, x, y, rot, scale []float32) error {
	n := len(x)
	if len(y) != n || len(rot) != n || len(scale) != n {
		return fmt.Errorf("sprite: %s: slice lengths differ (x %d, y %d, rot %d, scale %d)",
			op, len(x), len(y), len(rot), len(scale))
	}
	return nil
}

// quadChunk is how many quads addMany transforms at a time: their corners
// (8 KB) stay in the L1 cache until the vertices are written.
const quadChunk = 256

// addMany writes the quads; frame nil means frames[0] for every quad. The
// lengths and indexes have been checked.
func (b *Batch) addMany(frames []image.Rectangle, frame []uint8, x, y, rot, scale []float32, clr Color) {
	n := len(x)
	size := frames[0].Size()
	halfW, halfH := float32(size.X)*0.5, float32(size.Y)*0.5
	b.uv = b.uv[:0]
	for _, f := range frames {
		b.uv = append(b.uv, [4]float32{float32(f.Min.X), float32(f.Min.Y), float32(f.Max.X), float32(f.Max.Y)})
	}
	vs := b.grow(4 * n)
	m := &b.view
	for lo := 0; lo < n; lo += quadChunk {
		hi := min(lo+quadChunk, n)
		corners := b.corners[:8*(hi-lo)]
		geom.QuadCorners(corners, x[lo:hi], y[lo:hi], rot[lo:hi], scale[lo:hi], halfW, halfH)
		uv := &b.uv[0]
		for i := lo; i < hi; i++ {
			if frame != nil {
				uv = &b.uv[frame[i]]
			}
			u0, v0, u1, v1 := uv[0], uv[1], uv[2], uv[3]
			q := corners[8*(i-lo) : 8*(i-lo)+8 : 8*(i-lo)+8]
			v := vs[4*i : 4*i+4 : 4*i+4]
			x0, y0 := m.Apply(q[0], q[1])
			x1, y1 := m.Apply(q[2], q[3])
			x2, y2 := m.Apply(q[4], q[5])
			x3, y3 := m.Apply(q[6], q[7])
			v[0] = ebiten.Vertex{DstX: x0, DstY: y0, SrcX: u0, SrcY: v0, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
			v[1] = ebiten.Vertex{DstX: x1, DstY: y1, SrcX: u1, SrcY: v0, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
			v[2] = ebiten.Vertex{DstX: x2, DstY: y2, SrcX: u0, SrcY: v1, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
			v[3] = ebiten.Vertex{DstX: x3, DstY: y3, SrcX: u1, SrcY: v1, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
		}
	}
}
