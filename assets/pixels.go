package assets

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"io"
)

// The embedded atlases are not PNGs: decoding PNG would link image/png
// into the browser's download, while compress/flate is there already for
// replay codes. A pixels file is
//
//	"SWPX", width and height as big-endian uint32, then the image's
//	premultiplied RGBA bytes (as ebiten.Image.WritePixels takes them),
//	row by row, deflated.
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

func readPixels(data []byte) (*image.RGBA, error) {
	if len(data) < 12 || string(data[:4]) != pixelsMagic {
		return nil, errors.New("not a pixels file")
	}
	w, h := binary.BigEndian.Uint32(data[4:]), binary.BigEndian.Uint32(data[8:])
	if w == 0 || h == 0 || w > maxPixelsSide || h > maxPixelsSide {
		return nil, fmt.Errorf("size %dx%d out of range", w, h)
	}
	img := image.NewRGBA(image.Rect(0, 0, int(w), int(h)))
	r := flate.NewReader(bytes.NewReader(data[12:]))
	if _, err := io.ReadFull(r, img.Pix); err != nil {
		return nil, fmt.Errorf("pixels: %w", err)
	}
	if n, _ := r.Read(make([]byte, 1)); n != 0 {
		return nil, errors.New("more pixels than its size")
	}
	return img, nil
}
