package game

import "testing"

func TestMoveChangesPositionByExactlyTen(t *testing.T) {
	tests := []struct {
		dir    Direction
		dx, dy float32
	}{
		{Up, 0, -10},
		{Down, 0, 10},
		{Left, -10, 0},
		{Right, 10, 0},
	}
	for _, tt := range tests {
		t.Run(tt.dir.String(), func(t *testing.T) {
			s := NewGameState()
			x0, y0 := s.PlayerX, s.PlayerY
			s.Move(tt.dir)
			if s.PlayerX-x0 != tt.dx || s.PlayerY-y0 != tt.dy {
				t.Errorf("Move(%v) moved by (%v, %v), want (%v, %v)", tt.dir, s.PlayerX-x0, s.PlayerY-y0, tt.dx, tt.dy)
			}
			if s.GameOver {
				t.Errorf("Move(%v) from the centre ended the game", tt.dir)
			}
		})
	}
}

func TestStartsAtCentre(t *testing.T) {
	s := NewGameState()
	if s.PlayerX != 400 || s.PlayerY != 300 || s.Score != 0 || s.GameOver {
		t.Errorf("NewGameState() = %+v, want player at (400, 300), score 0, not over", s)
	}
}

func TestFieldEdges(t *testing.T) {
	tests := []struct {
		name     string
		x, y     float32
		dir      Direction
		wantX    float32
		wantY    float32
		gameOver bool
	}{
		{"onto left edge", 10, 300, Left, 0, 300, false},
		{"past left edge", 0, 300, Left, -10, 300, true},
		{"onto right edge", 790, 300, Right, 800, 300, false},
		{"past right edge", 800, 300, Right, 810, 300, true},
		{"onto top edge", 400, 10, Up, 400, 0, false},
		{"past top edge", 400, 0, Up, 400, -10, true},
		{"onto bottom edge", 400, 590, Down, 400, 600, false},
		{"past bottom edge", 400, 600, Down, 400, 610, true},
		{"along top edge", 400, 0, Right, 410, 0, false},
		{"corner stays inside", 10, 0, Left, 0, 0, false},
		{"back in from corner", 800, 600, Left, 790, 600, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := GameState{PlayerX: tt.x, PlayerY: tt.y}
			s.Move(tt.dir)
			if s.PlayerX != tt.wantX || s.PlayerY != tt.wantY || s.GameOver != tt.gameOver {
				t.Errorf("from (%v, %v) %v: got (%v, %v) over=%v, want (%v, %v) over=%v",
					tt.x, tt.y, tt.dir, s.PlayerX, s.PlayerY, s.GameOver, tt.wantX, tt.wantY, tt.gameOver)
			}
		})
	}
}

func TestOutOfField(t *testing.T) {
	tests := []struct {
		x, y float32
		out  bool
	}{
		{0, 0, false}, {800, 600, false}, {800, 0, false}, {0, 600, false},
		{-0.001, 300, true}, {800.001, 300, true}, {400, -0.001, true}, {400, 600.001, true},
	}
	for _, tt := range tests {
		if got := OutOfField(tt.x, tt.y); got != tt.out {
			t.Errorf("OutOfField(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.out)
		}
	}
}

func TestNothingMovesAfterGameOver(t *testing.T) {
	s := GameState{PlayerX: 0, PlayerY: 300}
	s.Move(Left)
	if !s.GameOver {
		t.Fatal("leaving the field did not end the game")
	}
	x, y := s.PlayerX, s.PlayerY
	for _, d := range []Direction{Up, Down, Left, Right} {
		s.Move(d)
	}
	if s.PlayerX != x || s.PlayerY != y {
		t.Errorf("player moved after game over: (%v, %v) -> (%v, %v)", x, y, s.PlayerX, s.PlayerY)
	}
}
