// Command minimal is the smallest Ebitengine game that also uses resolv:
// `make size` builds it with the same toolchain and flags as Swarmfield,
// as the baseline of the download-size budget.
package main

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/solarlune/resolv"
)

// game moves one circle through a resolv space and fills the screen with
// a colour that shows whether it touches a wall.
type game struct {
	space  *resolv.Space
	player *resolv.Circle
	wall   *resolv.ConvexPolygon
	hit    bool
}

func (g *game) Update() error {
	g.player.Move(1, 0)
	if g.player.Position().X > 320 {
		g.player.SetPosition(0, 120)
	}
	g.hit = g.player.IsIntersecting(g.wall)
	return nil
}

func (g *game) Draw(screen *ebiten.Image) {
	if g.hit {
		screen.Fill(color.RGBA{R: 0xff, A: 0xff})
	} else {
		screen.Fill(color.RGBA{B: 0xff, A: 0xff})
	}
}

func (g *game) Layout(int, int) (int, int) { return 320, 240 }

func main() {
	g := &game{space: resolv.NewSpace(320, 240, 16, 16)}
	g.player = resolv.NewCircle(0, 120, 8)
	g.wall = resolv.NewRectangle(200, 120, 16, 240)
	g.space.Add(g.player, g.wall)
	if err := ebiten.RunGame(g); err != nil {
		panic(err)
	}
}
