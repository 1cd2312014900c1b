package sprite

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// restoreGrow is how far, in pixels, a restored quad reaches beyond the
// quad it restores: linear filtering touches the pixels the quad's edge
// crosses.
const restoreGrow = 1.5

// A Restorer redraws a static background only where the previous frame's
// quads were, for a screen that is not cleared between frames
// (ebiten.SetScreenClearedEveryFrame(false)): instead of copying the
// whole background every frame, it copies it under each quad kept from
// the frame before, grown a little. When sprites cover a small part of the
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
// at (x, y) on dst, and bg must reach restoreGrow pixels beyond every
// kept quad.
func (r *Restorer) Restore(dst, bg *ebiten.Image, x, y float32, clr Color) {
	r.cover.atlas = bg
	r.cover.vertices = r.cover.vertices[:0]
	for q := 0; q+3 < len(r.kept); q += 4 {
		v := r.cover.grow(4)
		copy(v, r.kept[q:q+4])
		growQuad(v)
		for i := range v {
			v[i].SrcX, v[i].SrcY = v[i].DstX-x, v[i].DstY-y
			v[i].ColorR, v[i].ColorG, v[i].ColorB, v[i].ColorA = clr.R, clr.G, clr.B, clr.A
		}
	}
	r.cover.Flush(dst)
	r.Forget()
}

// growQuad moves the edges of the parallelogram v (TL, TR, BL, BR)
// outwards by restoreGrow: each corner moves along both edge directions
// by restoreGrow / sin θ, θ the angle between them.
func growQuad(v []ebiten.Vertex) {
	ux, uy := float64(v[1].DstX-v[0].DstX), float64(v[1].DstY-v[0].DstY) // TL→TR
	wx, wy := float64(v[2].DstX-v[0].DstX), float64(v[2].DstY-v[0].DstY) // TL→BL
	lu, lw := math.Hypot(ux, uy), math.Hypot(wx, wy)
	if lu == 0 || lw == 0 {
		return
	}
	ux, uy, wx, wy = ux/lu, uy/lu, wx/lw, wy/lw
	sin := math.Abs(ux*wy - uy*wx)
	if sin < 1e-3 {
		return // degenerate: a line
	}
	t := restoreGrow / sin
	for i, s := range [4][2]float64{{-1, -1}, {1, -1}, {-1, 1}, {1, 1}} {
		v[i].DstX += float32(t * (s[0]*ux + s[1]*wx))
		v[i].DstY += float32(t * (s[0]*uy + s[1]*wy))
	}
}
