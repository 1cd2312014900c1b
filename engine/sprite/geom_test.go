//go:build !js

package sprite

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/math/geom"
)

// The tests in this file check that a view built with geom.Affine, which
// must not import Ebitengine, means what the same steps mean to
// ebiten.GeoM, so that a caller who knows GeoM builds the view it expects.

// pair is one transform built twice: with geom.Affine and with ebiten.GeoM.
type pair struct {
	m    geom.Affine
	g    ebiten.GeoM
	desc string
}

// randomPair applies between 1 and 6 random translations and scalings to
// the identity.
func randomPair(r *rand.Rand) pair {
	p := pair{m: geom.Identity(), desc: "I"}
	for range 1 + r.IntN(6) {
		if r.IntN(2) == 0 {
			tx, ty := float32(r.Float64()*400-200), float32(r.Float64()*400-200)
			p.m = p.m.Translate(tx, ty)
			p.g.Translate(float64(tx), float64(ty))
			p.desc += ".T"
		} else {
			sx, sy := scaleFactor(r), scaleFactor(r)
			p.m = p.m.Scale(sx, sy)
			p.g.Scale(float64(sx), float64(sy))
			p.desc += ".S"
		}
	}
	return p
}

// scaleFactor returns a factor in ±[0.25, 4].
func scaleFactor(r *rand.Rand) float32 {
	s := float32(0.25 + r.Float64()*3.75)
	if r.IntN(2) == 0 {
		s = -s
	}
	return s
}

// agree reports whether a is within 1e-4 of b, relative to b's magnitude
// when that exceeds 1 (float32 keeps about 7 significant digits).
func agree(a float32, b float64) bool {
	return math.Abs(float64(a)-b) <= 1e-4*math.Max(1, math.Abs(b))
}

func compare(t *testing.T, p pair) {
	t.Helper()
	m, g := p.m, &p.g
	got := [6]float32{m.A, m.B, m.Tx, m.C, m.D, m.Ty}
	want := [6]float64{g.Element(0, 0), g.Element(0, 1), g.Element(0, 2), g.Element(1, 0), g.Element(1, 1), g.Element(1, 2)}
	for i := range got {
		if !agree(got[i], want[i]) {
			t.Fatalf("%s: geom %v, GeoM %v (element %d)", p.desc, got, want, i)
		}
	}
	for _, pt := range [][2]float32{{0, 0}, {1, 0}, {0, 1}, {123.5, -77.25}, {-640, 480}} {
		x, y := m.Apply(pt[0], pt[1])
		gx, gy := g.Apply(float64(pt[0]), float64(pt[1]))
		if !agree(x, gx) || !agree(y, gy) {
			t.Fatalf("%s: Apply%v = (%g, %g), GeoM gives (%g, %g)", p.desc, pt, x, y, gx, gy)
		}
	}
}

func TestAffineMatchesGeoM(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		compare(t, randomPair(r))
	}
	for _, tc := range []struct {
		name string
		m    geom.Affine
		g    func(*ebiten.GeoM)
	}{
		{"Identity", geom.Identity(), func(*ebiten.GeoM) {}},
		{"Translate", geom.Identity().Translate(3, -4), func(g *ebiten.GeoM) { g.Translate(3, -4) }},
		{"Scale", geom.Identity().Scale(2, -0.5), func(g *ebiten.GeoM) { g.Scale(2, -0.5) }},
		{"ScaleThenTranslate", geom.Identity().Scale(2, 3).Translate(10, 0), func(g *ebiten.GeoM) { g.Scale(2, 3); g.Translate(10, 0) }},
		{"TranslateThenScale", geom.Identity().Translate(10, 0).Scale(2, 3), func(g *ebiten.GeoM) { g.Translate(10, 0); g.Scale(2, 3) }},
	} {
		var g ebiten.GeoM
		tc.g(&g)
		compare(t, pair{m: tc.m, g: g, desc: tc.name})
	}
}

// TestViewMatchesGeoM checks that a quad added under a view lands where
// GeoM, built with the same steps, maps the quad added without one.
func TestViewMatchesGeoM(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	plain := NewBatch(nil)
	plain.Add(src, 100, 200, 0.7, 1.5, White)
	for range 200 {
		p := randomPair(r)
		b := NewBatch(nil)
		b.SetView(p.m)
		b.Add(src, 100, 200, 0.7, 1.5, White)
		for i, v := range b.Vertices() {
			w := plain.Vertices()[i]
			gx, gy := p.g.Apply(float64(w.DstX), float64(w.DstY))
			if !agree(v.DstX, gx) || !agree(v.DstY, gy) {
				t.Fatalf("%s: corner %d at (%v, %v), GeoM puts it at (%v, %v)", p.desc, i, v.DstX, v.DstY, gx, gy)
			}
		}
	}
}
