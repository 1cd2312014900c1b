// Ebitengine's js/wasm init reads window.matchMedia, so a test binary that
// imports it panics under Node before any test runs; these tests run natively.

//go:build !js

package text

import (
	"image"
	"strconv"
	"testing"

	"swarmfield/assets"
	"swarmfield/engine/perf"
	"swarmfield/engine/sprite"
)

const adv, lh = assets.GlyphAdvance, assets.GlyphHeight

type quad struct {
	x, y, w, h float32
	src        image.Rectangle
}

func quads(b *sprite.Batch) []quad {
	v := b.Vertices()
	var q []quad
	for i := 0; i+3 < len(v); i += 4 {
		q = append(q, quad{
			x: v[i].DstX, y: v[i].DstY, w: v[i+3].DstX - v[i].DstX, h: v[i+3].DstY - v[i].DstY,
			src: image.Rect(int(v[i].SrcX), int(v[i].SrcY), int(v[i+3].SrcX), int(v[i+3].SrcY)),
		})
	}
	return q
}

func glyph(c byte) image.Rectangle { r, _ := assets.Glyph(c); return r }

func TestDrawLayout(t *testing.T) {
	b := sprite.NewBatch(nil)
	Draw(b, "Hi A\nb", 10, 20.4, 2, sprite.White)
	want := []quad{
		{10, 20, 2 * adv, 2 * lh, glyph('H')},
		{10 + 2*adv, 20, 2 * adv, 2 * lh, glyph('i')},
		// The space takes an advance but no quad.
		{10 + 6*adv, 20, 2 * adv, 2 * lh, glyph('A')},
		{10, 20 + 2*lh, 2 * adv, 2 * lh, glyph('b')},
	}
	got := quads(b)
	if len(got) != len(want) {
		t.Fatalf("got %d quads %v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quad %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestDrawNonASCII(t *testing.T) {
	b := sprite.NewBatch(nil)
	Draw(b, "é\x01", 0, 0, 1, sprite.White) // one two-byte rune, one control byte
	got := quads(b)
	if len(got) != 2 || got[0].src != glyph('?') || got[1].src != glyph('?') || got[1].x != adv {
		t.Errorf("got %+v, want two '?' glyphs one advance apart", got)
	}
}

func TestDrawAligned(t *testing.T) {
	for _, tc := range []struct {
		align Align
		x0    float32 // left edge of the 4-glyph line "abcd"
		x1    float32 // left edge of the 1-glyph line "e"
	}{
		{Left, 100, 100},
		{Center, 100 - 2*adv, 100 - adv/2.0 + 0.5}, // 96.5 rounds up to 97
		{Right, 100 - 4*adv, 100 - adv},
	} {
		b := sprite.NewBatch(nil)
		DrawAligned(b, "abcd\ne", 100, 0, 1, tc.align, sprite.White)
		got := quads(b)
		if len(got) != 5 || got[0].x != tc.x0 || got[4].x != tc.x1 {
			t.Errorf("align %d: first line at %v, second at %v; want %v, %v", tc.align, got[0].x, got[4].x, tc.x0, tc.x1)
		}
	}
}

func TestDrawBytesAllocs(t *testing.T) {
	b := sprite.NewBatch(nil)
	buf := make([]byte, 0, 32)
	// Seven digits throughout, so the warm-up frame reaches the batch's
	// steady size; a batch that grows for longer text may allocate.
	score := int64(1_000_000)
	frame := func() {
		score += 7
		buf = strconv.AppendInt(append(buf[:0], "SCORE "...), score, 10)
		DrawBytes(b, buf, 8, 8, 2, sprite.White)
		Draw(b, "PAUSED", 400, 300, 3, sprite.White)
		b.Reset()
	}
	frame()
	n := perf.LeastMallocs(3, func() {
		for range 1000 {
			frame()
		}
	})
	if n != 0 {
		t.Errorf("every window of 1000 frames of text allocated, at least %d times, want 0", n)
	}
}

// TestBatchesShareTheFontImage checks that every text batch draws from the
// one image of the font atlas, uploaded once.
func TestBatchesShareTheFontImage(t *testing.T) {
	a, errA := fontImage()
	b, errB := fontImage()
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if a != b {
		t.Fatal("two text batches would upload the font atlas twice")
	}
}
