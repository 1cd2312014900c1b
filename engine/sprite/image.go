package sprite

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// NewImage returns an image holding img's pixels, which are premultiplied
// RGBA as ebiten.Image.WritePixels takes them: what ebiten.NewImageFromImage
// makes of an *image.RGBA, without linking its conversion of other image
// types, image/draw, into a program that needs none. img's rows must
// follow each other, as in an image made by image.NewRGBA; WritePixels
// panics otherwise.
func NewImage(img *image.RGBA) *ebiten.Image {
	size := img.Rect.Size()
	out := ebiten.NewImage(size.X, size.Y)
	out.WritePixels(img.Pix)
	return out
}
