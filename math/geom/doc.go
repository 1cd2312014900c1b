// Package geom provides 2D vectors and affine transforms in float32, with
// batch forms that work on structure-of-arrays slices.
//
// [Affine] has the layout and semantics of ebiten.GeoM, so a transform built
// here can be handed to Ebitengine element by element, but it computes in
// float32 and rounds every product to float32 before it is added, so results
// are the same on every platform.
package geom
