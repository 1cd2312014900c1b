package sprite

import "github.com/hajimehoshi/ebiten/v2"

// A Restorer redraws a static background only where the previous frame's
// quads were, for a screen that is not cleared between frames
// (ebiten.SetScreenClearedEveryFrame(false)): instead of copying the
// whole background every frame, it copies it under each quad kept from
// the frame before, with the very same corners, so that the GPU covers
// exactly the pixels it covered drawing the quad (filtering never reaches
// beyond a triangle's pixels). When sprites cover a small part of the
// screen this saves nearly a full pass over its pixels. When the kept
// quads cover as many pixels as the whole background or more (a large
// swarm's quads overlap), it copies the whole background instead, once:
// whichever fills fewer pixels.
//
// Keep every batch drawn over the background before flushing it; at the
// start of the next frame, Restore. After anything else changed the
// screen, draw the whole background and call Forget instead.
type Restorer struct {
	kept  []ebiten.Vertex // the quads drawn since the last Restore or Forget
	area  float32         // the pixels the kept quads cover, overlaps counted
	cover *Batch          // the quads that copy the background back
}

// NewRestorer returns a Restorer with nothing kept.
func NewRestorer() *Restorer {
	r := &Restorer{cover: NewBatch(nil)}
	r.cover.opts.Blend = ebiten.BlendCopy
	return r
}

// Keep records the quads b holds, in the destination's pixels, to be
// restored in the next frame. Call it before b.Flush.
func (r *Restorer) Keep(b *Batch) {
	r.kept = append(r.kept, b.vertices...)
	r.area += quadsArea(b.vertices)
}

// Forget drops the quads kept so far, as after drawing the whole
// background.
func (r *Restorer) Forget() { r.kept, r.area = r.kept[:0], 0 }

// Area returns the pixels that the quads kept since the last Restore or
// Forget cover, a pixel covered twice counting twice: what Restore would
// fill under them.
func (r *Restorer) Area() float32 { return r.area }

// Restore draws bg onto dst under every quad kept since the last Restore
// or Forget, or all of bg where that fills fewer pixels, multiplied by
// clr, then forgets the quads. Pixel (0, 0) of bg is at (x, y) on dst.
func (r *Restorer) Restore(dst, bg *ebiten.Image, x, y float32, clr Color) {
	r.cover.atlas = bg
	if bg != nil {
		r.plan(x, y, bg.Bounds().Dx(), bg.Bounds().Dy(), clr)
	}
	r.cover.Flush(dst)
	r.Forget()
}

// plan puts into the cover batch the quads that restore a w×h background
// at (x, y) on the destination: one under each kept quad or, where they
// cover as many pixels or more, one over all of it.
func (r *Restorer) plan(x, y float32, w, h int, clr Color) {
	r.cover.vertices = r.cover.vertices[:0]
	if r.area >= float32(w*h) {
		r.kept = append(r.kept[:0],
			ebiten.Vertex{DstX: x, DstY: y},
			ebiten.Vertex{DstX: x + float32(w), DstY: y},
			ebiten.Vertex{DstX: x, DstY: y + float32(h)},
			ebiten.Vertex{DstX: x + float32(w), DstY: y + float32(h)})
	}
	for q := 0; q+3 < len(r.kept); q += 4 {
		v := r.cover.grow(4)
		copy(v, r.kept[q:q+4])
		for i := range v {
			v[i].SrcX, v[i].SrcY = v[i].DstX-x, v[i].DstY-y
			v[i].ColorR, v[i].ColorG, v[i].ColorB, v[i].ColorA = clr.R, clr.G, clr.B, clr.A
		}
	}
}

// quadsArea returns the area of the quads in v, four corners each in the
// order top-left, top-right, bottom-left, bottom-right: parallelograms,
// as Batch draws them.
func quadsArea(v []ebiten.Vertex) float32 {
	var sum float32
	for q := 0; q+3 < len(v); q += 4 {
		ax, ay := v[q+1].DstX-v[q].DstX, v[q+1].DstY-v[q].DstY
		bx, by := v[q+2].DstX-v[q].DstX, v[q+2].DstY-v[q].DstY
		a := ax*by - ay*bx
		if a < 0 {
			a = -a
		}
		sum += a
	}
	return sum
}
