package app

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"swarmfield/assets"
	"swarmfield/engine/input"
	"swarmfield/engine/text"
	"swarmfield/game"
)

// initials is the entry of three letters for the high-score table, with
// the keyboard (type the letters, or arrows and Enter), a gamepad (the
// d-pad and A) or touch (tap above or below a letter, then OK).
type initials struct {
	letters [3]byte
	cursor  int
	chars   []rune // typed characters, scratch
	done    bool
}

// The initials' boxes, in field units: three boxes of boxW×boxH centred
// on the field at initialsY, and the OK button below them.
const (
	initialsY      = 250
	boxW, boxH     = 70, 90
	boxGap         = 20
	okW, okH       = 160, 60
	okY            = initialsY + boxH + 40
	initialsLetter = 5 // text scale of the letters
)

// reset starts a new entry from the given letters.
func (in *initials) reset(last string) {
	in.letters = [3]byte{'A', 'A', 'A'}
	if len(last) == 3 {
		copy(in.letters[:], last)
	}
	in.cursor = 0
	in.done = false
}

// String returns the letters.
func (in *initials) String() string { return string(in.letters[:]) }

// update reads one tick's input; tap is set, with x, y in field units,
// when the screen was clicked or tapped.
func (in *initials) update(m *input.Map, tap bool, x, y float32) {
	in.chars = ebiten.AppendInputChars(in.chars[:0])
	typed := false
	for _, c := range in.chars {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c >= 'A' && c <= 'Z' {
			in.letters[in.cursor] = byte(c)
			in.cursor = min(in.cursor+1, 2)
			typed = true
		}
	}
	switch {
	case typed:
		// WASD are letters here, not moves.
	case inpututil.IsKeyJustPressed(ebiten.KeyBackspace):
		in.cursor = max(in.cursor-1, 0)
	case m.Pressed(actUp):
		in.step(1)
	case m.Pressed(actDown):
		in.step(-1)
	case m.Pressed(actLeft):
		in.cursor = max(in.cursor-1, 0)
	case m.Pressed(actRight):
		in.cursor = min(in.cursor+1, 2)
	case inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
		in.done = true
	case m.Pressed(actConfirm):
		// Space or a gamepad's A moves on, and saves on the last letter.
		if in.cursor == 2 {
			in.done = true
		}
		in.cursor = min(in.cursor+1, 2)
	case tap:
		in.tap(x, y)
	}
}

// step changes the letter under the cursor by d, wrapping around.
func (in *initials) step(d int) {
	c := int(in.letters[in.cursor]-'A') + d
	in.letters[in.cursor] = byte('A' + (c+26)%26)
}

// tap handles a click or tap at x, y in field units: the upper half of a
// letter's box steps it up, the lower half down, and OK saves.
func (in *initials) tap(x, y float32) {
	if x >= (game.FieldWidth-okW)/2 && x < (game.FieldWidth+okW)/2 && y >= okY && y < okY+okH {
		in.done = true
		return
	}
	for i := range 3 {
		bx := boxX(i)
		if x < bx || x >= bx+boxW || y < initialsY-boxH/2 || y >= initialsY+boxH*3/2 {
			continue
		}
		in.cursor = i
		if y < initialsY+boxH/2 {
			in.step(1)
		} else {
			in.step(-1)
		}
	}
}

// boxX returns the left edge of letter i's box.
func boxX(i int) float32 {
	const total = 3*boxW + 2*boxGap
	return (game.FieldWidth-total)/2 + float32(i)*(boxW+boxGap)
}

// drawInitials draws the entry over the game-over screen: the score's
// place, the three letters with the cursor's box lit, and the OK button.
func (v *view) drawInitials(in *initials, place []byte, touch bool) {
	v.drawShade()
	v.drawShade() // darker: the table entry is all that matters now
	v.drawCentred("NEW HIGH SCORE", 90, 4, gold)
	v.drawCentredBytes(place, 150, 2, white)
	for i := range 3 {
		x := boxX(i)
		clr := dimText.Alpha(0.25)
		if i == in.cursor {
			clr = cyan.Alpha(0.35)
		}
		v.sprites.AddRect(assets.White, x, initialsY, boxW, boxH, clr)
		c := in.letters[i : i+1]
		text.DrawBytes(v.glyphs, c, x+(boxW-assets.GlyphAdvance*initialsLetter)/2, initialsY+(boxH-assets.GlyphHeight*initialsLetter)/2, initialsLetter, white)
		v.drawArrow(assets.ArrowUp, x+boxW/2, initialsY-boxH/4)
		v.drawArrow(assets.ArrowDown, x+boxW/2, initialsY+boxH*5/4)
	}
	v.sprites.AddRect(assets.White, (game.FieldWidth-okW)/2, okY, okW, okH, gold.Alpha(0.3))
	v.drawCentred("OK", okY+(okH-assets.GlyphHeight*3)/2, 3, white)
	if touch {
		v.drawCentred("tap a letter's arrows, then OK", 530, 2, dimText)
	} else {
		v.drawCentred("type your initials, or use the arrows; Enter saves", 530, 2, dimText)
	}
}

// drawArrow draws one of the initials' arrows centred at x, y.
func (v *view) drawArrow(art image.Rectangle, x, y float32) {
	v.sprites.Add(art, x, y, 0, 0.9, white.Alpha(0.7))
}
