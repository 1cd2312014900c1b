package art

import (
	"fmt"
	"image"
	"image/draw"

	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
)

// Font atlas geometry: printable ASCII from FirstChar to LastChar in a grid
// of FontColumns cells, each glyph (GlyphWidth×GlyphHeight) sitting FontPad
// pixels inside a cell of (GlyphWidth+2*FontPad)×(GlyphHeight+2*FontPad).
const (
	// FirstChar is the first character in the font atlas.
	FirstChar = 32
	// LastChar is the last character in the font atlas.
	LastChar = 126
	// FontColumns is the number of glyph cells per atlas row.
	FontColumns = 16
	// FontPad is the transparent margin around each glyph in its cell.
	FontPad = 1
)

// FontMetrics describes the fixed-width face the font atlas is drawn from.
type FontMetrics struct {
	Advance int // horizontal advance of every glyph
	Height  int // line height: ascent plus descent
	Ascent  int // from a line's top to its baseline
}

// Metrics returns the metrics of basicfont.Face7x13.
func Metrics() FontMetrics {
	f := basicfont.Face7x13
	return FontMetrics{Advance: f.Advance, Height: f.Ascent + f.Descent, Ascent: f.Ascent}
}

// FontAtlas renders printable ASCII from basicfont.Face7x13 as white glyphs
// on a transparent background.
func FontAtlas() (*image.NRGBA, error) {
	m := Metrics()
	cellW, cellH := m.Advance+2*FontPad, m.Height+2*FontPad
	n := LastChar - FirstChar + 1
	rows := (n + FontColumns - 1) / FontColumns
	img := image.NewNRGBA(image.Rect(0, 0, FontColumns*cellW, rows*cellH))
	face := basicfont.Face7x13
	for c := FirstChar; c <= LastChar; c++ {
		i := c - FirstChar
		x := i%FontColumns*cellW + FontPad
		y := i/FontColumns*cellH + FontPad
		dot := fixed.P(x, y+m.Ascent)
		dr, mask, mp, _, ok := face.Glyph(dot, rune(c))
		if !ok {
			return nil, fmt.Errorf("art: basicfont has no glyph for %q", rune(c))
		}
		draw.DrawMask(img, dr, image.White, image.Point{}, mask, mp, draw.Over)
	}
	return img, nil
}
