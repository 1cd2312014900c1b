//go:build !js

package sprite

import (
	"image"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/perf"
)

// TestGrowQuad checks that a restored quad covers the quad it restores
// with restoreGrow pixels to spare on every side, for rotated squares,
// thin rectangles and mirrored quads.
func TestGrowQuad(t *testing.T) {
	b := NewBatch(nil)
	b.Add(image.Rect(0, 0, 40, 40), 100, 100, 0.7, 0.9, Color{A: 1})
	b.Add(image.Rect(0, 0, 8, 8), 50, 60, -2.1, 1, Color{A: 1})
	b.AddRect(image.Rect(0, 0, 1, 1), 10, 20, 300, 1, Color{A: 1})
	b.Add(image.Rect(0, 0, 30, 2), 200, 100, 0.3, 1, Color{A: 1})
	b.Add(image.Rect(0, 0, 16, 16), 80, 80, 0, -1, Color{A: 1}) // mirrored
	for q := 0; q < b.Len(); q++ {
		orig := b.Vertices()[4*q : 4*q+4]
		grown := make([]ebiten.Vertex, 4)
		copy(grown, orig)
		growQuad(grown)
		// The quad's edges, as corner pairs, in order around it.
		edges := [4][2]int{{0, 1}, {1, 3}, {3, 2}, {2, 0}}
		for _, e := range edges {
			ax, ay := float64(grown[e[0]].DstX), float64(grown[e[0]].DstY)
			bx, by := float64(grown[e[1]].DstX), float64(grown[e[1]].DstY)
			l := math.Hypot(bx-ax, by-ay)
			// Every original corner lies on the same side of the grown
			// edge, at least restoreGrow from it.
			var sides []float64
			for _, c := range orig {
				d := ((bx-ax)*(float64(c.DstY)-ay) - (by-ay)*(float64(c.DstX)-ax)) / l
				sides = append(sides, d)
			}
			for _, d := range sides {
				if math.Abs(d) < restoreGrow-1e-3 || math.Signbit(d) != math.Signbit(sides[0]) {
					t.Errorf("quad %d: a corner is %.3f px from a grown edge (all: %v), want ≥ %v on its inner side", q, d, sides, restoreGrow)
				}
			}
		}
	}
}

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
