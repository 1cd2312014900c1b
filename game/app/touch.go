package app

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/assets"
	"swarmfield/engine/input"
	"swarmfield/engine/loop"
	"swarmfield/engine/sprite"
)

// The touch d-pad sits in the lower left corner of the field. A touch
// within padReach of its centre, outside a small dead zone, holds the
// direction of the arm it is nearest to.
const (
	padX, padY   = 120, 470 // centre, in field units
	padArm       = 66       // centre to each button's centre
	padButton    = 1.4      // button scale over the atlas's 44-pixel art
	padReach     = 130
	padDeadZone  = 14
	maxTouches   = 8
	padIdleAlpha = 0.55
)

// padDirs are the move actions of the d-pad's arms with their offsets.
var padDirs = [4]struct {
	act    input.Action
	dx, dy float32
}{
	{actUp, 0, -1},
	{actDown, 0, 1},
	{actLeft, -1, 0},
	{actRight, 1, 0},
}

// padArt are the arms' sprites, in padDirs order.
var padArt = [4]image.Rectangle{assets.ArrowUp, assets.ArrowDown, assets.ArrowLeft, assets.ArrowRight}

// touchPad turns touches on the on-screen d-pad into move actions.
type touchPad struct {
	seen bool  // a touch has been seen: this is a touch device
	held uint8 // arms held in the latest poll, one bit per padDirs entry
	prev uint8 // arms held in the poll before
	ids  []ebiten.TouchID
}

// poll reads the touches and sets the held arms' actions on m.
// fit converts the touches' screen positions to the field.
func (p *touchPad) poll(m *input.Map, fit loop.Fit) {
	p.ids = ebiten.AppendTouchIDs(p.ids[:0])
	p.prev, p.held = p.held, 0
	for _, id := range p.ids {
		p.seen = true
		tx, ty := ebiten.TouchPosition(id)
		x, y := fit.ToField(float32(tx), float32(ty))
		p.held |= padArmAt(x, y)
	}
	setDirs(m, p.held, p.prev)
}

// setDirs sets on m the move action of every direction held, one bit per
// padDirs entry, as just pressed if it was not held in prev.
func setDirs(m *input.Map, held, prev uint8) {
	for i, d := range padDirs {
		bit := uint8(1) << i
		if held&bit != 0 {
			m.Set(d.act, prev&bit == 0)
		}
	}
}

// padArmAt returns the bit of the d-pad arm under a touch at x, y in field
// units, or 0.
func padArmAt(x, y float32) uint8 {
	dx, dy := x-padX, y-padY
	d := float32(math.Hypot(float64(dx), float64(dy)))
	if d < padDeadZone || d > padReach {
		return 0
	}
	adx := float32(math.Abs(float64(dx)))
	switch {
	case -dy >= adx:
		return 1 << 0
	case dy >= adx:
		return 1 << 1
	case dx < 0:
		return 1 << 2
	default:
		return 1 << 3
	}
}

// draw adds the d-pad's buttons to b, the held ones brighter.
func (p *touchPad) draw(b *sprite.Batch) {
	for i, d := range padDirs {
		clr := white.Alpha(padIdleAlpha)
		if p.held&(1<<i) != 0 {
			clr = cyan
		}
		b.Add(padArt[i], padX+d.dx*padArm, padY+d.dy*padArm, 0, padButton, clr)
	}
}
