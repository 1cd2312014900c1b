//go:build !js

package sprite

import (
	"image"
	"math"
	"testing"

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

// TestViewAllocs checks that a frame drawn under a view allocates nothing.
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
		drawAndReset(b)
	}
	if n := warmFrameMallocs(frame); n != 0 {
		t.Errorf("200 frames under a view allocated %d times, want 0", n)
	}
}

// BenchmarkView builds 20k rotated sprites fitted into a window 2.5 times
// the field's size: with the fit as the batch's view (/view), against the
// same quads built in field units and then moved by a second pass over
// every vertex (/second-pass), as the game did before.
func BenchmarkView(b *testing.B) {
	x, y, rot, scale := swarm(benchSprites)
	const s, ox, oy = 2.5, 100, 0
	b.Run("view", func(b *testing.B) {
		batch := NewBatch(nil)
		batch.SetView(geom.Identity().Scale(s, s).Translate(ox, oy))
		for b.Loop() {
			batch.Reset()
			if err := batch.AddMany(src, x, y, rot, scale, White); err != nil {
				b.Fatal(err)
			}
		}
		reportPerSprite(b)
	})
	b.Run("second-pass", func(b *testing.B) {
		batch := NewBatch(nil)
		for b.Loop() {
			batch.Reset()
			if err := batch.AddMany(src, x, y, rot, scale, White); err != nil {
				b.Fatal(err)
			}
			vs := batch.Vertices()
			for i := range vs {
				vs[i].DstX = float32(vs[i].DstX*s) + ox
				vs[i].DstY = float32(vs[i].DstY*s) + oy
			}
		}
		reportPerSprite(b)
	})
}
