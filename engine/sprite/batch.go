// Package sprite draws many textured quads from one atlas with a single
// DrawTriangles32 call.
//
// A Batch collects quads into reused vertex and index buffers, so a frame in
// steady state allocates nothing, and Flush submits them all at once. This is
// about ten times cheaper in Go CPU time than one DrawImage per sprite.
package sprite

import (
	"image"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/math/geom"
)

// maxQuadsPerDraw is the number of quads one DrawTriangles32 call can take:
// Ebitengine ignores vertices beyond ebiten.MaxVertexCount (2³²−1 on 64-bit
// platforms, less on 32-bit ones).
const maxQuadsPerDraw = ebiten.MaxVertexCount / 4

// A Batch collects quads textured from one atlas image and draws them with
// one DrawTriangles32 call per Flush.
//
// Colours are premultiplied (see Color). Positions are in the caller's
// units: the view transform (see SetView) maps every corner to the
// destination image's pixels as the quad is added. The zero Batch is not
// usable; use NewBatch.
type Batch struct {
	atlas    *ebiten.Image
	view     geom.Affine
	vertices []ebiten.Vertex
	indices  []uint32               // the quad index pattern, shared by every flush
	corners  [8 * quadChunk]float32 // AddMany's quad corners, reused
	uv       [][4]float32           // AddMany's atlas rectangles, reused
	opts     ebiten.DrawTrianglesOptions
}

// NewBatch returns an empty batch drawing from atlas. The batch uses the
// identity view, nearest filtering, source-over blending and no mipmaps
// until SetView, SetFilter, SetBlend or SetMipmaps change them. A nil atlas
// gives a batch that builds vertices but never draws.
func NewBatch(atlas *ebiten.Image) *Batch {
	b := &Batch{atlas: atlas, view: geom.Identity()}
	b.opts.ColorScaleMode = ebiten.ColorScaleModePremultipliedAlpha
	b.opts.DisableMipmaps = true
	return b
}

// SetView sets the view transform, which maps the positions of the quads
// added from now on to the destination's pixels: a fixed-size scene fitted
// into the window, a camera offset or a screen shake. Each corner goes
// through m.Apply in the same pass that writes it; quads already added
// keep their positions.
func (b *Batch) SetView(m geom.Affine) { b.view = m }

// SetFilter sets how the atlas is sampled: ebiten.FilterNearest keeps pixel
// art and text crisp, ebiten.FilterLinear smooths rotated and scaled sprites.
func (b *Batch) SetFilter(f ebiten.Filter) { b.opts.Filter = f }

// SetMipmaps sets whether linear filtering may sample from mipmaps, which
// keeps sprites drawn at less than half their atlas size from shimmering.
// It is off by default: to choose a mipmap level, Ebitengine measures every
// triangle of every draw call, which costs more CPU time than building the
// quads. It has no effect with nearest filtering.
func (b *Batch) SetMipmaps(on bool) { b.opts.DisableMipmaps = !on }

// SetBlend sets how quads are blended onto the destination, for example
// ebiten.BlendLighter for additive glows.
func (b *Batch) SetBlend(bl ebiten.Blend) { b.opts.Blend = bl }

// Len returns the number of quads collected since the last Reset or Flush.
func (b *Batch) Len() int { return len(b.vertices) / 4 }

// Vertices returns the collected vertices, four per quad in the order
// top-left, top-right, bottom-left, bottom-right, at their positions in the
// destination. The slice is only valid until the next call that changes
// the batch.
func (b *Batch) Vertices() []ebiten.Vertex { return b.vertices }

// Darken multiplies the colour of every quad collected so far by s,
// keeping its alpha. With premultiplied colours this draws exactly what
// covering them with black at opacity 1−s would, without the extra
// pass over their pixels: a shade behind a menu costs nothing to blend.
func (b *Batch) Darken(s float32) {
	for i := range b.vertices {
		v := &b.vertices[i]
		v.ColorR, v.ColorG, v.ColorB = v.ColorR*s, v.ColorG*s, v.ColorB*s
	}
}

// Reset discards the collected quads, keeping the buffers for reuse.
func (b *Batch) Reset() { b.vertices = b.vertices[:0] }

// Flush draws the collected quads onto dst and resets the batch. It does
// nothing when the batch is empty or has no atlas.
func (b *Batch) Flush(dst *ebiten.Image) {
	if b.atlas != nil && dst != nil {
		b.draw(maxQuadsPerDraw, func(v []ebiten.Vertex, i []uint32) {
			dst.DrawTriangles32(v, i, b.atlas, &b.opts)
		})
	}
	b.Reset()
}

// draw passes the collected quads to drawTriangles in chunks of at most
// maxQuads quads. Every chunk starts at vertex 0 of its own slice, so the
// shared index pattern fits every chunk.
func (b *Batch) draw(maxQuads int, drawTriangles func([]ebiten.Vertex, []uint32)) {
	n := b.Len()
	b.growIndices(min(n, maxQuads))
	for start := 0; start < n; start += maxQuads {
		end := min(start+maxQuads, n)
		drawTriangles(b.vertices[4*start:4*end], b.indices[:6*(end-start)])
	}
}

// growIndices makes the index pattern cover at least n quads.
func (b *Batch) growIndices(n int) {
	have := len(b.indices) / 6
	if have >= n {
		return
	}
	n = max(n, 2*have, 64)
	if cap(b.indices) < 6*n {
		grown := make([]uint32, len(b.indices), 6*n)
		copy(grown, b.indices)
		b.indices = grown
	}
	for q := have; q < n; q++ {
		v := uint32(4 * q)
		// Triangles TL-TR-BL and TR-BR-BL.
		b.indices = append(b.indices, v, v+1, v+2, v+1, v+3, v+2)
	}
}

// Add adds src centred at (x, y), rotated by rot radians (clockwise on
// screen), scaled by scale and multiplied by clr.
func (b *Batch) Add(src image.Rectangle, x, y, rot, scale float32, clr Color) {
	hw := float32(src.Dx()) * 0.5 * scale
	hh := float32(src.Dy()) * 0.5 * scale
	s, c := geom.Sincos(rot)
	// Corner offsets (±hw, ±hh) rotated: (c·ox − s·oy, s·ox + c·oy).
	cx, sx := float32(c*hw), float32(s*hw)
	cy, sy := float32(c*hh), float32(s*hh)
	b.addQuad(src, clr,
		x-cx+sy, y-sx-cy, // top-left (-hw, -hh)
		x+cx+sy, y+sx-cy, // top-right (+hw, -hh)
		x-cx-sy, y-sx+cy, // bottom-left (-hw, +hh)
		x+cx-sy, y+sx+cy, // bottom-right (+hw, +hh)
	)
}

// AddRect adds src stretched over the axis-aligned rectangle with top-left
// corner (x, y), width w and height h, multiplied by clr. It suits glyphs,
// panels, bars and lines (use White from package assets for solid fills).
func (b *Batch) AddRect(src image.Rectangle, x, y, w, h float32, clr Color) {
	b.addQuad(src, clr, x, y, x+w, y, x, y+h, x+w, y+h)
}

// AddGradientRect is AddRect with a vertical gradient from top to bottom.
func (b *Batch) AddGradientRect(src image.Rectangle, x, y, w, h float32, top, bottom Color) {
	b.addQuad(src, top, x, y, x+w, y, x, y+h, x+w, y+h)
	v := b.vertices[len(b.vertices)-2:]
	for i := range v {
		v[i].ColorR, v[i].ColorG, v[i].ColorB, v[i].ColorA = bottom.R, bottom.G, bottom.B, bottom.A
	}
}

// grow extends the vertex buffer by n vertices and returns them.
func (b *Batch) grow(n int) []ebiten.Vertex {
	start := len(b.vertices)
	b.vertices = slices.Grow(b.vertices, n)[:start+n]
	return b.vertices[start:]
}

// addQuad appends one quad with corners TL, TR, BL, BR, mapped through the
// view.
func (b *Batch) addQuad(src image.Rectangle, clr Color, x0, y0, x1, y1, x2, y2, x3, y3 float32) {
	m := &b.view
	x0, y0 = m.Apply(x0, y0)
	x1, y1 = m.Apply(x1, y1)
	x2, y2 = m.Apply(x2, y2)
	x3, y3 = m.Apply(x3, y3)
	v := b.grow(4)[:4:4]
	u0, v0 := float32(src.Min.X), float32(src.Min.Y)
	u1, v1 := float32(src.Max.X), float32(src.Max.Y)
	v[0] = ebiten.Vertex{DstX: x0, DstY: y0, SrcX: u0, SrcY: v0, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
	v[1] = ebiten.Vertex{DstX: x1, DstY: y1, SrcX: u1, SrcY: v0, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
	v[2] = ebiten.Vertex{DstX: x2, DstY: y2, SrcX: u0, SrcY: v1, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
	v[3] = ebiten.Vertex{DstX: x3, DstY: y3, SrcX: u1, SrcY: v1, ColorR: clr.R, ColorG: clr.G, ColorB: clr.B, ColorA: clr.A}
}
