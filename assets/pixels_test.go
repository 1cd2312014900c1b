package assets

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"os"
	"strings"
	"testing"
)

// TestPixelsMatchPNG: the embedded atlases hold exactly the pixels of the
// PNGs generated beside them, premultiplied as ebiten.NewImageFromImage
// premultiplies them (with image/draw).
func TestPixelsMatchPNG(t *testing.T) {
	for _, tc := range []struct {
		png  string
		load func() (*image.RGBA, error)
	}{{"sprites.png", Sprites}, {"font.png", Font}} {
		data, err := os.ReadFile(tc.png)
		if err != nil {
			t.Fatal(err)
		}
		want, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		wantRGBA := image.NewRGBA(want.Bounds())
		draw.Draw(wantRGBA, want.Bounds(), want, want.Bounds().Min, draw.Src)
		got, err := tc.load()
		if err != nil {
			t.Fatal(err)
		}
		if got.Rect != wantRGBA.Rect || !bytes.Equal(got.Pix, wantRGBA.Pix) {
			t.Errorf("the embedded atlas differs from %s", tc.png)
		}
	}
}

// TestReadPixelsRefuses: a damaged pixels file is an error, not a panic.
func TestReadPixelsRefuses(t *testing.T) {
	good := spritesPixels
	for _, tc := range []struct {
		name, want string
		data       []byte
	}{
		{"empty", "not a pixels file", nil},
		{"wrong magic", "not a pixels file", append([]byte("SWPY"), good[4:]...)},
		{"zero width", "out of range", append(append([]byte("SWPX"), 0, 0, 0, 0), good[8:]...)},
		{"huge", "out of range", append(append([]byte("SWPX"), 0, 1, 0, 0, 0, 1, 0, 0), good[12:]...)},
		{"truncated", "pixels:", good[:len(good)/2]},
		{"too many pixels", "more pixels", append(append([]byte("SWPX"), good[4:8]...), append([]byte{good[8], good[9], good[10], good[11] - 1}, good[12:]...)...)},
	} {
		if _, err := decodePixels("x.pix", tc.data); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error with %q", tc.name, err, tc.want)
		}
	}
}

// TestPixelsAreNotCopied: an atlas's pixels are the embedded bytes
// themselves, read in place at start-up.
func TestPixelsAreNotCopied(t *testing.T) {
	img, err := Sprites()
	if err != nil {
		t.Fatal(err)
	}
	if &img.Pix[0] != &spritesPixels[12] || len(img.Pix) != len(spritesPixels)-12 {
		t.Fatal("the sprite atlas's pixels are a copy of the embedded file")
	}
}
