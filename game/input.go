package game

// Input is one tick of player input, as a bitmask. It is everything the
// simulation reads from the outside world, so a run is reproduced exactly
// by its seed and its inputs.
type Input uint16

// The bits of an Input.
const (
	// HoldUp through HoldRight are set while the key is held down.
	HoldUp Input = 1 << iota
	HoldDown
	HoldLeft
	HoldRight
	// PressUp through PressRight are set in the tick the key went down,
	// even if it was released again within that tick.
	PressUp
	PressDown
	PressLeft
	PressRight
	// PressConfirm starts, resumes or restarts: Enter, Space, a click or
	// a tap, a gamepad's A or Start.
	PressConfirm
	// PressPause toggles the pause: P or Esc.
	PressPause
	// FocusLost is set while the page or window does not have focus.
	FocusLost
)

// Held returns the Input bit for holding d.
func Held(d Direction) Input { return HoldUp << d }

// Pressed returns the Input bit for pressing d.
func Pressed(d Direction) Input { return PressUp << d }

// Has reports whether every bit of mask is set.
func (in Input) Has(mask Input) bool { return in&mask == mask }

// AnyPress reports whether any arrow was pressed in this tick.
func (in Input) AnyPress() bool {
	return in&(PressUp|PressDown|PressLeft|PressRight) != 0
}

// MoveRepeatTicks is the cadence of a held arrow key: one move command
// every 6 ticks, that is 10 steps or 100 units a second. A press moves at
// once; holding it on repeats the move after 6 ticks and every 6 ticks
// after. Fast enough to cross the field in eight seconds and to dodge, slow
// enough that one tap is one step and the player can stop where they aim.
const MoveRepeatTicks = 6

// mover turns held and pressed keys into move commands at the cadence.
type mover struct {
	held [4]uint8 // ticks since the last move of each held direction
}

// commands returns the move commands the input gives in this tick, in the
// order up, down, left, right, and advances the cadence of held keys.
func (m *mover) commands(in Input) (cmds [4]Direction, n int) {
	for d := Up; d <= Right; d++ {
		switch {
		case in.Has(Pressed(d)):
			m.held[d] = 0
			cmds[n] = d
			n++
		case in.Has(Held(d)):
			m.held[d]++
			if m.held[d] >= MoveRepeatTicks {
				m.held[d] = 0
				cmds[n] = d
				n++
			}
		default:
			m.held[d] = 0
		}
	}
	return cmds, n
}
