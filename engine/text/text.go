// Package text draws ASCII strings with Swarmfield's bitmap font (see
// package assets) through a sprite.Batch.
//
// Glyphs are fixed-width (assets.GlyphAdvance × assets.GlyphHeight pixels
// at scale 1). Use integer scales and nearest filtering, the batch default,
// to keep them crisp; drawing positions are rounded to whole pixels.
// Characters outside printable ASCII are drawn as '?', one per UTF-8
// sequence, and '\n' starts a new line.
package text

import (
	"fmt"
	"math"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/assets"
	"swarmfield/engine/sprite"
)

// Align says where a line of text sits relative to the x coordinate given
// to DrawAligned.
type Align int

// Alignments for DrawAligned.
const (
	Left   Align = iota // x is the left edge
	Center              // x is the centre
	Right               // x is the right edge
)

// NewBatch returns a sprite batch drawing from the font atlas in package
// assets, using nearest filtering. Every batch draws from the same image
// of the atlas, made by the first call.
func NewBatch() (*sprite.Batch, error) {
	img, err := fontImage()
	if err != nil {
		return nil, err
	}
	return sprite.NewBatch(img), nil
}

// fontImage makes the image of the font atlas once.
var fontImage = sync.OnceValues(func() (*ebiten.Image, error) {
	img, err := assets.Font()
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	return sprite.NewImage(img), nil
})

// Draw adds s with its top-left corner at (x, y), each glyph scaled by
// scale and coloured clr, to b, which must draw from the font atlas.
func Draw(b *sprite.Batch, s string, x, y, scale float32, clr sprite.Color) {
	layout(b, s, x, y, scale, Left, clr)
}

// DrawBytes is Draw for a byte slice; it lets callers format numbers with
// strconv.AppendInt into a reused buffer without allocating.
func DrawBytes(b *sprite.Batch, s []byte, x, y, scale float32, clr sprite.Color) {
	layout(b, s, x, y, scale, Left, clr)
}

// DrawAligned is Draw with each line placed relative to x as align says,
// and y the top of the first line.
func DrawAligned(b *sprite.Batch, s string, x, y, scale float32, align Align, clr sprite.Color) {
	layout(b, s, x, y, scale, align, clr)
}

type line struct{ glyphs, bytes int }

// lineGlyphs counts the glyphs and bytes of the first line of s, up to but
// excluding a '\n'.
func lineGlyphs[S ~string | ~[]byte](s S) line {
	var n line
	for ; n.bytes < len(s); n.bytes++ {
		c := s[n.bytes]
		if c == '\n' {
			break
		}
		if !continuation(c) {
			n.glyphs++
		}
	}
	return n
}

// continuation reports whether c continues a UTF-8 sequence.
func continuation(c byte) bool { return c >= 0x80 && c < 0xc0 }

func round(v float32) float32 { return float32(math.Floor(float64(v) + 0.5)) }

func layout[S ~string | ~[]byte](b *sprite.Batch, s S, x, y, scale float32, align Align, clr sprite.Color) {
	adv := float32(assets.GlyphAdvance) * scale
	gw, gh := float32(assets.GlyphAdvance)*scale, float32(assets.GlyphHeight)*scale
	y = round(y)
	for start := 0; start <= len(s); {
		n := lineGlyphs(s[start:])
		lx := x
		switch align {
		case Center:
			lx -= float32(n.glyphs) * adv / 2
		case Right:
			lx -= float32(n.glyphs) * adv
		}
		lx = round(lx)
		for i := start; i < start+n.bytes; i++ {
			c := s[i]
			if continuation(c) {
				continue
			}
			if c != ' ' {
				r, _ := assets.Glyph(c)
				b.AddRect(r, lx, y, gw, gh, clr)
			}
			lx += adv
		}
		start += n.bytes + 1
		y += gh
	}
}
