// Package testkit holds what Swarmfield's tests share: reading files,
// editing replay files and measuring screenshots. Only tests import it.
package testkit

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"testing"
)

// ReadFile reads a file, failing t if it cannot.
func ReadFile(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Reseal returns a copy of a replay file whose last four bytes, its
// CRC-32 trailer, are recomputed from the bytes before them: the file
// after an edit, with a valid checksum.
func Reseal(data []byte) []byte {
	body := data[:len(data)-4]
	out := append([]byte(nil), body...)
	return binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(body))
}

// DecodePNG reads a PNG file as premultiplied RGBA, failing t if it
// cannot.
func DecodePNG(t testing.TB, path string) *image.RGBA {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(ReadFile(t, path)))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if rgba, ok := img.(*image.RGBA); ok {
		return rgba
	}
	rgba := image.NewRGBA(img.Bounds())
	draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
	return rgba
}

// CountPixels counts the pixels of img inside r whose colour keep accepts.
func CountPixels(img *image.RGBA, r image.Rectangle, keep func(color.RGBA) bool) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := img.Pix[img.PixOffset(r.Min.X, y) : img.PixOffset(r.Max.X-1, y)+4]
		for i := 0; i < len(row); i += 4 {
			if keep(color.RGBA{row[i], row[i+1], row[i+2], row[i+3]}) {
				n++
			}
		}
	}
	return n
}

// HazardPixels counts the pixels in the hazards' colours, red to magenta
// and violet, dimmed or not, which nothing else on the field has.
func HazardPixels(img *image.RGBA) int {
	return CountPixels(img, img.Bounds(), func(c color.RGBA) bool { return c.R > 80 && uint(c.R) > 2*uint(c.G) })
}
