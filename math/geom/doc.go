// Package geom provides 2D vectors and affine transforms in float32, with
// a batch form that works on structure-of-arrays slices.
//
// [Affine] has the layout and semantics of ebiten.GeoM (engine/sprite's
// tests check the two against each other), so a transform built here can be
// handed to Ebitengine element by element, but it computes in float32 and
// rounds every product to float32 before it is added, so results are the
// same on every platform.
package geom
