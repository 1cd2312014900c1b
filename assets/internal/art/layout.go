package art

import "image"

const (
	// AtlasWidth is the width of the sprite atlas in pixels.
	AtlasWidth = 256
	// Padding is the transparent gap kept around every sprite so that linear
	// filtering never samples a neighbour.
	Padding = 2
)

// Placed is a sprite with its rectangle in the atlas.
type Placed struct {
	Sprite
	Rect image.Rectangle
}

// Layout packs sprites into rows (shelves) of an AtlasWidth-wide atlas, in
// order, and returns their rectangles and the atlas size.
func Layout(sprites []Sprite) ([]Placed, image.Point) {
	placed := make([]Placed, 0, len(sprites))
	x, y, rowH := Padding, Padding, 0
	for _, s := range sprites {
		if x+s.W+Padding > AtlasWidth {
			x, y, rowH = Padding, y+rowH+Padding, 0
		}
		placed = append(placed, Placed{Sprite: s, Rect: image.Rect(x, y, x+s.W, y+s.H)})
		x += s.W + Padding
		rowH = max(rowH, s.H)
	}
	return placed, image.Pt(AtlasWidth, y+rowH+Padding)
}

// SpriteAtlas draws every sprite into a new atlas image.
func SpriteAtlas() (*image.NRGBA, []Placed) {
	placed, size := Layout(Sprites())
	img := image.NewNRGBA(image.Rectangle{Max: size})
	for _, p := range placed {
		paint(img, p.Rect, p.draw)
	}
	return img, placed
}
