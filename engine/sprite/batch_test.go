// Ebitengine's js/wasm init reads window.matchMedia, so a test binary that
// imports it panics under Node before any test runs; these tests run natively.

//go:build !js

package sprite

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/perf"
)

var src = image.Rect(10, 20, 30, 60) // 20×40

func near(a, b float32) bool { return math.Abs(float64(a-b)) < 1e-4 }

func checkCorner(t *testing.T, v ebiten.Vertex, x, y, u, w float32) {
	t.Helper()
	if !near(v.DstX, x) || !near(v.DstY, y) || v.SrcX != u || v.SrcY != w {
		t.Errorf("vertex dst (%g,%g) src (%g,%g), want dst (%g,%g) src (%g,%g)",
			v.DstX, v.DstY, v.SrcX, v.SrcY, x, y, u, w)
	}
}

func TestAddUnrotated(t *testing.T) {
	b := NewBatch(nil)
	b.Add(src, 100, 200, 0, 2, White)
	v := b.Vertices()
	if len(v) != 4 || b.Len() != 1 {
		t.Fatalf("got %d vertices, %d quads; want 4, 1", len(v), b.Len())
	}
	checkCorner(t, v[0], 80, 160, 10, 20)
	checkCorner(t, v[1], 120, 160, 30, 20)
	checkCorner(t, v[2], 80, 240, 10, 60)
	checkCorner(t, v[3], 120, 240, 30, 60)
}

func TestAddRotated(t *testing.T) {
	b := NewBatch(nil)
	// A quarter turn clockwise on screen (y down): the top-left corner
	// offset (-10, -20) goes to (20, -10).
	b.Add(src, 100, 200, math.Pi/2, 1, White)
	v := b.Vertices()
	checkCorner(t, v[0], 120, 190, 10, 20)
	checkCorner(t, v[1], 120, 210, 30, 20)
	checkCorner(t, v[2], 80, 190, 10, 60)
	checkCorner(t, v[3], 80, 210, 30, 60)
	// Any rotation keeps the centre and the corner distances.
	b.Reset()
	b.Add(src, 5, 7, 0.7, 1.5, White)
	v = b.Vertices()
	want := float32(math.Hypot(15, 30))
	var sx, sy float32
	for _, c := range v {
		sx += c.DstX / 4
		sy += c.DstY / 4
		if d := float32(math.Hypot(float64(c.DstX-5), float64(c.DstY-7))); !near(d, want) {
			t.Errorf("corner (%g,%g) is %g from the centre, want %g", c.DstX, c.DstY, d, want)
		}
	}
	if !near(sx, 5) || !near(sy, 7) {
		t.Errorf("centroid (%g,%g), want (5,7)", sx, sy)
	}
}

func TestAddRectAndColours(t *testing.T) {
	b := NewBatch(nil)
	clr := Color{0.5, 0.25, 0, 0.5}
	b.AddRect(src, 1, 2, 3, 4, clr)
	b.AddGradientRect(src, 0, 0, 8, 6, White, clr)
	v := b.Vertices()
	checkCorner(t, v[0], 1, 2, 10, 20)
	checkCorner(t, v[1], 4, 2, 30, 20)
	checkCorner(t, v[2], 1, 6, 10, 60)
	checkCorner(t, v[3], 4, 6, 30, 60)
	for i, want := range []Color{clr, clr, clr, clr, White, White, clr, clr} {
		got := Color{v[i].ColorR, v[i].ColorG, v[i].ColorB, v[i].ColorA}
		if got != want {
			t.Errorf("vertex %d colour %v, want %v", i, got, want)
		}
	}
}

func TestColor(t *testing.T) {
	if got := RGBA(colorRGBA(255, 128, 0, 255)); got.R != 1 || !near(got.G, 128.0/255) || got.B != 0 || got.A != 1 {
		t.Errorf("RGBA = %v", got)
	}
	if got := Opaque(1, 0.5, 0).Alpha(0.5); got != (Color{0.5, 0.25, 0, 0.5}) {
		t.Errorf("Alpha = %v", got)
	}
	if got := White.Additive(); got != (Color{1, 1, 1, 0}) {
		t.Errorf("Additive = %v", got)
	}
}

// TestDrawChunks checks the index pattern and how a flush is split into
// draw calls that each address their own vertices from 0.
func TestDrawChunks(t *testing.T) {
	b := NewBatch(nil)
	for i := range 7 {
		b.AddRect(src, float32(i), 0, 1, 1, White)
	}
	var calls [][2]int
	b.draw(3, func(v []ebiten.Vertex, idx []uint32) {
		calls = append(calls, [2]int{len(v), len(idx)})
		if len(idx)%3 != 0 {
			t.Fatalf("%d indices is not whole triangles", len(idx))
		}
		for q := 0; q < len(idx)/6; q++ {
			base := uint32(4 * q)
			want := []uint32{base, base + 1, base + 2, base + 1, base + 3, base + 2}
			for k, w := range want {
				if idx[6*q+k] != w {
					t.Fatalf("quad %d index %d = %d, want %d", q, k, idx[6*q+k], w)
				}
			}
		}
		for _, i := range idx {
			if int(i) >= len(v) {
				t.Fatalf("index %d out of %d vertices", i, len(v))
			}
		}
	})
	want := [][2]int{{12, 18}, {12, 18}, {4, 6}}
	if len(calls) != len(want) {
		t.Fatalf("calls %v, want %v", calls, want)
	}
	for i := range want {
		if calls[i] != want[i] {
			t.Fatalf("calls %v, want %v", calls, want)
		}
	}
	b.Flush(nil)
	if b.Len() != 0 {
		t.Errorf("Len after Flush = %d", b.Len())
	}
}

func TestSteadyStateAllocs(t *testing.T) {
	b := NewBatch(nil)
	frame := func() {
		for i := range 500 {
			b.Add(src, float32(i), 1, float32(i)*0.01, 1, White)
			b.AddRect(src, float32(i), 2, 3, 4, White)
		}
		drawAndReset(b)
	}
	if n := warmFrameMallocs(frame); n != 0 {
		t.Errorf("every window of 200 warm frames allocated, at least %d times, want 0", n)
	}
}

// repeat calls f n times.
// drawAndReset ends a frame of b: it makes b's draw calls, to nowhere,
// and resets b for the next frame.
func drawAndReset(b *Batch) {
	b.draw(maxQuadsPerDraw, func([]ebiten.Vertex, []uint32) {})
	b.Reset()
}

// warmFrameMallocs runs frame once to warm it up, then returns the least
// count of allocations among three windows of 200 frames.
func warmFrameMallocs(frame func()) uint64 {
	frame()
	return perf.LeastMallocs(3, func() {
		for range 200 {
			frame()
		}
	})
}

func colorRGBA(r, g, b, a uint8) color.RGBA { return color.RGBA{r, g, b, a} }

func TestDarkenKeepsAlpha(t *testing.T) {
	b := NewBatch(nil)
	b.AddRect(image.Rect(0, 0, 1, 1), 0, 0, 1, 1, Color{R: 0.5, G: 0.25, B: 1, A: 0.5})
	b.Darken(0.4)
	b.AddRect(image.Rect(0, 0, 1, 1), 0, 0, 1, 1, Color{R: 1, G: 1, B: 1, A: 1})
	v := b.Vertices()
	for _, x := range v[:4] {
		if x.ColorR != 0.2 || x.ColorG != 0.1 || x.ColorB != 0.4 || x.ColorA != 0.5 {
			t.Fatalf("a darkened vertex has colour %v %v %v %v, want 0.2 0.1 0.4 0.5", x.ColorR, x.ColorG, x.ColorB, x.ColorA)
		}
	}
	for _, x := range v[4:] {
		if x.ColorR != 1 || x.ColorA != 1 {
			t.Fatalf("a quad added after Darken changed: %v", x)
		}
	}
}
