//go:build !js

package sprite

import (
	"image"
	"math"
	"runtime"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/math/geom"
)

// addAll adds one quad of each kind: Add, AddRect, AddGradientRect,
// AddMany and AddManyFrames.
func addAll(t *testing.T, b *Batch) {
	t.Helper()
	x, y, rot, scale := swarm(9)
	b.Add(src, 100, 200, 0.7, 1.5, White)
	b.AddRect(src, -3, 4.25, 17, 9, White)
	b.AddGradientRect(src, 0, 0, 800, 600, White, Color{A: 1})
	if err := b.AddMany(src, x, y, rot, scale, White); err != nil {
		t.Fatal(err)
	}
	frames := []image.Rectangle{src, src.Add(image.Pt(20, 0))}
	if err := b.AddManyFrames(frames, []uint8{0, 1, 1, 0, 1, 0, 0, 1, 1}, x, y, rot, scale, White); err != nil {
		t.Fatal(err)
	}
}

// TestSetView checks that every way of adding quads maps each corner
// through the view, bit for bit as Affine.Apply does, and that quads added
// before SetView keep their positions.
func TestSetView(t *testing.T) {
	plain := NewBatch(nil)
	addAll(t, plain)
	want := plain.Vertices()
	for _, m := range []geom.Affine{
		geom.Identity().Scale(2.5, 2.5).Translate(100, 0.5),
		geom.Identity().Scale(1.2666667, 1.2666667).Translate(0, 3.5),
		{A: 0.8, B: -0.6, C: 0.6, D: 0.8, Tx: 7, Ty: -9},
	} {
		b := NewBatch(nil)
		b.AddRect(src, 1, 2, 3, 4, White)
		b.SetView(m)
		addAll(t, b)
		got := b.Vertices()
		if len(got) != 4+len(want) {
			t.Fatalf("view %v: %d vertices, want %d", m, len(got), 4+len(want))
		}
		if got[0].DstX != 1 || got[0].DstY != 2 {
			t.Errorf("view %v: a quad added before SetView moved to (%v, %v)", m, got[0].DstX, got[0].DstY)
		}
		for i, w := range want {
			g := got[4+i]
			wx, wy := m.Apply(w.DstX, w.DstY)
			if math.Float32bits(g.DstX) != math.Float32bits(wx) || math.Float32bits(g.DstY) != math.Float32bits(wy) {
				t.Fatalf("view %v: vertex %d at (%v, %v), want (%v, %v)", m, i, g.DstX, g.DstY, wx, wy)
			}
			g.DstX, g.DstY = w.DstX, w.DstY
			if g != w {
				t.Fatalf("view %v: vertex %d is %+v, want %+v apart from its position", m, i, g, w)
			}
		}
	}
}

// TestViewAllocs checks that a frame drawn under a view allocates nothing,
// counting every allocation (testing.AllocsPerRun would round 0.98 down).
func TestViewAllocs(t *testing.T) {
	b := NewBatch(nil)
	b.SetView(geom.Identity().Scale(2, 2).Translate(0, 100))
	x, y, rot, scale := swarm(1000)
	frame := func() {
		for i := range 200 {
			b.Add(src, x[i], y[i], rot[i], scale[i], White)
			b.AddRect(src, x[i], y[i], 8, 13, White)
		}
		if err := b.AddMany(src, x, y, rot, scale, White); err != nil {
			t.Fatal(err)
		}
		b.draw(maxQuadsPerDraw, func([]ebiten.Vertex, []uint32) {})
		b.Reset()
	}
	frame()
	const frames = 200
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range frames {
		frame()
	}
	runtime.ReadMemStats(&after)
	if n := after.Mallocs - before.Mallocs; n != 0 {
		t.Errorf("%d frames under a view allocated %d times, want 0", frames, n)
	}
}
