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
	// x is the centre's distance from the field's side, arm the distance
	// from the centre to each button's centre and button the buttons'
	// scale, all set by configure; right puts the d-pad on the right.
	x, arm, button float32
	right          bool

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
		p.held |= p.armAt(x, y)
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

// configure places the d-pad on the left or the right, at size 1 to 3
// (2 is the default size).
func (p *touchPad) configure(right bool, size int) {
	k := 0.75 + 0.25*float32(size-1)
	p.right, p.arm, p.button = right, padArm*k, padButton*k
	p.x = max(padX, p.arm+padButton*22*k)
}

// centre returns the d-pad's centre on the field.
func (p *touchPad) centre() (float32, float32) {
	if p.right {
		return 800 - p.x, padY
	}
	return p.x, padY
}

// armAt returns the bit of the d-pad arm under a touch at x, y in field
// units, or 0.
func (p *touchPad) armAt(x, y float32) uint8 {
	cx, cy := p.centre()
	dx, dy := x-cx, y-cy
	d := float32(math.Hypot(float64(dx), float64(dy)))
	if d < padDeadZone || d > padReach*p.arm/padArm {
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
	cx, cy := p.centre()
	for i, d := range padDirs {
		clr := white.Alpha(padIdleAlpha)
		if p.held&(1<<i) != 0 {
			clr = cyan
		}
		b.Add(padArt[i], cx+d.dx*p.arm, cy+d.dy*p.arm, 0, p.button, clr)
	}
}
