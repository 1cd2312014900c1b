package assets

import "image"

// FontSize is the size of the font atlas in pixels.
var FontSize = image.Pt(fontWidth, fontHeight)

// Glyph returns the rectangle of character c in the font atlas, which is
// GlyphAdvance×GlyphHeight pixels. Characters outside FirstChar..LastChar
// are drawn as '?', and ok reports false for them.
func Glyph(c byte) (r image.Rectangle, ok bool) {
	ok = c >= FirstChar && c <= LastChar
	if !ok {
		c = '?'
	}
	i := int(c - FirstChar)
	const cellW, cellH = GlyphAdvance + 2*fontPad, GlyphHeight + 2*fontPad
	x := i%fontColumns*cellW + fontPad
	y := i/fontColumns*cellH + fontPad
	return image.Rect(x, y, x+GlyphAdvance, y+GlyphHeight), ok
}
