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

// TestRestorerPicksFewerPixels checks that the Restorer copies the
// background back under the kept quads while they cover fewer pixels than
// the background, and copies all of it, with one quad, once they cover as
// many or more.
func TestRestorerPicksFewerPixels(t *testing.T) {
	const w, h = 200, 100 // 20,000 pixels
	white := Color{R: 1, G: 1, B: 1, A: 1}
	for _, c := range []struct {
		quads     int // 20×20 quads, 400 pixels each, overlapping
		wantQuads int
	}{{1, 1}, {49, 49}, {50, 1}, {500, 1}} {
		b := NewBatch(nil)
		r := NewRestorer()
		for i := range c.quads {
			b.AddRect(image.Rect(0, 0, 1, 1), 10+float32(i%7), 20, 20, 20, white)
		}
		r.Keep(b)
		if got, want := r.Area(), float32(400*c.quads); got != want {
			t.Errorf("%d quads of 20×20: Area = %v, want %v", c.quads, got, want)
		}
		r.plan(5, 7, w, h, white)
		v := r.cover.Vertices()
		if got := len(v) / 4; got != c.wantQuads {
			t.Errorf("%d kept quads over a %d×%d background: %d restoring quads, want %d", c.quads, w, h, got, c.wantQuads)
			continue
		}
		if c.wantQuads == 1 && c.quads > 1 {
			if v[0].DstX != 5 || v[0].DstY != 7 || v[3].DstX != 5+w || v[3].DstY != 7+h || v[3].SrcX != w || v[3].SrcY != h {
				t.Errorf("%d kept quads: the whole background's quad is %+v to %+v", c.quads, v[0], v[3])
			}
		}
	}
}
