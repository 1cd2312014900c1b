package soak

import (
	"math/rand/v2"

	"swarmfield/game"
)

// Walker is the default policy: it starts every run, holds a random
// direction for a random while, turns away from the walls so the run goes
// on, taps now and then, and sometimes pauses (as a lost focus would) and
// resumes.
//
// A Walker is not safe for use by several goroutines.
type Walker struct {
	// RunTicks, when positive, ends each run after about that many ticks
	// by walking out of the field.
	RunTicks uint64

	rng  *rand.Rand
	dir  game.Direction
	left int // ticks left in the current stretch
	idle bool
}

// NewWalker returns a Walker whose choices follow from seed.
func NewWalker(seed uint64) *Walker {
	return &Walker{rng: rand.New(rand.NewPCG(seed, 0x534f414b))} // "SOAK"
}

// Input chooses the input of the next tick.
func (w *Walker) Input(s *game.Session) game.Input {
	switch s.Scene {
	case game.SceneTitle, game.SceneGameOver:
		return game.PressConfirm
	case game.ScenePaused:
		if w.rng.IntN(30) == 0 {
			return game.PressConfirm
		}
		return game.FocusLost
	}
	if w.rng.IntN(20_000) == 0 {
		return game.FocusLost
	}
	if w.RunTicks > 0 && s.Run.Tick >= w.RunTicks {
		return game.Held(game.Left)
	}
	press := false
	if w.left <= 0 {
		w.left = 6 + w.rng.IntN(120)
		w.dir = game.Direction(w.rng.IntN(4))
		w.idle = w.rng.IntN(5) == 0
		press = !w.idle
	}
	w.left--
	w.steer(s.Run)
	if w.idle {
		return 0
	}
	if press {
		return game.Pressed(w.dir) | game.Held(w.dir)
	}
	return game.Held(w.dir)
}

// steer turns towards the centre near an edge, keeping a few steps of room.
func (w *Walker) steer(r *game.Run) {
	const margin = 4 * game.StepSize
	switch {
	case r.PlayerX < margin:
		w.dir = game.Right
	case r.PlayerX > game.FieldWidth-margin:
		w.dir = game.Left
	case r.PlayerY < margin:
		w.dir = game.Down
	case r.PlayerY > game.FieldHeight-margin:
		w.dir = game.Up
	}
}
