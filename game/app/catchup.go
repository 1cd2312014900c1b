package app

import (
	"swarmfield/engine/loop"
	"swarmfield/game"
)

// heldKeys are the bits of an input that last from tick to tick.
const heldKeys = game.HoldUp | game.HoldDown | game.HoldLeft | game.HoldRight | game.FocusLost

// CatchUp runs a tick that the loop adds when frames come too slowly for
// 60 ticks a second (loop.CatchUpGame): a run in play goes on with the
// keys held in the latest tick, and no key counts as pressed again. When
// the latest Update did not step the session (the settings screen, the
// viewer, the high-score screen or the paste box had the tick) or an
// overlay is open, the session waits.
// A catch-up tick is an ordinary tick of the session: replays and the
// state hash are the same whatever the frame rate.
func (a *App) CatchUp() error {
	if !a.stepped || a.overlay != noOverlay {
		return nil
	}
	a.step(a.lastIn&heldKeys, false)
	return nil
}

// SetPace takes the loop's pace once a second (loop.Pacer): the frame and
// tick rates the monitor shows, catch-up ticks included, and whether the
// game runs slower than real time.
func (m *meter) SetPace(p loop.Pace) {
	m.pace = p
	m.paced = true
}
