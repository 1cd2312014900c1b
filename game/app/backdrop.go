package app

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/assets"
	"swarmfield/engine/loop"
	"swarmfield/engine/sprite"
	"swarmfield/game"
)

// backdrop is the field's background: the sky's gradient and, unless the
// palette is high-contrast, the grid. It is drawn once into an image at
// the screen's resolution, as crisp as drawing it each frame, and copied
// onto the screen without blending. Drawing the gradient and the grid's
// tiles every frame instead costs two blended passes over every pixel, the
// most expensive part of a frame without a GPU.
//
// The screen is not cleared between frames (loop.Config.CoversScreen),
// so in a frame like the one before, the backdrop is copied back only
// under the quads drawn in the frame before (sprite.Restorer): what moved
// or disappeared. A frame that differs (another screen or size, a shade
// coming or going, the grey fade, the bars cleared) copies all of it. The
// backdrop holds still in a screen shake, as a smooth gradient looks the
// same shaken or not.
type backdrop struct {
	batch   *sprite.Batch
	img     *ebiten.Image
	op      ebiten.DrawImageOptions
	restore *sprite.Restorer
	drawn   backdropFrame // how the latest frame drew it
}

// backdropFrame is how a frame draws the backdrop: a frame drawn the same
// way as the one before only restores under the quads.
type backdropFrame struct {
	fit      loop.Fit
	area     image.Rectangle
	contrast bool
	dst      *ebiten.Image
	dim      float32
}

func newBackdrop(atlas *ebiten.Image) backdrop {
	b := backdrop{batch: sprite.NewBatch(atlas), restore: sprite.NewRestorer()}
	b.batch.SetFilter(ebiten.FilterLinear)
	b.op.Blend = ebiten.BlendCopy
	return b
}

// draw copies the backdrop onto dst, whose bounds are f.area, the
// screen's pixels the field covers under f.fit, darkened by f.dim (1 is
// as drawn): all of it if full is set or the frame differs from the one
// before, otherwise only under the quads kept in the frame before.
func (b *backdrop) draw(f backdropFrame, pal *palette, full bool) {
	last := b.drawn
	b.drawn = f
	if b.img == nil || f.fit != last.fit || f.area != last.area || f.contrast != last.contrast {
		b.render(f, pal)
	} else if !full && f == last {
		b.restore.Restore(f.dst, b.img, float32(f.area.Min.X), float32(f.area.Min.Y), sprite.Color{R: f.dim, G: f.dim, B: f.dim, A: 1})
		return
	}
	b.restore.Forget()
	b.op.GeoM.Reset()
	b.op.GeoM.Translate(float64(f.area.Min.X), float64(f.area.Min.Y))
	b.op.ColorScale.Reset()
	b.op.ColorScale.Scale(f.dim, f.dim, f.dim, 1)
	f.dst.DrawImage(b.img, &b.op)
}

// render draws the backdrop for f into a new image of f.area's size.
func (b *backdrop) render(f backdropFrame, pal *palette) {
	if b.img != nil {
		b.img.Deallocate()
	}
	b.img = ebiten.NewImage(f.area.Dx(), f.area.Dy())
	b.batch.SetView(f.fit.Transform().Translate(-float32(f.area.Min.X), -float32(f.area.Min.Y)))
	b.batch.AddGradientRect(assets.White, 0, 0, game.FieldWidth, game.FieldHeight, pal.skyTop, pal.skyBottom)
	const tile = 32
	for y := float32(0); !f.contrast && y < game.FieldHeight; y += tile {
		for x := float32(0); x < game.FieldWidth; x += tile {
			b.batch.AddRect(assets.Grid, x, y, tile, tile, gridTint)
		}
	}
	b.batch.Flush(b.img)
}

// flushKept draws b onto dst, keeping its quads for the next frame to
// restore the backdrop under them. Like drawShade, it stays a call.
//
//go:noinline
func (v *view) flushKept(b *sprite.Batch, dst *ebiten.Image) {
	v.back.restore.Keep(b)
	b.Flush(dst)
}

// drawBackdrop copies the field's background onto dst, as this frame's
// fit and shades have it: all of it, or, in a frame like the one before,
// only where the quads of the frame before were.
func (v *view) drawBackdrop(dst *ebiten.Image) {
	f := backdropFrame{fit: v.fit, area: v.area, contrast: v.contrast, dst: dst, dim: v.dim}
	v.back.draw(f, v.palette(), v.redraw || v.drawImagePerSprite)
}
