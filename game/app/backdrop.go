package app

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/assets"
	"swarmfield/engine/loop"
	"swarmfield/engine/sprite"
	"swarmfield/game"
)

// backdrop is the field's background: the sky's gradient and, unless the
// palette is high-contrast, the grid. It is drawn once into an image at
// the screen's resolution, as crisp as drawing it each frame, and copied
// onto the screen at the start of every frame without blending. Drawing
// the gradient and the grid's tiles instead costs two blended passes over
// every pixel, the most expensive part of a frame without a GPU.
//
// The screen is not cleared between frames (loop.Config.CoversScreen),
// so in a frame like the one before, the backdrop is copied back only
// under the quads drawn in the frame before (sprite.Restorer): what moved
// or disappeared. A frame that differs (another screen or size, a shake,
// a shade coming or going, the grey fade, the bars cleared) copies all
// of it.
//
// The image has a margin around the field, wide enough for the largest
// screen shake, so that a shaken frame still covers the whole field.
type backdrop struct {
	batch   *sprite.Batch
	img     *ebiten.Image
	key     backdropKey
	margin  int
	op      ebiten.DrawImageOptions
	restore *sprite.Restorer
	drawn   backdropFrame // how the latest frame drew it
}

// backdropFrame is how a frame draws the backdrop: a frame drawn the same
// way as the one before only restores under the quads.
type backdropFrame struct {
	key         backdropKey
	dst         *ebiten.Image
	dim, ox, oy float32
}

// backdropKey is what the image depends on.
type backdropKey struct {
	fit      loop.Fit
	area     image.Rectangle
	contrast bool
}

func newBackdrop(atlas *ebiten.Image) backdrop {
	b := backdrop{batch: sprite.NewBatch(atlas), restore: sprite.NewRestorer()}
	b.batch.SetFilter(ebiten.FilterLinear)
	b.op.Blend = ebiten.BlendCopy
	return b
}

// draw copies the backdrop onto dst, whose bounds are area, the screen's
// pixels the field covers under fit: shifted by the shake (ox, oy) in
// field units and darkened by dim (1 is as drawn). It copies all of it
// if full is set or the frame differs from the one before; otherwise only
// under the quads kept in the frame before.
func (b *backdrop) draw(dst *ebiten.Image, fit loop.Fit, area image.Rectangle, pal *palette, contrast bool, ox, oy, dim float32, full bool) {
	k := backdropKey{fit: fit, area: area, contrast: contrast}
	if b.img == nil || k != b.key {
		b.render(k, pal)
	}
	f := backdropFrame{key: k, dst: dst, dim: dim, ox: ox, oy: oy}
	full = full || f != b.drawn || ox != 0 || oy != 0
	b.drawn = f
	if !full {
		x, y := float32(area.Min.X-b.margin), float32(area.Min.Y-b.margin)
		b.restore.Restore(dst, b.img, x, y, sprite.Color{R: dim, G: dim, B: dim, A: 1})
		return
	}
	b.restore.Forget()
	b.op.GeoM.Reset()
	b.op.GeoM.Translate(
		float64(area.Min.X-b.margin)+math.Round(float64(ox*fit.Scale)),
		float64(area.Min.Y-b.margin)+math.Round(float64(oy*fit.Scale)))
	b.op.ColorScale.Reset()
	b.op.ColorScale.Scale(dim, dim, dim, 1)
	dst.DrawImage(b.img, &b.op)
}

// render draws the backdrop for k into a new image.
func (b *backdrop) render(k backdropKey, pal *palette) {
	if b.img != nil {
		b.img.Deallocate()
	}
	b.key = k
	f := k.fit
	b.margin = int(math.Ceil(float64(shakeGameOver*f.Scale))) + 1
	m := float32(b.margin)
	b.img = ebiten.NewImage(k.area.Dx()+2*b.margin, k.area.Dy()+2*b.margin)
	b.batch.SetView(f.Transform().Translate(m-float32(k.area.Min.X), m-float32(k.area.Min.Y)))
	// The gradient runs on into the margin as it runs over the field.
	e := m / f.Scale
	top := lerp(pal.skyTop, pal.skyBottom, -e/game.FieldHeight)
	bottom := lerp(pal.skyTop, pal.skyBottom, 1+e/game.FieldHeight)
	b.batch.AddGradientRect(assets.White, -e, -e, game.FieldWidth+2*e, game.FieldHeight+2*e, top, bottom)
	const tile = 32
	for y := float32(-tile); !k.contrast && y < game.FieldHeight+tile; y += tile {
		for x := float32(-tile); x < game.FieldWidth+tile; x += tile {
			b.batch.AddRect(assets.Grid, x, y, tile, tile, gridTint)
		}
	}
	b.batch.Flush(b.img)
}

// lerp returns the colour t of the way from a to b.
func lerp(a, b sprite.Color, t float32) sprite.Color {
	return sprite.Color{R: a.R + (b.R-a.R)*t, G: a.G + (b.G-a.G)*t, B: a.B + (b.B-a.B)*t, A: a.A + (b.A-a.A)*t}
}
