//go:build !js

package app

import (
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/particles"
	"swarmfield/engine/sprite"
	"swarmfield/game"
)

// TestFitIsTheView draws the same frame on an 800×600 screen and on
// screens of other sizes, and checks that every vertex of the larger ones
// is the field's vertex scaled by the fit and moved by its offset, in
// float32 as x*Scale + X: the fit is applied once, as each quad is added,
// and gives the same bits as a second pass over the finished vertices.
func TestFitIsTheView(t *testing.T) {
	frame := func(w, h int) (sprites, glyphs []ebiten.Vertex, fit [3]float32) {
		a := &App{view: &view{
			sprites: sprite.NewBatch(nil),
			glyphs:  sprite.NewBatch(nil),
			sparks:  particles.New(64, 1),
			debris:  particles.New(64, 2),
			num:     make([]byte, 0, 32),
		}}
		s := game.NewSession(game.Options{Seed: 5, StartHazards: 40}, 0)
		s.Update(game.PressConfirm)
		for range 200 {
			s.Update(0)
		}
		a.view.sparks.Burst(400, 300, 40, 4, 1)
		a.view.sparks.Step()
		a.fitScreen(ebiten.NewImage(w, h))
		a.view.draw(nil, s, true)
		f := a.dev.fit
		return a.view.sprites.Vertices(), a.view.glyphs.Vertices(), [3]float32{f.Scale, f.X, f.Y}
	}
	fieldSprites, fieldGlyphs, id := frame(game.FieldWidth, game.FieldHeight)
	if id != [3]float32{1, 0, 0} || len(fieldSprites) < 4*40 || len(fieldGlyphs) == 0 {
		t.Fatalf("800×600: fit %v, %d sprite and %d glyph vertices", id, len(fieldSprites), len(fieldGlyphs))
	}
	for _, sz := range [][2]int{{1600, 1200}, {2000, 1200}, {1200, 1800}, {1000, 750}, {1366, 768}} {
		sprites, glyphs, f := frame(sz[0], sz[1])
		for _, c := range []struct {
			name       string
			got, field []ebiten.Vertex
		}{{"sprite", sprites, fieldSprites}, {"glyph", glyphs, fieldGlyphs}} {
			if len(c.got) != len(c.field) {
				t.Fatalf("%v: %d %s vertices, %d on the field", sz, len(c.got), c.name, len(c.field))
			}
			for i, v := range c.field {
				wx, wy := float32(v.DstX*f[0])+f[1], float32(v.DstY*f[0])+f[2]
				g := c.got[i]
				if math.Float32bits(g.DstX) != math.Float32bits(wx) || math.Float32bits(g.DstY) != math.Float32bits(wy) {
					t.Fatalf("%v: %s vertex %d at (%v, %v), want (%v, %v) from the field's (%v, %v) under the fit %v",
						sz, c.name, i, g.DstX, g.DstY, wx, wy, v.DstX, v.DstY, f)
				}
			}
		}
	}
}
