//go:build !js

package sprite

import (
	"image"
	"testing"

	"swarmfield/engine/perf"
)

// TestRestorerAllocatesNothing checks that keeping and restoring a
// frame's quads allocates nothing once the buffers have grown.
func TestRestorerAllocatesNothing(t *testing.T) {
	b := NewBatch(nil)
	r := NewRestorer()
	frame := func() {
		for i := range 500 {
			b.Add(image.Rect(0, 0, 40, 40), float32(i), 100, float32(i)*0.1, 1, Color{A: 1})
		}
		r.Restore(nil, nil, 0, 0, Color{R: 1, G: 1, B: 1, A: 1})
		r.Keep(b)
		b.Reset()
	}
	frame()
	frame()
	if n := perf.LeastMallocs(3, func() {
		for range 100 {
			frame()
		}
	}); n != 0 {
		t.Errorf("100 frames allocated %d times, want 0", n)
	}
}
