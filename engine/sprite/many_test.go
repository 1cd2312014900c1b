// Ebitengine's js/wasm init reads window.matchMedia, so a test binary that
// imports it panics under Node before any test runs; these tests run natively.

//go:build !js

package sprite

import (
	"image"
	"testing"
)

// swarm returns n deterministic pseudo-random sprite placements.
func swarm(n int) (x, y, rot, scale []float32) {
	seed := uint32(1)
	rnd := func() float32 { seed = seed*1664525 + 1013904223; return float32(seed>>8) / (1 << 24) }
	for range n {
		x = append(x, rnd()*800)
		y = append(y, rnd()*600)
		rot = append(rot, (rnd()-0.5)*20)
		scale = append(scale, 0.5+rnd()*2)
	}
	return x, y, rot, scale
}

func TestAddManyMatchesAdd(t *testing.T) {
	x, y, rot, scale := swarm(257)
	clr := Color{0.2, 0.4, 0.6, 0.8}
	one, many := NewBatch(nil), NewBatch(nil)
	one.AddRect(src, 0, 0, 1, 1, White) // AddMany must append after existing quads
	many.AddRect(src, 0, 0, 1, 1, White)
	for i := range x {
		one.Add(src, x[i], y[i], rot[i], scale[i], clr)
	}
	if err := many.AddMany(src, x, y, rot, scale, clr); err != nil {
		t.Fatal(err)
	}
	a, b := one.Vertices(), many.Vertices()
	if len(a) != len(b) || many.Len() != len(x)+1 {
		t.Fatalf("AddMany gave %d vertices, Add %d", len(b), len(a))
	}
	for i := range a {
		p, q := a[i], b[i]
		if !near(p.DstX, q.DstX) || !near(p.DstY, q.DstY) || p.SrcX != q.SrcX || p.SrcY != q.SrcY ||
			p.ColorR != q.ColorR || p.ColorG != q.ColorG || p.ColorB != q.ColorB || p.ColorA != q.ColorA {
			t.Fatalf("vertex %d: Add %+v, AddMany %+v", i, p, q)
		}
	}
}

func TestAddManyLengthMismatch(t *testing.T) {
	b := NewBatch(nil)
	x, y, rot, scale := swarm(3)
	if err := b.AddMany(src, x, y[:2], rot, scale, White); err == nil {
		t.Fatal("AddMany accepted slices of different lengths")
	}
	if b.Len() != 0 {
		t.Errorf("a failed AddMany added %d quads", b.Len())
	}
}

func TestAddManyFramesMatchesAdd(t *testing.T) {
	x, y, rot, scale := swarm(131)
	frames := []image.Rectangle{image.Rect(0, 0, 16, 12), image.Rect(16, 0, 32, 12), image.Rect(0, 12, 16, 24)}
	frame := make([]uint8, len(x))
	for i := range frame {
		frame[i] = uint8(i * 7 % len(frames))
	}
	clr := Color{0.1, 0.2, 0.3, 0.4}
	one, many := NewBatch(nil), NewBatch(nil)
	for i := range x {
		one.Add(frames[frame[i]], x[i], y[i], rot[i], scale[i], clr)
	}
	if err := many.AddManyFrames(frames, frame, x, y, rot, scale, clr); err != nil {
		t.Fatal(err)
	}
	a, b := one.Vertices(), many.Vertices()
	if len(a) != len(b) {
		t.Fatalf("AddManyFrames gave %d vertices, Add %d", len(b), len(a))
	}
	for i := range a {
		p, q := a[i], b[i]
		if !near(p.DstX, q.DstX) || !near(p.DstY, q.DstY) || p.SrcX != q.SrcX || p.SrcY != q.SrcY || p.ColorA != q.ColorA {
			t.Fatalf("vertex %d: Add %+v, AddManyFrames %+v", i, p, q)
		}
	}
}

func TestAddManyFramesErrors(t *testing.T) {
	x, y, rot, scale := swarm(4)
	ok := []image.Rectangle{image.Rect(0, 0, 8, 8), image.Rect(8, 0, 16, 8)}
	tests := []struct {
		name   string
		frames []image.Rectangle
		frame  []uint8
		want   string
	}{
		{"short frame slice", ok, []uint8{0, 1, 0}, "sprite: AddManyFrames: 3 frame indexes for 4 quads"},
		{"index out of range", ok, []uint8{0, 1, 2, 0}, "sprite: AddManyFrames: frame index 2, but only 2 frames"},
		{"no frames", nil, []uint8{0, 0, 0, 0}, "sprite: AddManyFrames: no frames"},
		{"sizes differ", []image.Rectangle{image.Rect(0, 0, 8, 8), image.Rect(8, 0, 17, 8)}, []uint8{0, 0, 0, 0},
			"sprite: AddManyFrames: frame 1 is (9,8), frame 0 is (8,8)"},
	}
	for _, tt := range tests {
		b := NewBatch(nil)
		err := b.AddManyFrames(tt.frames, tt.frame, x, y, rot, scale, White)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
		if b.Len() != 0 {
			t.Errorf("%s: a failed AddManyFrames added %d quads", tt.name, b.Len())
		}
	}
	if err := NewBatch(nil).AddManyFrames(ok, []uint8{0}, x, y[:1], rot, scale, White); err == nil {
		t.Error("AddManyFrames accepted slices of different lengths")
	}
}

func TestAddManyAllocs(t *testing.T) {
	b := NewBatch(nil)
	x, y, rot, scale := swarm(1000)
	frames := []image.Rectangle{src, src.Add(image.Pt(20, 0))}
	which := make([]uint8, len(x))
	for i := range which {
		which[i] = uint8(i % 2)
	}
	frame := func() {
		if err := b.AddMany(src, x, y, rot, scale, White); err != nil {
			t.Fatal(err)
		}
		if err := b.AddManyFrames(frames, which, x, y, rot, scale, White); err != nil {
			t.Fatal(err)
		}
		drawAndReset(b)
	}
	if n := warmFrameMallocs(frame); n != 0 {
		t.Errorf("every window of 200 warm frames allocated, at least %d times, want 0", n)
	}
}

const benchSprites = 20000

func reportPerSprite(b *testing.B) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchSprites, "ns/sprite")
}

// BenchmarkAdd builds the vertices of 20k rotated sprites one Add at a time.
func BenchmarkAdd(b *testing.B) {
	batch := NewBatch(nil)
	x, y, rot, scale := swarm(benchSprites)
	for i := range x { // warm the buffers up
		batch.Add(src, x[i], y[i], rot[i], scale[i], White)
	}
	b.ReportAllocs()
	for b.Loop() {
		batch.Reset()
		for i := range x {
			batch.Add(src, x[i], y[i], rot[i], scale[i], White)
		}
	}
	reportPerSprite(b)
}

// BenchmarkAddMany builds the vertices of 20k rotated sprites with AddMany.
func BenchmarkAddMany(b *testing.B) {
	batch := NewBatch(nil)
	x, y, rot, scale := swarm(benchSprites)
	if err := batch.AddMany(src, x, y, rot, scale, White); err != nil { // warm the buffers up
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		batch.Reset()
		if err := batch.AddMany(src, x, y, rot, scale, White); err != nil {
			b.Fatal(err)
		}
	}
	reportPerSprite(b)
}

// BenchmarkAddRect builds the vertices of 20k axis-aligned quads (glyphs, fills).
func BenchmarkAddRect(b *testing.B) {
	batch := NewBatch(nil)
	x, y, _, _ := swarm(benchSprites)
	for i := range x { // warm the buffers up
		batch.AddRect(src, x[i], y[i], 8, 13, White)
	}
	b.ReportAllocs()
	for b.Loop() {
		batch.Reset()
		for i := range x {
			batch.AddRect(src, x[i], y[i], 8, 13, White)
		}
	}
	reportPerSprite(b)
}
