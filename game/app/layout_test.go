//go:build !js

package app

import (
	"testing"

	"swarmfield/engine/loop"
	"swarmfield/engine/particles"
	"swarmfield/engine/sprite"
	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/save"
)

// phones are the screens, in CSS pixels, that the layout must serve.
var phones = []struct {
	name string
	w, h float32
}{
	{"portrait", 390, 844},
	{"landscape", 844, 390},
}

// defaultPad is the d-pad's default setting: on the left, size 2.
var defaultPad = padSide{size: 2}

func overlaps(a, b rect) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

func inside(r rect, w, h float32) bool {
	return r.X >= 0 && r.Y >= 0 && r.X+r.W <= w && r.Y+r.H <= h
}

// TestPhoneLayout checks that on a phone, at device scales 1 and 3, the
// d-pad and the pause button sit off the field and on the screen, the
// d-pad's buttons are thumb-sized, and that on a 4:3 screen the d-pad
// stays where it always was, on the field.
func TestPhoneLayout(t *testing.T) {
	for _, p := range phones {
		for _, css := range []float32{1, 3} {
			w, h := p.w*css, p.h*css
			f := loop.FitField(int(w), int(h), game.FieldWidth, game.FieldHeight)
			l := placeControls(w, h, f, css, defaultPad)
			pad := l.padRect()
			if !l.inBar || overlaps(pad, l.field) || !inside(pad, w, h) {
				t.Errorf("%s at scale %v: d-pad %+v (in a bar: %v), field %+v", p.name, css, pad, l.inBar, l.field)
			}
			if overlaps(l.pause, l.field) || overlaps(l.pause, pad) || !inside(l.pause, w, h) {
				t.Errorf("%s at scale %v: pause button %+v, field %+v, d-pad %+v", p.name, css, l.pause, l.field, pad)
			}
			if button := 44 * padButton * l.pad.Scale / css; button < 32 {
				t.Errorf("%s at scale %v: the d-pad's buttons are %v CSS pixels, want at least 32", p.name, css, button)
			}
		}
	}
	f := loop.FitField(1024, 768, game.FieldWidth, game.FieldHeight)
	l := placeControls(1024, 768, f, 1, defaultPad)
	if l.inBar || l.pad.X != f.X+padX*f.Scale || l.pad.Y != f.Y+padY*f.Scale || l.pad.Scale != f.Scale {
		t.Errorf("on a 4:3 screen the d-pad is at %+v, want on the field at (%v, %v) field units", l.pad, padX, padY)
	}
}

// TestPhoneTextSize draws every screen a touch player sees (title with a
// full table and a note, how-to cards, initials, play with a hint, game
// over with the table) and checks that on a phone in portrait, where the
// field is narrowest, every line is at least 12 CSS pixels tall.
func TestPhoneTextSize(t *testing.T) {
	const minCSS = 12
	scale := float32(390) / game.FieldWidth // CSS pixels per field unit
	v := &view{
		sprites: sprite.NewBatch(nil),
		glyphs:  sprite.NewBatch(nil),
		sparks:  particles.New(8, 1),
		debris:  particles.New(8, 2),
	}
	b := &board{scores: save.LoadScores(storage.NewMemory(), nil), highlight: 2}
	for i := range save.TableSize {
		b.scores.Add(save.Entry{Initials: "ABC", Score: int64(1000 - i), Ticks: 6000, Date: 1764440000})
	}
	b.format()
	o := &onboarding{hints: true}
	o.show("Careful: leaving the field ends the run")
	s := game.NewSession(game.Options{Seed: 1}, 5)
	check := func(what string, draw func()) {
		t.Helper()
		v.glyphs.Reset()
		draw()
		vs := v.glyphs.Vertices()
		if len(vs) == 0 {
			t.Fatalf("%s drew no text", what)
		}
		for q := 0; q+3 < len(vs); q += 4 {
			top, bottom := vs[q].DstY, vs[q].DstY
			for _, vx := range vs[q+1 : q+4] {
				top, bottom = min(top, vx.DstY), max(bottom, vx.DstY)
			}
			if css := (bottom - top) * scale; css < minCSS {
				t.Errorf("%s: a glyph at y %v is %.1f CSS pixels tall, want at least %v", what, top, css, minCSS)
				return
			}
		}
	}
	v.screens = screens{board: b, touch: true, note: "Unreadable high scores set aside; a new table started."}
	if bottom := v.drawTable(b, tableY, 2, titleRows); bottom > titleButtonsY-buttonMaxH/2 {
		t.Errorf("the title's table ends at y %v, below the top of its tallest buttons at %v", bottom, titleButtonsY-buttonMaxH/2)
	}
	for _, sc := range []game.Scene{game.SceneTitle, game.ScenePlaying, game.ScenePaused} {
		s.Scene = sc
		check(sc.String(), func() { v.draw(nil, s, false) })
	}
	for card := range howtoCards {
		o.card = card
		check("how-to card", func() { v.drawHowto(o, true) })
	}
	check("initials", func() { v.drawInitials(&b.entry, []byte("5 POINTS: PLACE 3 OF 10"), true) })
	check("hint", func() { v.drawHint(o) })
	s.Scene = game.SceneGameOver
	check("game over with the table", func() { v.draw(nil, s, true) })
	b.highlight = -1
	check("game over", func() { v.draw(nil, s, true) })
}

// TestPauseClearOfSettingsButton lays out screens where the controls sit
// on the field: the pause button, which the pause screen shows beside
// the settings button, must not cover it, or a tap meant to resume
// would open the settings.
func TestPauseClearOfSettingsButton(t *testing.T) {
	for _, size := range [][2]float32{{800, 600}, {1024, 768}, {1600, 1200}} {
		f := loop.Fit{Scale: size[0] / 800}
		for _, css := range []float32{1, 2} {
			l := placeControls(size[0], size[1], f, css, defaultPad)
			if l.inBar {
				continue
			}
			p := l.pause
			button := rect{buttonX * f.Scale, buttonY * f.Scale, buttonW * f.Scale, buttonH * f.Scale}
			if p.X < button.X+button.W && button.X < p.X+p.W && p.Y < button.Y+button.H && button.Y < p.Y+p.H {
				t.Errorf("%v×%v at %v screen px per CSS px: the pause button %+v covers the settings button %+v", size[0], size[1], css, p, button)
			}
		}
	}
}
