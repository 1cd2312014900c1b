// Command minimal is the smallest Ebitengine game that also uses resolv.
// It is the baseline of two budgets: `make size` builds it with the same
// toolchain and flags as Swarmfield for the download size, and the browser
// frame-cost benchmark (BenchmarkBrowserFrameCost) runs it as the frame
// rate that Swarmfield's frame is measured against: each frame it fills
// its 800×600 screen and draws 12 small images.
package main

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/solarlune/resolv"
)

// game moves one circle through a resolv space, fills the screen with a
// colour that shows whether it touches a wall and draws a row of squares.
type game struct {
	space  *resolv.Space
	player *resolv.Circle
	wall   *resolv.ConvexPolygon
	hit    bool
	square *ebiten.Image
	op     ebiten.DrawImageOptions
	ticks  int
}

func (g *game) Update() error {
	g.player.Move(1, 0)
	if g.player.Position().X > 800 {
		g.player.SetPosition(0, 300)
	}
	g.hit = g.player.IsIntersecting(g.wall)
	if g.ticks++; g.ticks%60 == 0 {
		reportRates(ebiten.ActualFPS(), ebiten.ActualTPS())
	}
	return nil
}

func (g *game) Draw(screen *ebiten.Image) {
	if g.hit {
		screen.Fill(color.RGBA{R: 0xff, A: 0xff})
	} else {
		screen.Fill(color.RGBA{B: 0xff, A: 0xff})
	}
	x := g.player.Position().X
	for i := range 12 {
		g.op.GeoM.Reset()
		g.op.GeoM.Translate(x+float64(i)*40, 100+float64(i)*30)
		screen.DrawImage(g.square, &g.op)
	}
}

func (g *game) Layout(int, int) (int, int) { return 800, 600 }

func main() {
	g := &game{space: resolv.NewSpace(800, 600, 16, 16)}
	g.player = resolv.NewCircle(0, 300, 8)
	g.wall = resolv.NewRectangle(600, 300, 16, 600)
	g.space.Add(g.player, g.wall)
	g.square = ebiten.NewImage(32, 32)
	g.square.Fill(color.White)
	if err := ebiten.RunGame(g); err != nil {
		panic(err)
	}
}
