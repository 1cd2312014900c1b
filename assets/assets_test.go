package assets_test

import (
	"bytes"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"testing"

	"swarmfield/assets"
	"swarmfield/assets/internal/art"
)

// TestGeneratedUpToDate regenerates the art into a temporary directory and
// requires it to match the committed files byte for byte.
func TestGeneratedUpToDate(t *testing.T) {
	dir := t.TempDir()
	if err := art.WriteAll(dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"sprites.png", "sprites.pix", "font.png", "font.pix", "atlas_gen.go", "font_gen.go"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run `go generate ./assets`", name)
		}
	}
}

func spriteRects() map[string]image.Rectangle {
	m := map[string]image.Rectangle{
		"Player": assets.Player, "Orb": assets.Orb, "Ring": assets.Ring,
		"Grid": assets.Grid, "Particle": assets.Particle, "White": assets.White,
		"ArrowUp": assets.ArrowUp, "ArrowDown": assets.ArrowDown,
		"ArrowLeft": assets.ArrowLeft, "ArrowRight": assets.ArrowRight,
	}
	for i, r := range assets.Hazard {
		m[fmt.Sprintf("Hazard[%d]", i)] = r
	}
	return m
}

// sizedImage returns the image that load decodes, failing the test when it
// does not decode or is not size pixels large from (0, 0).
func sizedImage(t *testing.T, what string, load func() (*image.RGBA, error), size image.Point) *image.RGBA {
	t.Helper()
	img, err := load()
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds(); got != (image.Rectangle{Max: size}) {
		t.Fatalf("%s bounds %v, want size %v", what, got, size)
	}
	return img
}

func TestSpriteRects(t *testing.T) {
	atlas := sizedImage(t, "atlas", assets.Sprites, assets.SpritesSize)
	rects := spriteRects()
	for name, r := range rects {
		if r.Empty() || !r.In(atlas.Bounds()) {
			t.Errorf("%s %v is empty or outside the atlas %v", name, r, atlas.Bounds())
		}
		for other, o := range rects {
			if name < other && r.Overlaps(o) {
				t.Errorf("%s %v overlaps %s %v", name, r, other, o)
			}
		}
	}
}

// TestSpritePadding checks that the pixel ring around every sprite is
// transparent, so linear filtering never bleeds a neighbour in.
func TestSpritePadding(t *testing.T) {
	atlas, err := assets.Sprites()
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range spriteRects() {
		if name == "White" {
			continue // deliberately surrounded by white
		}
		outer := r.Inset(-1)
		for y := outer.Min.Y; y < outer.Max.Y; y++ {
			for x := outer.Min.X; x < outer.Max.X; x++ {
				if image.Pt(x, y).In(r) {
					continue
				}
				if _, _, _, a := atlas.At(x, y).RGBA(); a != 0 {
					t.Fatalf("%s: padding pixel (%d,%d) has alpha %d", name, x, y, a)
				}
			}
		}
		var opaque bool
		for y := r.Min.Y; y < r.Max.Y && !opaque; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				if _, _, _, a := atlas.At(x, y).RGBA(); a > 0xc000 {
					opaque = true
					break
				}
			}
		}
		if !opaque && name != "Grid" {
			t.Errorf("%s has no mostly opaque pixel", name)
		}
	}
	white := assets.White.Inset(-1)
	for y := white.Min.Y; y < white.Max.Y; y++ {
		for x := white.Min.X; x < white.Max.X; x++ {
			if r, g, b, a := atlas.At(x, y).RGBA(); r&g&b&a != 0xffff {
				t.Fatalf("White: pixel (%d,%d) is not opaque white", x, y)
			}
		}
	}
}

func TestGlyphs(t *testing.T) {
	font := sizedImage(t, "font", assets.Font, assets.FontSize)
	seen := map[image.Rectangle]byte{}
	for c := byte(assets.FirstChar); c <= assets.LastChar; c++ {
		r, ok := assets.Glyph(c)
		if !ok {
			t.Fatalf("Glyph(%q) not ok", c)
		}
		if r.Dx() != assets.GlyphAdvance || r.Dy() != assets.GlyphHeight || !r.In(font.Bounds()) {
			t.Fatalf("Glyph(%q) = %v: wrong size or outside the atlas", c, r)
		}
		if prev, dup := seen[r]; dup {
			t.Fatalf("Glyph(%q) and Glyph(%q) share %v", c, prev, r)
		}
		seen[r] = c
		ink := 0
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				cr, cg, cb, a := font.At(x, y).RGBA()
				if a != 0 {
					ink++
					if cr != a || cg != a || cb != a {
						t.Fatalf("Glyph(%q) pixel (%d,%d) is not white", c, x, y)
					}
				}
			}
		}
		if (ink == 0) != (c == ' ') {
			t.Errorf("Glyph(%q) has %d inked pixels", c, ink)
		}
	}
	for _, c := range []byte{0, '\n', 127, 200} {
		r, ok := assets.Glyph(c)
		q, _ := assets.Glyph('?')
		if ok || r != q {
			t.Errorf("Glyph(%d) = %v, %v; want the '?' glyph and false", c, r, ok)
		}
	}
}
