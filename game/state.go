// Package game is Swarmfield's simulation: the rules (a move changes the
// player's position by exactly 10 units, and leaving the 800×600 field
// ends the run), the orbs, the hazard swarm and the scenes around a run.
//
// The package does not import ebiten. It advances in fixed ticks of
// 1/60 s, takes its input as a bitmask per tick and draws nothing, so it
// runs under plain go test natively and as WebAssembly under Node, and a
// recorded run replays bit for bit on any platform.
package game

// The playing field, in logical units.
const (
	FieldWidth  = 800
	FieldHeight = 600
)

// StepSize is how far one move command takes the player.
const StepSize = 10

// Direction is a move command.
type Direction uint8

// The four move commands.
const (
	Up Direction = iota
	Down
	Left
	Right
)

// String returns the command's name in lower case: "up", "down", "left"
// or "right".
func (d Direction) String() string {
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	case Left:
		return "left"
	case Right:
		return "right"
	}
	return "unknown"
}

// GameState is the state every rule of the game reads and changes: where
// the player is, the score and whether the run has ended.
type GameState struct {
	PlayerX  float32
	PlayerY  float32
	Score    int
	GameOver bool
}

// NewGameState returns a state with the player at the centre of the field.
func NewGameState() GameState {
	return GameState{PlayerX: FieldWidth / 2, PlayerY: FieldHeight / 2}
}

// Move applies one move command: it changes the player's position by
// exactly StepSize and ends the game if the player has left the field.
// The edges themselves are inside. After GameOver nothing moves.
func (s *GameState) Move(d Direction) {
	if s.GameOver {
		return
	}
	switch d {
	case Up:
		s.PlayerY -= StepSize
	case Down:
		s.PlayerY += StepSize
	case Left:
		s.PlayerX -= StepSize
	case Right:
		s.PlayerX += StepSize
	default:
		return
	}
	if OutOfField(s.PlayerX, s.PlayerY) {
		s.GameOver = true
	}
}

// OutOfField reports whether a point lies outside the field. The edges
// (x of 0 or FieldWidth, y of 0 or FieldHeight) are inside.
func OutOfField(x, y float32) bool {
	return x < 0 || x > FieldWidth || y < 0 || y > FieldHeight
}
