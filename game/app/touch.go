package app

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/assets"
	"swarmfield/engine/input"
	"swarmfield/engine/sprite"
)

// The touch d-pad sits in a letterbox bar where there is room, and
// otherwise in the lower left corner of the field (layout.go). Its sizes
// are in pad units, which are field units when it sits on the field. A
// touch within padReach of its centre, outside a small dead zone, holds
// the direction of the arm it is nearest to.
const (
	padX, padY   = 120, 470 // centre on the field, in field units
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
	// side is where the layout puts the d-pad (configure).
	side padSide

	seen bool  // a touch has been seen: this is a touch device
	held uint8 // arms held in the latest poll, one bit per padDirs entry
	prev uint8 // arms held in the poll before
	ids  []ebiten.TouchID
}

// padSide is the player's choice of where the d-pad goes and how big it
// is: on the left or the right, at size 1 to save.MaxDpadSize.
type padSide struct {
	right bool
	size  int
}

// scale is the size setting as a factor over the default size, 2.
func (s padSide) scale() float32 { return 0.75 + 0.25*float32(s.size-1) }

// configure puts the d-pad on the left or the right, at size 1 to
// save.MaxDpadSize; the layout places it there (layout.go).
func (p *touchPad) configure(right bool, size int) {
	p.side = padSide{right: right, size: size}
}

// poll reads the touches and sets the held arms' actions on m, with the
// d-pad placed at pl, in screen pixels.
func (p *touchPad) poll(m *input.Map, pl padPlace) {
	p.ids = ebiten.AppendTouchIDs(p.ids[:0])
	p.prev, p.held = p.held, 0
	for _, id := range p.ids {
		p.seen = true
		tx, ty := ebiten.TouchPosition(id)
		p.held |= padArmAt((float32(tx)-pl.X)/pl.Scale, (float32(ty)-pl.Y)/pl.Scale)
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

// padArmAt returns the bit of the d-pad arm under a touch at dx, dy from
// its centre, in pad units, or 0.
func padArmAt(dx, dy float32) uint8 {
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

// draw adds the d-pad's buttons, placed at pl in b's coordinates, to b,
// the held ones brighter.
func (p *touchPad) draw(b *sprite.Batch, pl padPlace) {
	for i, d := range padDirs {
		clr := white.Alpha(padIdleAlpha)
		if p.held&(1<<i) != 0 {
			clr = cyan
		}
		b.Add(padArt[i], pl.X+d.dx*padArm*pl.Scale, pl.Y+d.dy*padArm*pl.Scale, 0, padButton*pl.Scale, clr)
	}
}
