//go:build !js

package app

import (
	"math"
	"testing"

	"swarmfield/assets"
	"swarmfield/engine/particles"
	"swarmfield/engine/sprite"
	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/save"
)

// newTestView returns a view without a GPU, as newView sets one up: its
// batches, particles and scratch, an empty high-score table and the
// default keys' hints.
func newTestView() *view {
	v := bareView(2048)
	v.screens.board = &board{scores: save.LoadScores(storage.NewMemory(), nil), highlight: -1}
	set := defaultSettings(false)
	v.hints = makeHints(&set.Bindings)
	return v
}

// bareView returns a view without a GPU holding only its batches, its
// spark and debris systems of n particles each, and its number scratch.
func bareView(n int) *view {
	return &view{
		sprites: sprite.NewBatch(nil),
		glyphs:  sprite.NewBatch(nil),
		sparks:  particles.New(n, 1),
		debris:  particles.New(n, 2),
		num:     make([]byte, 0, 32),
	}
}

// TestHazardQuads checks the quad drawn for every hazard: centred on it,
// rotated by its rotation, as wide as its diameter (scaled like the art,
// whose hazard fills hazardArt of its pixels) and shrunk while it warms up.
func TestHazardQuads(t *testing.T) {
	v := &view{sprites: sprite.NewBatch(nil)}
	r := game.NewRun(game.Options{Seed: 5, StartHazards: 40, Invulnerable: true})
	for range game.WaveTicks + game.WarmupTicks/2 { // a wave halfway through warming up
		r.Step(0)
	}
	s := &r.Hazards
	v.drawHazards(r)
	if v.sprites.Len() != s.Len() {
		t.Fatalf("%d quads for %d hazards", v.sprites.Len(), s.Len())
	}
	warming := 0
	vs := v.sprites.Vertices()
	for i := range s.Len() {
		q := vs[4*i : 4*i+4]
		cx, cy := (q[0].DstX+q[3].DstX)/2, (q[0].DstY+q[3].DstY)/2
		width := math.Hypot(float64(q[1].DstX-q[0].DstX), float64(q[1].DstY-q[0].DstY))
		art := float64(assets.Hazard[s.Variant[i]].Dx())
		want := float64(s.Radius[i]) * 2 / float64(hazardArt) * art
		if w := s.Warmup[i]; w > 0 {
			want *= 1 - float64(w)/game.WarmupTicks
			warming++
		}
		angle := math.Atan2(float64(q[1].DstY-q[0].DstY), float64(q[1].DstX-q[0].DstX))
		turn := math.Remainder(angle-float64(s.Rot[i]), 2*math.Pi)
		if math.Abs(float64(cx-s.X[i])) > 1e-3 || math.Abs(float64(cy-s.Y[i])) > 1e-3 ||
			math.Abs(width-want) > 1e-3 || (want > 1 && math.Abs(turn) > 1e-4) {
			t.Fatalf("hazard %d at (%v, %v) r=%v rot=%v: quad centred at (%v, %v), %v wide at angle %v; want %v wide",
				i, s.X[i], s.Y[i], s.Radius[i], s.Rot[i], cx, cy, width, angle, want)
		}
		if src := assets.Hazard[s.Variant[i]]; q[0].SrcX != float32(src.Min.X) || q[3].SrcY != float32(src.Max.Y) {
			t.Fatalf("hazard %d (variant %d) samples %v,%v-%v,%v", i, s.Variant[i], q[0].SrcX, q[0].SrcY, q[3].SrcX, q[3].SrcY)
		}
	}
	if warming == 0 || warming == s.Len() {
		t.Fatalf("%d of %d hazards warming; the test wants some of each", warming, s.Len())
	}
}

// TestCrowdQuads checks the cheaper hazard sprite of a large swarm: only
// a swarm of crowdHazards or more, which a normal run never grows to, is
// drawn with crowdFrames, each hazard's circle of hazardArt pixels at the
// same place and scale as the full frame draws it, on a quad of 36% fewer
// pixels.
func TestCrowdQuads(t *testing.T) {
	if crowdHazards <= game.MaxGrownHazards {
		t.Fatalf("crowdHazards is %d: a normal run's swarm (up to %d) would be drawn with the cheaper sprite", crowdHazards, game.MaxGrownHazards)
	}
	for _, n := range []int{crowdHazards - 1, crowdHazards} {
		v := &view{sprites: sprite.NewBatch(nil)}
		r := game.NewRun(game.Options{Seed: 5, StartHazards: n, Invulnerable: true})
		for range game.WarmupTicks { // every hazard at full size
			r.Step(0)
		}
		s := &r.Hazards
		v.drawHazards(r)
		vs := v.sprites.Vertices()
		for i := range s.Len() {
			q := vs[4*i : 4*i+4]
			src, full := crowdFrames[s.Variant[i]], assets.Hazard[s.Variant[i]]
			if n < crowdHazards {
				src = full
			}
			if q[0].SrcX != float32(src.Min.X) || q[0].SrcY != float32(src.Min.Y) || q[3].SrcX != float32(src.Max.X) || q[3].SrcY != float32(src.Max.Y) {
				t.Fatalf("%d hazards: hazard %d samples %v,%v-%v,%v, want %v", n, i, q[0].SrcX, q[0].SrcY, q[3].SrcX, q[3].SrcY, src)
			}
			cx, cy := (q[0].DstX+q[3].DstX)/2, (q[0].DstY+q[3].DstY)/2
			width := math.Hypot(float64(q[1].DstX-q[0].DstX), float64(q[1].DstY-q[0].DstY))
			want := float64(s.Radius[i]) * 2 / float64(hazardArt) * float64(src.Dx())
			if math.Abs(float64(cx-s.X[i])) > 1e-3 || math.Abs(float64(cy-s.Y[i])) > 1e-3 || math.Abs(width-want) > 1e-3 {
				t.Fatalf("%d hazards: hazard %d quad centred at (%v, %v), %v wide; want (%v, %v), %v", n, i, cx, cy, width, s.X[i], s.Y[i], want)
			}
		}
	}
	for i, f := range crowdFrames {
		full := assets.Hazard[i]
		if f.Dx() != int(hazardArt) || f.Dy() != int(hazardArt) || f.Min.Sub(full.Min) != full.Max.Sub(f.Max) {
			t.Errorf("crowd frame %d is %v inside %v, want the centred %v×%v", i, f, full, hazardArt, hazardArt)
		}
	}
}
