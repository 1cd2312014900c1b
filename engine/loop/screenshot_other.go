//go:build !js

package loop

import (
	"fmt"
	"image"
	"image/png"
	"os"
)

// writePNG saves an image as a PNG file.
func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("loop: screenshot: %w", err)
	}
	err = png.Encode(f, img)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("loop: screenshot %s: %w", path, err)
	}
	return nil
}
