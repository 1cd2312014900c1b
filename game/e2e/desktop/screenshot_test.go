package desktop

import (
	"image"
	"image/color"
	"math"
	"testing"
)

// checkDrawn checks that a screenshot has the size want and is not blank:
// a grid of samples over it finds at least 16 colours.
func checkDrawn(t *testing.T, img *image.RGBA, want image.Point) {
	t.Helper()
	if got := img.Bounds().Size(); got != want {
		t.Errorf("screenshot is %v, want %v", got, want)
	}
	colours := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			colours[img.RGBAAt(x, y)] = true
		}
	}
	if len(colours) < 16 {
		t.Errorf("screenshot has only %d colours: the game drew nothing", len(colours))
	}
}

// checkFieldFit checks that the drawn part of img, everything not cleared
// to transparent black, is the 800×600 field scaled to fit and centred.
func checkFieldFit(t *testing.T, name string, img *image.RGBA) {
	t.Helper()
	b := img.Bounds()
	drawn := image.Rectangle{Min: b.Max, Max: b.Min}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y):][:4*b.Dx()]
		for i := 0; i < len(row); i += 4 {
			if row[i]|row[i+1]|row[i+2]|row[i+3] != 0 {
				x := b.Min.X + i/4
				drawn.Min = image.Pt(min(drawn.Min.X, x), min(drawn.Min.Y, y))
				drawn.Max = image.Pt(max(drawn.Max.X, x+1), max(drawn.Max.Y, y+1))
			}
		}
	}
	s := min(float64(b.Dx())/800, float64(b.Dy())/600)
	w, h := 800*s, 600*s
	x0, y0 := (float64(b.Dx())-w)/2, (float64(b.Dy())-h)/2
	want := image.Rectangle{
		Min: image.Pt(int(math.Floor(x0)), int(math.Floor(y0))),
		Max: image.Pt(int(math.Ceil(x0+w)), int(math.Ceil(y0+h))),
	}
	near := func(a, b int) bool { return a-b <= 1 && b-a <= 1 }
	if !near(drawn.Min.X, want.Min.X) || !near(drawn.Min.Y, want.Min.Y) || !near(drawn.Max.X, want.Max.X) || !near(drawn.Max.Y, want.Max.Y) {
		t.Errorf("%s: the field is drawn over %v, want %v (4:3, centred)", name, drawn, want)
	}
}
