package app

import (
	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/loop"
	"swarmfield/game"
)

// fitScreen records how the field fits this frame's screen. With the
// loop's HiDPI option the screen has the window's size in device pixels;
// otherwise it is the field's size and the fit is the identity.
func (a *App) fitScreen(screen *ebiten.Image) {
	b := screen.Bounds()
	a.dev.fit = loop.FitField(b.Dx(), b.Dy(), game.FieldWidth, game.FieldHeight)
	a.dev.screenW, a.dev.screenH = b.Dx(), b.Dy()
}

// applyFit moves the frame's quads, collected in field coordinates, onto
// the screen: scaled and centred, letterboxed. Drawing at the screen's
// resolution keeps sprites and text crisp on HiDPI screens.
func (a *App) applyFit() {
	f := a.dev.fit
	if f.Identity() {
		return
	}
	for _, vs := range [...][]ebiten.Vertex{a.view.sprites.Vertices(), a.view.glyphs.Vertices()} {
		for i := range vs {
			vs[i].DstX = vs[i].DstX*f.Scale + f.X
			vs[i].DstY = vs[i].DstY*f.Scale + f.Y
		}
	}
}
