package app

import (
	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/input"
)

// stickThreshold is how far the left stick must lean, out of 1, to count
// as a direction; diagonals hold two directions.
const stickThreshold = 0.5

// stick turns a standard gamepad's left stick into move actions, like the
// d-pad.
type stick struct {
	held, prev uint8 // directions, one bit per padDirs entry
	ids        []ebiten.GamepadID
}

// poll reads the sticks of all standard gamepads and sets the held
// directions' actions on m.
func (s *stick) poll(m *input.Map) {
	s.ids = ebiten.AppendGamepadIDs(s.ids[:0])
	s.prev, s.held = s.held, 0
	for _, id := range s.ids {
		if !ebiten.IsStandardGamepadLayoutAvailable(id) {
			continue
		}
		x := ebiten.StandardGamepadAxisValue(id, ebiten.StandardGamepadAxisLeftStickHorizontal)
		y := ebiten.StandardGamepadAxisValue(id, ebiten.StandardGamepadAxisLeftStickVertical)
		s.held |= stickDirs(x, y)
	}
	setDirs(m, s.held, s.prev)
}

// stickDirs returns the directions a stick at x, y (each -1 to 1, y down)
// holds, one bit per padDirs entry.
func stickDirs(x, y float64) uint8 {
	var dirs uint8
	if y <= -stickThreshold {
		dirs |= 1 << 0
	}
	if y >= stickThreshold {
		dirs |= 1 << 1
	}
	if x <= -stickThreshold {
		dirs |= 1 << 2
	}
	if x >= stickThreshold {
		dirs |= 1 << 3
	}
	return dirs
}
