//go:build !js

package app

import (
	"fmt"
	"testing"

	"swarmfield/engine/loop"
	"swarmfield/engine/sprite"
	"swarmfield/game"
)

// quadPixels returns the screen area the batch's quads cover, in pixels,
// overlaps counted as often as they are drawn: the pixels a frame blends
// for that batch.
func quadPixels(b *sprite.Batch) float64 {
	var sum float64
	v := b.Vertices()
	for q := 0; q+3 < len(v); q += 4 {
		// A quad is a parallelogram: |(TR−TL)×(BL−TL)|.
		ax, ay := v[q+1].DstX-v[q].DstX, v[q+1].DstY-v[q].DstY
		bx, by := v[q+2].DstX-v[q].DstX, v[q+2].DstY-v[q].DstY
		sum += float64(max(ax*by-ay*bx, ay*bx-ax*by))
	}
	return sum
}

// BenchmarkFrameFill counts the pixel work of a steady frame on a
// 1000×750 screen (a 1000×750 viewport at device scale 1; 2000×1500 at 2)
// at the title, in play with 300 hazards, and in play with the F3 panel
// open: the pixels the sprite and glyph batches blend (quads' areas,
// overlaps counted), the backdrop copied back under the quads of the frame
// before (about as many pixels; a frame unlike the one before copies all
// of it instead), and Ebitengine's copy of the screen to the canvas, a
// full-screen pass. It reports them in millions of pixels a frame (Mpx),
// with the quads drawn.
//
//	go test -run '^$' -bench FrameFill ./game/app
func BenchmarkFrameFill(b *testing.B) {
	for _, scale := range []int{1, 2} {
		w, h := 1000*scale, 750*scale
		for _, sc := range []struct {
			name         string
			play, panel  bool
			startHazards int
		}{
			{name: "title", startHazards: 0},
			{name: "play300", play: true, startHazards: 300},
			{name: "play300+F3", play: true, panel: true, startHazards: 300},
		} {
			b.Run(fmt.Sprintf("%s/scale=%d", sc.name, scale), func(b *testing.B) {
				v := newTestView()
				m := newMeter()
				s := game.NewSession(game.Options{Seed: 3, StartHazards: sc.startHazards, Invulnerable: true}, 0)
				if sc.play {
					s.Update(game.PressConfirm)
				}
				for range 120 {
					s.Update(0)
					v.update(s)
					m.afterTick(s, v.particleCount())
				}
				fit := loop.FitField(w, h, game.FieldWidth, game.FieldHeight)
				var sprites, glyphs float64
				var quads int
				for range b.N {
					v.sprites.SetView(fit.Transform())
					v.glyphs.SetView(fit.Transform())
					m.beforeDraw(s, sc.panel)
					v.draw(nil, s, true)
					v.drawFeel()
					drawSummary(v.glyphs, m.hud, sc.play)
					if sc.panel {
						drawPanel(v.sprites, v.glyphs, m.hud, false, m.stateLine, m.spark)
					}
					sprites, glyphs = quadPixels(v.sprites), quadPixels(v.glyphs)
					quads = v.sprites.Len() + v.glyphs.Len()
					v.sprites.Reset()
					v.glyphs.Reset()
				}
				final := float64(w * h)
				b.ReportMetric(sprites/1e6, "sprite-Mpx")
				b.ReportMetric(glyphs/1e6, "glyph-Mpx")
				b.ReportMetric((sprites+glyphs)/1e6, "backdrop-Mpx")
				b.ReportMetric(final/1e6, "final-Mpx")
				b.ReportMetric((2*(sprites+glyphs)+final)/1e6, "total-Mpx")
				b.ReportMetric(float64(quads), "quads")
			})
		}
	}
}
