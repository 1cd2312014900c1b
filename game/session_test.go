package game

import "testing"

func TestSessionScenes(t *testing.T) {
	s := NewSession(Options{Seed: 1}, 5)
	if s.Scene != SceneTitle {
		t.Fatalf("new session in scene %v, want title", s.Scene)
	}
	s.Update(0)
	if s.Scene != SceneTitle {
		t.Fatal("the title screen started a run without input")
	}
	s.Update(PressRight | HoldRight)
	if s.Scene != ScenePlaying || s.Run.PlayerX != 400 {
		t.Fatalf("an arrow on the title: scene %v, x %v; want playing and no move", s.Scene, s.Run.PlayerX)
	}
	s.Update(PressPause)
	if s.Scene != ScenePaused {
		t.Fatalf("P while playing: scene %v, want paused", s.Scene)
	}
	tick := s.Run.Tick
	s.Update(PressUp)
	if s.Scene != ScenePlaying || s.Run.Tick != tick {
		t.Fatalf("an arrow while paused: scene %v, tick %d -> %d", s.Scene, tick, s.Run.Tick)
	}
	s.Update(FocusLost)
	if s.Scene != ScenePaused {
		t.Fatalf("losing focus: scene %v, want paused", s.Scene)
	}
	s.Update(FocusLost | PressConfirm)
	if s.Scene != ScenePaused {
		t.Fatal("resumed while still unfocused")
	}
	s.Update(PressConfirm)
	if s.Scene != ScenePlaying {
		t.Fatalf("confirm while paused: scene %v, want playing", s.Scene)
	}
	// Walk out of the field to the left.
	for !s.Run.GameOver {
		s.Update(PressLeft)
	}
	if s.Scene != SceneGameOver {
		t.Fatalf("after leaving the field: scene %v, want gameover", s.Scene)
	}
	first := s.Run
	s.Update(PressConfirm) // too soon: a held key must not skip the screen
	if s.Scene != SceneGameOver {
		t.Fatal("game over was skipped at once")
	}
	for range RestartDelayTicks {
		s.Update(0)
	}
	s.Update(PressConfirm)
	if s.Scene != ScenePlaying || s.Run == first || s.Run.Tick != 0 || s.Runs != 2 {
		t.Fatalf("restart: scene %v, new run %v, tick %d, runs %d", s.Scene, s.Run != first, s.Run.Tick, s.Runs)
	}
	if s.Run.Options().Seed == first.Options().Seed {
		t.Error("the next run reused the seed")
	}
}

func TestSessionBestScore(t *testing.T) {
	s := NewSession(Options{Seed: 1}, 2)
	s.Update(PressConfirm)
	s.Run.Score = 3
	s.Run.PlayerX = 0
	s.Update(PressLeft)
	if s.Scene != SceneGameOver || s.Best != 3 || !s.NewBest {
		t.Fatalf("scored 3 over best 2: scene %v best %d newBest %v", s.Scene, s.Best, s.NewBest)
	}
	for range RestartDelayTicks + 1 {
		s.Update(0)
	}
	s.Update(PressConfirm)
	s.Run.Score = 1
	s.Run.PlayerY = 600
	s.Update(PressDown)
	if s.Best != 3 || s.NewBest {
		t.Errorf("scored 1 over best 3: best %d newBest %v", s.Best, s.NewBest)
	}
}

// TestWatch shows a run stepped elsewhere: the session plays it with its
// own Parallel and Instruments, from the start of the playing scene.
func TestWatch(t *testing.T) {
	s := NewSession(Options{Seed: 1}, 7)
	ins := &countingInstruments{}
	s.Instruments = ins
	s.Update(Pressed(Right))
	r := NewRun(Options{Seed: 2})
	s.Watch(r)
	if s.Run != r || s.Scene != ScenePlaying || s.SceneTicks() != 0 || r.Instruments != Instruments(ins) || s.Best != 7 {
		t.Errorf("after Watch: run %p (want %p), scene %v after %d ticks, instruments %p, best %d",
			s.Run, r, s.Scene, s.SceneTicks(), r.Instruments, s.Best)
	}
}

// countingInstruments counts the phases it is asked to time.
type countingInstruments struct{ begun, ended int }

func (c *countingInstruments) Begin(Phase) { c.begun++ }
func (c *countingInstruments) End(Phase)   { c.ended++ }

// TestSessionSameSeed checks that with SameSeed every retry plays the
// first run's seed: the daily challenge's.
func TestSessionSameSeed(t *testing.T) {
	s := NewSession(Options{Seed: 42}, 0)
	s.SameSeed = true
	s.Update(PressConfirm)
	for run := 1; run <= 3; run++ {
		for !s.Run.GameOver {
			s.Update(PressLeft)
		}
		for range RestartDelayTicks + 1 {
			s.Update(0)
		}
		s.Update(PressConfirm)
		if got := s.Run.Options().Seed; got != 42 || s.Runs != run+1 {
			t.Fatalf("retry %d: seed %d, runs %d; want seed 42 and %d runs", run, got, s.Runs, run+1)
		}
	}
}
