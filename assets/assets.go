// Package assets embeds Swarmfield's art: a sprite atlas, a bitmap font
// atlas and the rectangles that locate each picture inside them.
//
// The atlases (*.pix, see pixels.go; *.png to look at) and the *_gen.go
// files are drawn procedurally by
// ./internal/gen; run `go generate ./assets` after changing the art.
// The package depends only on the standard library, so the simulation and
// tests can use the rectangles and metrics without a graphics driver.
package assets

//go:generate go run ./internal/gen

import (
	_ "embed"
	"image"
	"sync"
)

var (
	//go:embed sprites.pix
	spritesPixels []byte
	//go:embed font.pix
	fontPixels []byte
)

var (
	spritesOnce = sync.OnceValues(func() (*image.RGBA, error) { return decodePixels("sprites.pix", spritesPixels) })
	fontOnce    = sync.OnceValues(func() (*image.RGBA, error) { return decodePixels("font.pix", fontPixels) })
)

// Sprites returns the decoded sprite atlas. Player, Orb, Hazard and the
// other rectangles in this package locate pictures inside it. It is decoded
// on first use and shared afterwards; callers must not modify it.
func Sprites() (*image.RGBA, error) { return spritesOnce() }

// Font returns the decoded font atlas: printable ASCII as white glyphs on
// transparent, located by Glyph. It is decoded on first use and shared
// afterwards; callers must not modify it.
func Font() (*image.RGBA, error) { return fontOnce() }
