package assets

import (
	"encoding/binary"
	"errors"
	"fmt"
	"image"
)

// The embedded atlases are not PNGs: decoding PNG would link image/png
// into the browser's download. Nor are they compressed: the download is
// gzipped as a whole, which packs raw pixels about as small as a
// compressed file would (`make size`), while inflating one would run,
// and have the browser compile, compress/flate before the first frame
// (wasm compiles each function on its first call). A pixels file is
//
//	"SWPX", width and height as big-endian uint32, then the image's
//	premultiplied RGBA bytes (as ebiten.Image.WritePixels takes them),
//	row by row, 4 × width × height of them.
//
// The generator writes it (internal/art.EncodePixels) beside a PNG of the
// same picture to look at.

// pixelsMagic starts every pixels file.
const pixelsMagic = "SWPX"

// maxPixelsSide bounds each side of a decoded image.
const maxPixelsSide = 4096

// decodePixels decodes a pixels file named name.
func decodePixels(name string, data []byte) (*image.RGBA, error) {
	img, err := readPixels(data)
	if err != nil {
		return nil, fmt.Errorf("assets: decode %s: %w", name, err)
	}
	return img, nil
}

// readPixels returns the image in data, whose pixels are data's own bytes,
// not a copy.
func readPixels(data []byte) (*image.RGBA, error) {
	if len(data) < 12 || string(data[:4]) != pixelsMagic {
		return nil, errors.New("not a pixels file")
	}
	w, h := binary.BigEndian.Uint32(data[4:]), binary.BigEndian.Uint32(data[8:])
	if w == 0 || h == 0 || w > maxPixelsSide || h > maxPixelsSide {
		return nil, fmt.Errorf("size %dx%d out of range", w, h)
	}
	pix, want := data[12:], 4*int(w)*int(h)
	switch {
	case len(pix) < want:
		return nil, fmt.Errorf("pixels: %d bytes of %d", len(pix), want)
	case len(pix) > want:
		return nil, errors.New("more pixels than its size")
	}
	return &image.RGBA{Pix: pix[:want:want], Stride: 4 * int(w), Rect: image.Rect(0, 0, int(w), int(h))}, nil
}
