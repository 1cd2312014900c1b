package testkit

import (
	"bytes"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

func TestReseal(t *testing.T) {
	data := []byte("SWFREPLAY some body\x00\x00\x00\x00")
	got := Reseal(data)
	body := data[:len(data)-4]
	if !bytes.Equal(got[:len(body)], body) || crc32.ChecksumIEEE(body) != uint32(got[len(got)-4])|uint32(got[len(got)-3])<<8|uint32(got[len(got)-2])<<16|uint32(got[len(got)-1])<<24 {
		t.Errorf("Reseal(%q) = %q", data, got)
	}
	if data[len(data)-1] != 0 {
		t.Error("Reseal changed its input")
	}
}

func TestPixels(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 4, 3))
	img.Set(0, 0, color.NRGBA{R: 200, G: 40, B: 90, A: 255})  // a hazard
	img.Set(1, 0, color.NRGBA{R: 200, G: 120, B: 90, A: 255}) // too green
	img.Set(3, 2, color.NRGBA{R: 120, G: 10, B: 250, A: 255}) // violet
	path := filepath.Join(t.TempDir(), "x.png")
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	rgba := DecodePNG(t, path)
	if rgba.Bounds() != img.Bounds() {
		t.Fatalf("DecodePNG bounds %v, want %v", rgba.Bounds(), img.Bounds())
	}
	if n := HazardPixels(rgba); n != 2 {
		t.Errorf("HazardPixels = %d, want 2", n)
	}
	if n := CountPixels(rgba, image.Rect(1, 0, 9, 9), func(c color.RGBA) bool { return c.A != 0 }); n != 2 {
		t.Errorf("CountPixels of the right part = %d, want 2", n)
	}
}
