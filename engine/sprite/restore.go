package sprite

import "github.com/hajimehoshi/ebiten/v2"

// A Restorer redraws a static background only where the previous frame's
// quads were, for a screen that is not cleared between frames
// (ebiten.SetScreenClearedEveryFrame(false)): instead of copying the
// whole background every frame, it copies it under each quad kept from
// the frame before, with the very same corners, so that the GPU covers
// exactly the pixels it covered drawing the quad (filtering never reaches
// beyond a triangle's pixels). When sprites cover a small part of the
// screen this saves nearly a full pass over its pixels.
//
// Keep every batch drawn over the background before flushing it; at the
// start of the next frame, Restore. After anything else changed the
// screen, draw the whole background and call Forget instead.
type Restorer struct {
	kept  []ebiten.Vertex // the quads drawn since the last Restore or Forget
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
}

// Forget drops the quads kept so far, as after drawing the whole
// background.
func (r *Restorer) Forget() { r.kept = r.kept[:0] }

// Restore draws bg onto dst under every quad kept since the last Restore
// or Forget, multiplied by clr, then forgets them. Pixel (0, 0) of bg is
// at (x, y) on dst.
func (r *Restorer) Restore(dst, bg *ebiten.Image, x, y float32, clr Color) {
	r.cover.atlas = bg
	r.cover.vertices = r.cover.vertices[:0]
	for q := 0; q+3 < len(r.kept); q += 4 {
		v := r.cover.grow(4)
		copy(v, r.kept[q:q+4])
		for i := range v {
			v[i].SrcX, v[i].SrcY = v[i].DstX-x, v[i].DstY-y
			v[i].ColorR, v[i].ColorG, v[i].ColorB, v[i].ColorA = clr.R, clr.G, clr.B, clr.A
		}
	}
	r.cover.Flush(dst)
	r.Forget()
}
