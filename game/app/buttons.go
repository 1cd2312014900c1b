package app

import (
	"swarmfield/assets"
	"swarmfield/engine/sprite"
	"swarmfield/engine/text"
	"swarmfield/game"
)

// A button is a labelled tap target drawn on the field, in field units.
// Keys, gamepad buttons, clicks and taps all reach what it does.
type button struct {
	label string // as drawn where there is a keyboard: "HIGH SCORES (H)"
	touch string // as drawn on a touch screen: "HIGH SCORES"
	r     rect
}

// Sizes of buttons, in field units, and of tap targets, in CSS pixels.
const (
	buttonGap   = 12
	buttonMinH  = 36
	buttonMaxH  = 100
	buttonPad   = 28 // the label's margins, both sides together
	buttonScale = 2  // the label's text scale
	tapCSS      = 44 // the smallest comfortable tap target
)

// buttonHeight returns the height of a button on a screen with fieldPerCSS
// field units per CSS pixel: tapCSS CSS pixels, within buttonMinH and
// buttonMaxH.
func buttonHeight(fieldPerCSS float32) float32 {
	return min(buttonMaxH, max(buttonMinH, tapCSS*fieldPerCSS))
}

// layoutButtons places bs side by side in a row centred on the field,
// all as wide as the widest keyboard label, h tall, their tops at y.
func layoutButtons(bs []button, y, h float32) {
	var w float32
	for _, b := range bs {
		w = max(w, float32(len(b.label)*assets.GlyphAdvance)*buttonScale+buttonPad)
	}
	n := float32(len(bs))
	if room := (game.FieldWidth - 16 - (n-1)*buttonGap) / n; w > room {
		w = room
	}
	x := (game.FieldWidth - n*w - (n-1)*buttonGap) / 2
	for i := range bs {
		bs[i].r = rect{x, y, w, h}
		x += w + buttonGap
	}
}

// buttonAt returns the index of the button of bs at field point x, y, or
// -1.
func buttonAt(bs []button, x, y float32) int {
	for i := range bs {
		if bs[i].r.contains(x, y) {
			return i
		}
	}
	return -1
}

var (
	buttonFill = sprite.Opaque(0.10, 0.14, 0.26).Alpha(0.85)
	buttonEdge = cyan.Alpha(0.55)
)

// drawButton draws b with its touch or keyboard label, dimmed when it
// does nothing.
func (v *view) drawButton(b *button, touch, enabled bool) {
	r := b.r
	v.sprites.AddRect(assets.White, r.X, r.Y, r.W, r.H, buttonFill)
	edge := buttonEdge
	label, clr := b.label, cyan
	if touch {
		label = b.touch
	}
	if !enabled {
		edge, clr = dimText.Alpha(0.3), dimText.Alpha(0.6)
	}
	v.sprites.AddRect(assets.White, r.X, r.Y, r.W, 2, edge)
	v.sprites.AddRect(assets.White, r.X, r.Y+r.H-2, r.W, 2, edge)
	v.sprites.AddRect(assets.White, r.X, r.Y, 2, r.H, edge)
	v.sprites.AddRect(assets.White, r.X+r.W-2, r.Y, 2, r.H, edge)
	y := r.Y + (r.H-assets.GlyphHeight*buttonScale)/2
	text.DrawAligned(v.glyphs, label, r.X+r.W/2, y, buttonScale, text.Center, clr)
}

// drawButtons draws bs, all enabled.
func (v *view) drawButtons(bs []button, touch bool) {
	for i := range bs {
		v.drawButton(&bs[i], touch, true)
	}
}
