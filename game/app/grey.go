package app

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"
)

// greyShader mixes each pixel towards its luminance by Grey, 0 to 1.
const greyShader = `//kage:unit pixels

package main

var Grey float

func Fragment(dst vec4, src vec2, color vec4) vec4 {
	c := imageSrc0At(src)
	l := dot(c.rgb, vec3(0.299, 0.587, 0.114))
	return vec4(mix(c.rgb, vec3(l), Grey), c.a)
}
`

// grey turns the field grey behind the game-over panel: at game over, and
// only then, the sprites are drawn to an offscreen image that a shader
// draws onto the screen in grey, as far as the fade has come.
type grey struct {
	shader *ebiten.Shader
	off    *ebiten.Image
	op     ebiten.DrawRectShaderOptions
	// amount is the uniform Grey, one float32 held in op's uniforms as
	// a slice, so that a new amount is written in place: storing a
	// float32 in the map would box it, an allocation on every tick of
	// the fade.
	amount []float32
}

// flushField draws the frame's quads onto dst, the field's part of the
// screen.
func (a *App) flushField(dst *ebiten.Image) {
	g, amount := &a.grey, a.view.feel.grey
	if amount == 0 {
		a.view.flush(dst)
		return
	}
	g.prepare(dst)
	a.view.drawBackdrop(g.off) // covers all of it: no need to clear it
	a.view.flushKept(a.view.sprites, g.off)
	g.amount[0] = amount
	b := dst.Bounds()
	g.op.GeoM.Reset()
	g.op.GeoM.Translate(float64(b.Min.X), float64(b.Min.Y))
	dst.DrawRectShader(b.Dx(), b.Dy(), g.shader, &g.op)
	a.view.flushKept(a.view.glyphs, dst)
}

// prepare compiles the shader on first use and keeps an offscreen image
// with dst's bounds. The shader is constant: an error compiling it is a
// bug, for the loop's crash report.
func (g *grey) prepare(dst *ebiten.Image) {
	if g.shader == nil {
		s, err := ebiten.NewShader([]byte(greyShader))
		if err != nil {
			panic(fmt.Sprintf("app: the grey shader: %v", err))
		}
		g.shader = s
		g.amount = []float32{0}
		g.op.Uniforms = map[string]any{"Grey": g.amount}
	}
	b := dst.Bounds()
	if g.off == nil || g.off.Bounds() != b {
		if g.off != nil {
			g.off.Deallocate()
		}
		g.off = ebiten.NewImageWithOptions(b, nil)
		g.op.Images[0] = g.off
	}
}
