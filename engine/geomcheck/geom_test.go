// Ebitengine's js/wasm init reads window.matchMedia, so a test binary that
// imports it panics under Node before any test runs; these tests run natively.

//go:build !js

// Package geomcheck checks that swarmfield/math/geom, which must not import
// Ebitengine, computes the same transforms as ebiten.GeoM.
package geomcheck

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/math/geom"
)

// pair is one transform built twice: with geom.Affine and with ebiten.GeoM.
type pair struct {
	m    geom.Affine
	g    ebiten.GeoM
	desc string
}

func identity() pair { return pair{m: geom.Identity(), desc: "I"} }

// randomPair applies between 1 and 6 random operations to the identity;
// with depth > 0 some of them are Concat with another random pair.
func randomPair(t *testing.T, r *rand.Rand, depth int) pair {
	t.Helper()
	p := identity()
	for range 1 + r.IntN(6) {
		switch op := r.IntN(5); {
		case op == 0:
			tx, ty := float32(r.Float64()*400-200), float32(r.Float64()*400-200)
			p.m = p.m.Translate(tx, ty)
			p.g.Translate(float64(tx), float64(ty))
			p.desc += ".T"
		case op == 1:
			sx, sy := scaleFactor(r), scaleFactor(r)
			p.m = p.m.Scale(sx, sy)
			p.g.Scale(float64(sx), float64(sy))
			p.desc += ".S"
		case op == 2 || op == 3 && depth == 0:
			theta := r.Float64()*4*math.Pi - 2*math.Pi
			p.m = p.m.Rotate(theta)
			p.g.Rotate(theta)
			p.desc += ".R"
		case op == 3:
			o := randomPair(t, r, depth-1)
			p.m = p.m.Concat(o.m)
			p.g.Concat(o.g)
			p.desc += ".C(" + o.desc + ")"
		default:
			inv, ok := p.m.Invert()
			if ok != p.g.IsInvertible() {
				t.Fatalf("%s: Invert ok=%v, GeoM.IsInvertible=%v", p.desc, ok, p.g.IsInvertible())
			}
			p.m = inv
			p.g.Invert()
			p.desc += ".Inv"
		}
	}
	return p
}

// scaleFactor returns a factor in ±[0.25, 4], away from zero so that
// inverses stay well conditioned.
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
		compare(t, randomPair(t, r, 2))
	}
}

func TestEachOperation(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    geom.Affine
		g    func(*ebiten.GeoM)
	}{
		{"Identity", geom.Identity(), func(*ebiten.GeoM) {}},
		{"Translate", geom.Identity().Translate(3, -4), func(g *ebiten.GeoM) { g.Translate(3, -4) }},
		{"Scale", geom.Identity().Scale(2, -0.5), func(g *ebiten.GeoM) { g.Scale(2, -0.5) }},
		{"Rotate", geom.Identity().Rotate(0.3), func(g *ebiten.GeoM) { g.Rotate(0.3) }},
		{"RotateThenTranslate", geom.Identity().Rotate(math.Pi/2).Translate(10, 0), func(g *ebiten.GeoM) { g.Rotate(math.Pi / 2); g.Translate(10, 0) }},
		{"TranslateThenRotate", geom.Identity().Translate(10, 0).Rotate(math.Pi / 2), func(g *ebiten.GeoM) { g.Translate(10, 0); g.Rotate(math.Pi / 2) }},
		{"Concat", geom.Identity().Scale(2, 3).Concat(geom.Identity().Translate(1, 1).Rotate(1)), func(g *ebiten.GeoM) {
			var o ebiten.GeoM
			o.Translate(1, 1)
			o.Rotate(1)
			g.Scale(2, 3)
			g.Concat(o)
		}},
	} {
		var g ebiten.GeoM
		tc.g(&g)
		compare(t, pair{m: tc.m, g: g, desc: tc.name})
	}
}

func TestInvert(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		p := randomPair(t, r, 1)
		inv, ok := p.m.Invert()
		if !ok || !p.g.IsInvertible() {
			t.Fatalf("%s: Invert ok=%v, GeoM invertible=%v", p.desc, ok, p.g.IsInvertible())
		}
		p.g.Invert()
		compare(t, pair{m: inv, g: p.g, desc: p.desc + ".Inv"})
	}
	singular := geom.Identity().Scale(0, 2)
	var g ebiten.GeoM
	g.Scale(0, 2)
	if _, ok := singular.Invert(); ok || g.IsInvertible() {
		t.Errorf("a zero scale: geom Invert ok=%v, GeoM.IsInvertible=%v; want both false", ok, g.IsInvertible())
	}
}
