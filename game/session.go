package game

// Scene is what the player is looking at.
type Scene uint8

// The scenes.
const (
	SceneTitle Scene = iota
	ScenePlaying
	ScenePaused
	SceneGameOver
)

// String returns the scene's name as the JS bridge reports it.
func (s Scene) String() string {
	switch s {
	case SceneTitle:
		return "title"
	case ScenePlaying:
		return "playing"
	case ScenePaused:
		return "paused"
	case SceneGameOver:
		return "gameover"
	}
	return "unknown"
}

// RestartDelayTicks keeps a key still held from the last moments of a run
// from skipping the game-over screen.
const RestartDelayTicks = TicksPerSecond / 2

// Session is the game from the title screen on: scenes, the current run,
// the runs after it and the best score.
type Session struct {
	// Scene is the current scene.
	Scene Scene
	// Run is the current run; on the title screen it is the run about to
	// start.
	Run *Run
	// Best is the best score so far, including earlier sessions'.
	Best int64
	// NewBest is set at game over when the run beat the previous best.
	NewBest bool
	// Runs counts the runs started.
	Runs int
	// SameSeed makes every run after the first take the first run's seed
	// instead of the next one: a retry of the daily challenge.
	SameSeed bool

	opts      Options
	sceneTick int // ticks spent in the current scene
	// OnRunStart, if set, is called with each new run before its first
	// tick. OnStep, if set, is called after each tick of a run with the
	// input that tick consumed, for recording.
	OnRunStart func(*Run)
	OnStep     func(*Run, Input)
	// Parallel and Instruments, if set, are given to every run as it
	// starts (see Run.SetParallel and Run.Instruments).
	Parallel    func(n, chunk int, fn func(lo, hi int))
	Instruments Instruments
}

// NewSession returns a session on the title screen. opts seeds the first
// run; each later run takes the next seed.
func NewSession(opts Options, best int64) *Session {
	s := &Session{Best: best, opts: opts}
	s.Run = NewRun(opts)
	return s
}

// Watch shows r, a run that something else steps, such as a Playback, in
// the playing scene, with the session's Parallel and Instruments. Update
// must not be called while watching.
func (s *Session) Watch(r *Run) {
	s.Run = r
	s.setScene(ScenePlaying)
	r.SetParallel(s.Parallel)
	r.Instruments = s.Instruments
}

// Unwatch ends watching: the session shows r, its own run from before
// Watch, in scene sc again.
func (s *Session) Unwatch(r *Run, sc Scene) {
	s.Run = r
	s.setScene(sc)
}

// SceneTicks returns how long the current scene has lasted, in ticks.
func (s *Session) SceneTicks() int { return s.sceneTick }

func (s *Session) setScene(sc Scene) {
	s.Scene = sc
	s.sceneTick = 0
}

// Update advances the session by one tick.
func (s *Session) Update(in Input) {
	s.sceneTick++
	switch s.Scene {
	case SceneTitle:
		if in.AnyPress() || in.Has(PressConfirm) {
			s.start()
		}
	case ScenePlaying:
		if in.Has(FocusLost) || in.Has(PressPause) {
			s.setScene(ScenePaused)
			return
		}
		s.Run.Step(in)
		if s.OnStep != nil {
			s.OnStep(s.Run, in)
		}
		if s.Run.GameOver {
			s.NewBest = int64(s.Run.Score) > s.Best
			s.Best = max(s.Best, int64(s.Run.Score))
			s.setScene(SceneGameOver)
		}
	case ScenePaused:
		if in.Has(FocusLost) {
			return
		}
		if in.Has(PressPause) || in.Has(PressConfirm) || in.AnyPress() {
			s.setScene(ScenePlaying)
		}
	case SceneGameOver:
		if s.sceneTick > RestartDelayTicks && in.Has(PressConfirm) {
			if !s.SameSeed {
				s.opts.Seed = nextSeed(s.opts.Seed)
			}
			s.Run = NewRun(s.opts)
			s.start()
		}
	}
}

// start begins playing the current run.
func (s *Session) start() {
	s.Runs++
	s.NewBest = false
	s.setScene(ScenePlaying)
	s.Run.SetParallel(s.Parallel)
	s.Run.Instruments = s.Instruments
	if s.OnRunStart != nil {
		s.OnRunStart(s.Run)
	}
}

// nextSeed derives the seed of the next run (SplitMix64), so a session's
// runs are reproducible from its first seed.
func nextSeed(seed uint64) uint64 {
	z := seed + 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
