package game

import "testing"

// emptyRun returns a run with no hazards and its orbs far away in a
// corner, so tests can place things themselves.
func emptyRun(t *testing.T) *Run {
	t.Helper()
	r := NewRun(Options{Seed: 1, StartHazards: 1})
	r.Hazards = newSwarm(16)
	for i := range NumOrbs {
		r.OrbX[i], r.OrbY[i] = 40, 40
	}
	return r
}

// addStill adds a hazard that does not move and is already dangerous.
func addStill(r *Run, x, y, radius float32) {
	r.Hazards.add(x, y, 0, 0, 0, 0, radius, 0, 0)
}

func TestDiagonalInputMovesOnBothAxes(t *testing.T) {
	r := emptyRun(t)
	r.Step(PressUp | HoldUp | PressRight | HoldRight)
	if r.PlayerX != 410 || r.PlayerY != 290 {
		t.Errorf("diagonal press moved the player to (%v, %v), want (410, 290)", r.PlayerX, r.PlayerY)
	}
}

func TestHeldKeyRepeatsAtCadence(t *testing.T) {
	r := emptyRun(t)
	r.Step(PressRight | HoldRight) // moves at once
	for range 3 * MoveRepeatTicks {
		r.Step(HoldRight)
	}
	if want := float32(400 + 4*StepSize); r.PlayerX != want {
		t.Errorf("after a press and %d held ticks x = %v, want %v", 3*MoveRepeatTicks, r.PlayerX, want)
	}
	r.Step(0) // released: no move, the cadence restarts
	r.Step(HoldRight)
	if want := float32(400 + 4*StepSize); r.PlayerX != want {
		t.Errorf("holding without a new press moved at once: x = %v, want %v", r.PlayerX, want)
	}
}

func TestQuickTapMoves(t *testing.T) {
	r := emptyRun(t)
	// Pressed and released within one tick: the press bit without hold.
	r.Step(PressLeft)
	if r.PlayerX != 390 {
		t.Errorf("a quick tap left x at %v, want 390", r.PlayerX)
	}
}

func TestLeavingFieldEndsRun(t *testing.T) {
	r := emptyRun(t)
	r.PlayerX = 0
	r.Step(PressLeft)
	if !r.GameOver || r.Events&EventGameOver == 0 {
		t.Fatalf("stepping out of the field: GameOver=%v events=%b", r.GameOver, r.Events)
	}
	tick := r.Tick
	r.Step(PressRight)
	if r.Tick != tick || r.PlayerX != -10 {
		t.Errorf("a finished run still advanced: tick %d -> %d, x=%v", tick, r.Tick, r.PlayerX)
	}
}

func TestHazardContact(t *testing.T) {
	tests := []struct {
		name   string
		dx     float32 // hazard centre relative to the player after the move
		radius float32
		hit    bool
	}{
		{"edges cross", 18, 12, true},
		{"edges just touch", 22, 12, true},
		{"apart", 22.5, 12, false},
		{"player wholly inside hazard", 3, 16, true},
		{"same centre, hazard larger", 0, 16, true},
		{"hazard wholly inside player", 2, 7, true},
		{"same centre, hazard smaller", 0, 7, true},
		{"same centre, same size", 0, 10, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := emptyRun(t)
			// The player steps right by 10, onto or near the hazard.
			addStill(r, 410+tt.dx, 300, tt.radius)
			r.Step(PressRight)
			if r.GameOver != tt.hit {
				t.Errorf("GameOver = %v, want %v", r.GameOver, tt.hit)
			}
		})
	}
}

func TestStepIntoLargeHazardEndsRun(t *testing.T) {
	// Regression for resolv's blind spot: one 10-unit step takes the
	// player from clear of a big hazard to wholly inside it.
	r := emptyRun(t)
	addStill(r, 427, 300, MaxHazardRadius) // 27 away: clear of 10+16
	r.Step(0)
	if r.GameOver {
		t.Fatal("a hazard 27 units away ended the run")
	}
	r.Step(PressRight)
	r.Step(PressRight) // now 7 away: player (r=10) overlaps, hazard r=16
	if !r.GameOver {
		t.Error("stepping onto a large hazard did not end the run")
	}
}

func TestWarmingHazardIsHarmless(t *testing.T) {
	r := emptyRun(t)
	r.Hazards.add(400, 300, 0, 0, 0, 0, 12, 0, 2)
	r.Step(0)
	if r.GameOver {
		t.Fatal("a hazard still fading in ended the run")
	}
	r.Step(0) // warm-up over
	if !r.GameOver {
		t.Error("a hazard that finished fading in did not end the run")
	}
}

func TestInvulnerableIgnoresHazardsNotField(t *testing.T) {
	r := NewRun(Options{Seed: 1, StartHazards: 1, Invulnerable: true})
	r.Hazards = newSwarm(4)
	addStill(r, 400, 300, 12)
	r.Step(0)
	if r.GameOver {
		t.Fatal("an invulnerable run ended on a hazard")
	}
	r.PlayerX = 800
	r.Step(PressRight)
	if !r.GameOver {
		t.Error("an invulnerable run did not end on leaving the field")
	}
}

func TestOrbScoresAndMoves(t *testing.T) {
	r := emptyRun(t)
	r.OrbX[1], r.OrbY[1] = 415, 300
	r.Step(PressRight)
	if r.Score != 1 || r.Events&EventOrb == 0 {
		t.Fatalf("touching an orb: score %d events %b, want score 1", r.Score, r.Events)
	}
	dx, dy := r.OrbX[1]-r.PlayerX, r.OrbY[1]-r.PlayerY
	if dx*dx+dy*dy < 140*140 {
		t.Errorf("the taken orb moved only to (%v, %v), near the player", r.OrbX[1], r.OrbY[1])
	}
	r.Step(0)
	if r.Score != 1 {
		t.Errorf("score changed to %d without touching an orb", r.Score)
	}
}

func TestSwarmGrowsInWavesUpToCap(t *testing.T) {
	r := NewRun(Options{Seed: 7, Invulnerable: true})
	if r.Hazards.Len() != DefaultStartHazards {
		t.Fatalf("start with %d hazards, want %d", r.Hazards.Len(), DefaultStartHazards)
	}
	prev := r.Hazards.Len()
	for range WaveTicks {
		r.Step(0)
	}
	if r.Hazards.Len() <= prev || r.Events&EventWave == 0 {
		t.Fatalf("after one wave: %d hazards (was %d), events %b", r.Hazards.Len(), prev, r.Events)
	}
	for range 200 * WaveTicks {
		r.Step(0)
	}
	if r.Hazards.Len() != MaxGrownHazards {
		t.Errorf("after 200 waves: %d hazards, want the cap %d", r.Hazards.Len(), MaxGrownHazards)
	}
}

func TestHazardsStayInField(t *testing.T) {
	r := NewRun(Options{Seed: 3, StartHazards: 500, Invulnerable: true})
	for range 3000 {
		r.Step(0)
	}
	s := &r.Hazards
	for i := range s.Len() {
		if s.X[i] < s.Radius[i] || s.X[i] > FieldWidth-s.Radius[i] || s.Y[i] < s.Radius[i] || s.Y[i] > FieldHeight-s.Radius[i] {
			t.Fatalf("hazard %d at (%v, %v) r=%v left the field", i, s.X[i], s.Y[i], s.Radius[i])
		}
		if s.Rot[i] < 0 || s.Rot[i] >= twoPi {
			t.Fatalf("hazard %d rotation %v outside [0, 2π)", i, s.Rot[i])
		}
	}
}

func TestOptionsValidate(t *testing.T) {
	for _, n := range []int{-1, MaxStartHazards + 1} {
		if (Options{StartHazards: n}).Validate() == nil {
			t.Errorf("StartHazards=%d accepted", n)
		}
	}
	for _, n := range []int{0, 1, MaxStartHazards} {
		if err := (Options{StartHazards: n}).Validate(); err != nil {
			t.Errorf("StartHazards=%d rejected: %v", n, err)
		}
	}
}

// TestWarmupCountsDown checks every hazard's warm-up against the ticks since
// it was spawned, across several waves, including hazards added out of
// spawn order with no warm-up after warming ones.
func TestWarmupCountsDown(t *testing.T) {
	r := NewRun(Options{Seed: 5, Invulnerable: true})
	born := make([]int, r.Hazards.Len()) // tick of spawn, -1 for no warm-up
	for i := range born {
		born[i] = -1
	}
	for tick := 1; tick <= 4*WaveTicks; tick++ {
		r.Step(0)
		if tick == WaveTicks+10 {
			addStill(r, 700, 500, 10)
		}
		for len(born) < r.Hazards.Len() {
			if r.Hazards.Warmup[len(born)] == 0 {
				born = append(born, -1)
			} else {
				born = append(born, tick)
			}
		}
		for i, b := range born {
			want := 0
			if b >= 0 {
				want = max(0, WarmupTicks-(tick-b))
			}
			if got := int(r.Hazards.Warmup[i]); got != want {
				t.Fatalf("tick %d: hazard %d (spawned at %d) has warm-up %d, want %d", tick, i, b, got, want)
			}
			if i < r.Hazards.FirstWarming() && want != 0 {
				t.Fatalf("tick %d: hazard %d is before FirstWarming() = %d but has warm-up %d", tick, i, r.Hazards.FirstWarming(), want)
			}
			if r.Hazards.Dangerous(i) != (want == 0) {
				t.Fatalf("tick %d: hazard %d Dangerous = %v with warm-up %d", tick, i, r.Hazards.Dangerous(i), want)
			}
		}
	}
	if len(born) <= DefaultStartHazards+1 {
		t.Fatalf("only %d hazards after four waves", len(born))
	}
}
