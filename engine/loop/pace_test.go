package loop

import (
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/perf"
)

// ebitenClock models Ebitengine's own clock (internal/clock): it runs the
// ticks the elapsed time affords, rounded to the nearest, and drops time
// beyond 5 ticks a frame.
type ebitenClock struct {
	last, unconsumed time.Duration
}

func (c *ebitenClock) ticks(now time.Duration) int {
	const tick = time.Second / 60
	c.unconsumed = min(c.unconsumed+now-c.last, 5*tick)
	c.last = now
	n := (c.unconsumed + tick/2) / tick
	c.unconsumed -= n * tick
	return int(n)
}

// counter is a game that counts its ticks, telling catch-up ticks apart,
// and folds them into a state as a simulation would: the state after n
// ticks is the same however they were run.
type counter struct {
	updates, catchUps int
	state             uint64
	states            []uint64 // the state after each tick, if not nil
}

func (g *counter) Update() error      { g.updates++; g.step(); return nil }
func (g *counter) CatchUp() error     { g.catchUps++; g.step(); return nil }
func (g *counter) Draw(*ebiten.Image) {}
func (g *counter) step() {
	g.state = g.state*0x9E3779B97F4A7C15 + 1
	if g.states != nil {
		g.states = append(g.states, g.state)
	}
}

// pacing records the pace the adapter gives the hooks.
type pacing struct {
	nopHooks
	last Pace
	all  []Pace
}

func (p *pacing) SetPace(pc Pace) { p.last = pc; p.all = append(p.all, pc) }

type nopHooks struct{}

func (nopHooks) UpdateBegin() {}
func (nopHooks) UpdateEnd()   {}
func (nopHooks) DrawBegin()   {}
func (nopHooks) DrawEnd()     {}

// runFrames runs the adapter for d of fake time, a frame every interval,
// with Ebitengine's clock deciding the ticks of each frame, and returns
// the frames drawn.
func runFrames(t *testing.T, a *adapter, ec *ebitenClock, clock *time.Duration, interval, d time.Duration) int {
	t.Helper()
	frames := 0
	for end := *clock + d; *clock < end; *clock += interval {
		for range ec.ticks(*clock) {
			if err := a.Update(); err != nil {
				t.Fatal(err)
			}
		}
		a.Draw(nil)
		frames++
	}
	return frames
}

// TestCatchUpKeepsRealTime runs frames at steady intervals, from 60 down
// to 2 a second: up to the cap of 12 ticks a frame (5 FPS) the game runs
// 60 ticks a second, catching up beyond Ebitengine's 5 a frame, and is
// not slow; below it, it runs 12 ticks a frame and the pace says it is
// slow.
func TestCatchUpKeepsRealTime(t *testing.T) {
	for _, tc := range []struct {
		fps      float64
		tps      float64
		catchUp  bool
		slow     bool
		maxTicks int
	}{
		{fps: 60, tps: 60},
		{fps: 20, tps: 60},
		{fps: 10, tps: 60, catchUp: true},
		{fps: 6, tps: 60, catchUp: true},
		{fps: 5, tps: 60, catchUp: true},
		{fps: 4, tps: 48, catchUp: true, slow: true},
		{fps: 2, tps: 24, catchUp: true, slow: true},
		{fps: 4, tps: 20, slow: true, maxTicks: 5}, // a cap of 5 is Ebitengine's alone
	} {
		var clock time.Duration
		var ec ebitenClock
		hooks := &pacing{}
		g := &counter{}
		a := newAdapter(g, Config{Width: 8, Height: 8, Hooks: hooks, MaxTicksPerFrame: tc.maxTicks}, func() time.Duration { return clock })
		interval := time.Duration(float64(time.Second) / tc.fps)
		runFrames(t, a, &ec, &clock, interval, 2*time.Second) // start-up
		before, caughtUp := g.updates+g.catchUps, g.catchUps
		frames := runFrames(t, a, &ec, &clock, interval, 10*time.Second)
		ticks := g.updates + g.catchUps - before
		if want := tc.tps * float64(frames) / tc.fps; float64(ticks) < want-3 || float64(ticks) > want+3 {
			t.Errorf("at %v FPS (cap %d): %d ticks in %d frames, want %v", tc.fps, tc.maxTicks, ticks, frames, want)
		}
		if got := g.catchUps - caughtUp; (got > 0) != tc.catchUp {
			t.Errorf("at %v FPS (cap %d): %d catch-up ticks, want some: %v", tc.fps, tc.maxTicks, got, tc.catchUp)
		}
		p := hooks.last
		if len(hooks.all) < 8 {
			t.Fatalf("at %v FPS: the pace was given %d times in 10 s", tc.fps, len(hooks.all))
		}
		if p.Slow != tc.slow || (p.Dropped > 0) != tc.slow || p.TPS < tc.tps-3 || p.TPS > tc.tps+3 || p.FPS < tc.fps-1 || p.FPS > tc.fps+1 {
			t.Errorf("at %v FPS (cap %d): pace %+v, want %v FPS, %v TPS, slow %v", tc.fps, tc.maxTicks, p, tc.fps, tc.tps, tc.slow)
		}
		if tc.catchUp != (p.CatchUp > 0) {
			t.Errorf("at %v FPS: pace %+v counts %d catch-up ticks", tc.fps, p, p.CatchUp)
		}
	}
}

// TestCatchUpAfterAStall checks that one long frame is made up within
// the cap and the rest dropped, and that the game is then on time again.
func TestCatchUpAfterAStall(t *testing.T) {
	var clock time.Duration
	hooks := &pacing{}
	g := &counter{}
	a := newAdapter(g, Config{Width: 8, Height: 8, Hooks: hooks}, func() time.Duration { return clock })
	var ec ebitenClock
	frame := func(d time.Duration) {
		clock += d
		for range ec.ticks(clock) {
			a.Update()
		}
		a.Draw(nil)
	}
	for range 60 {
		frame(time.Second / 60)
	}
	before := g.updates + g.catchUps
	frame(150 * time.Millisecond) // 9 ticks: 5 from Ebitengine, 4 caught up
	if got := g.updates + g.catchUps - before; got != 9 {
		t.Errorf("a frame of 150 ms ran %d ticks, want 9", got)
	}
	before = g.updates + g.catchUps
	frame(time.Second) // 60 ticks owed, 12 run
	if got := g.updates + g.catchUps - before; got != DefaultMaxTicksPerFrame {
		t.Errorf("a frame of 1 s ran %d ticks, want the cap, %d", got, DefaultMaxTicksPerFrame)
	}
	before = g.updates + g.catchUps
	for range 60 {
		frame(time.Second / 60)
	}
	if got := g.updates + g.catchUps - before; got < 59 || got > 61 {
		t.Errorf("a second of 60 FPS after the stall ran %d ticks, want 60: the dropped time is not made up", got)
	}
}

// TestCatchUpIsDeterministic checks that the game's state after n ticks
// is the same at every frame rate: catch-up ticks are ordinary ticks.
func TestCatchUpIsDeterministic(t *testing.T) {
	var want []uint64
	for i, fps := range []float64{60, 7, 3} {
		var clock time.Duration
		var ec ebitenClock
		g := &counter{states: make([]uint64, 0, 2000)}
		a := newAdapter(g, Config{Width: 8, Height: 8}, func() time.Duration { return clock })
		runFrames(t, a, &ec, &clock, time.Duration(float64(time.Second)/fps), 10*time.Second)
		if len(g.states) < 200 {
			t.Fatalf("at %v FPS only %d ticks ran (%d updates)", fps, len(g.states), g.updates)
		}
		if i == 0 {
			want = g.states
			continue
		}
		for k, st := range g.states {
			if k < len(want) && st != want[k] {
				t.Fatalf("at %v FPS the state after tick %d is %x, want %x as at 60 FPS", fps, k+1, st, want[k])
			}
		}
	}
}

// TestCatchUpAllocatesNothing checks that ticks, catch-up ticks and
// frames allocate nothing in the loop.
func TestCatchUpAllocatesNothing(t *testing.T) {
	var clock time.Duration
	var ec ebitenClock
	g := &counter{}
	a := newAdapter(g, Config{Width: 8, Height: 8, Hooks: &pacing{all: make([]Pace, 0, 1000)}}, func() time.Duration { return clock })
	runFrames(t, a, &ec, &clock, 100*time.Millisecond, 2*time.Second) // warm up
	n := perf.LeastMallocs(3, func() { runFrames(t, a, &ec, &clock, 100*time.Millisecond, 5*time.Second) })
	if n != 0 {
		t.Errorf("50 frames with catch-up ticks allocated %d times, want 0", n)
	}
	if g.catchUps == 0 {
		t.Fatal("no catch-up tick: the test must measure them")
	}
}
