package loop

import (
	"errors"
	"image"
)

// writePNG fails in the browser, which has no files to write: the
// screenshot options are the desktop's. Leaving image/png out of the
// browser build keeps it smaller.
func writePNG(path string, img image.Image) error {
	return errors.New("loop: screenshots are written on the desktop only")
}
