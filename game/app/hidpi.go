package app

import (
	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/loop"
	"swarmfield/game"
)

// fitScreen records how the field fits this frame's screen and makes it
// the view of both batches, so that the quads collected in field
// coordinates land on the screen scaled and centred, letterboxed. Drawing
// at the screen's resolution keeps sprites and text crisp on HiDPI
// screens. With the loop's HiDPI option the screen has the window's size
// in device pixels; otherwise it is the field's size and the fit is the
// identity.
func (a *App) fitScreen(screen *ebiten.Image) {
	b := screen.Bounds()
	a.dev.fit = loop.FitField(b.Dx(), b.Dy(), game.FieldWidth, game.FieldHeight)
	a.dev.screenW, a.dev.screenH = b.Dx(), b.Dy()
	view := a.dev.fit.Transform()
	a.view.sprites.SetView(view)
	a.view.glyphs.SetView(view)
	a.view.fit = a.dev.fit
	a.view.area = a.dev.fit.Area(game.FieldWidth, game.FieldHeight).Intersect(b)
}

// fieldArea returns the part of screen the field covers, so that nothing
// drawn near the field's edges, such as a hazard's glow, bleeds into the
// letterbox bars. Sub-images keep the screen's coordinates. The sub-image
// is kept from frame to frame until the screen or its size changes, so a
// steady frame allocates nothing here.
func (a *App) fieldArea(screen *ebiten.Image) *ebiten.Image {
	f := a.dev.fit
	if f.Identity() {
		return screen
	}
	r := f.Area(game.FieldWidth, game.FieldHeight)
	if a.dev.fieldOf != screen || a.dev.field == nil || a.dev.field.Bounds() != r {
		a.dev.field, a.dev.fieldOf = screen.SubImage(r).(*ebiten.Image), screen
	}
	return a.dev.field
}
