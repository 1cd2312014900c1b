package loop

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// DefaultMaxTicksPerFrame is Config.MaxTicksPerFrame when it is zero: at
// 60 ticks a second the game keeps real time down to 5 frames a second.
const DefaultMaxTicksPerFrame = 12

// Pace is how the loop kept time over the latest second of real time.
type Pace struct {
	// FPS and TPS are the frames drawn and the ticks run per second,
	// catch-up ticks included.
	FPS, TPS float64
	// CatchUp is how many of those ticks the loop ran to make up for
	// time Ebitengine's own catch-up dropped (it runs at most 5 ticks a
	// frame), and Dropped how many ticks' worth of time was lost anyway
	// because a frame would have needed more than the loop's cap.
	CatchUp, Dropped int
	// Slow is set when time was dropped: the game ran slower than real
	// time.
	Slow bool
}

// Pacer is implemented by Hooks that want the loop's Pace: SetPace is
// called once a second, before a frame is drawn.
type Pacer interface {
	SetPace(Pace)
}

// CatchUpGame is implemented by a Game with its own way of running a
// catch-up tick: a tick that makes up for real time without new input.
// Ebitengine reads the input once per tick it runs; a catch-up tick runs
// right after one of those, so a key pressed in it would count as pressed
// again. The loop calls CatchUp, if the game has it, instead of Update
// for catch-up ticks.
type CatchUpGame interface {
	CatchUp() error
}

// pacer counts ticks against real time and says how many catch-up ticks a
// frame needs, within a cap. Ebitengine's clock runs each tick within half
// a tick of its time, so a lag of two ticks or more means its own
// catch-up limit dropped time; the pacer makes that up, and drops what
// would take a frame past maxTicks ticks.
type pacer struct {
	tick     time.Duration // one tick of real time
	maxTicks int           // most ticks in one frame, Ebitengine's included
	started  bool          // a tick has run since the reset
	synced   bool          // start is set
	start    time.Duration // when tick 0 was due, moved on by dropped time
	ticks    int64         // ticks run since start
	frame    int           // ticks run in the current frame
	frameAt  time.Duration // when the current frame's first tick ran

	// The current second's counts, and the latest second's Pace.
	winStart                         time.Duration
	frames, winTicks, extra, dropped int
	pace                             Pace
	paced                            bool // pace was renewed this frame
}

// reset forgets the past: the next tick starts the count again. It is
// called when the tick rate changes or ticks stop.
func (p *pacer) reset(tps, maxTicks int) {
	*p = pacer{tick: time.Second / time.Duration(max(tps, 1)), maxTicks: maxTicks, pace: p.pace}
}

// ticked notes a tick that Ebitengine ran at now.
func (p *pacer) ticked(now time.Duration) {
	if !p.started {
		p.started, p.winStart = true, now
	}
	if p.frame == 0 {
		p.frameAt = now
	}
	p.ticks++
	p.frame++
	p.winTicks++
}

// owed returns how many catch-up ticks to run before the frame at now is
// drawn, counts them as run, and drops the time the cap leaves over. The
// lag is measured when the frame's first tick ran, as Ebitengine's clock
// measured it; time spent in the frame since then is for the next frame's
// ticks.
func (p *pacer) owed(now time.Duration) int {
	if !p.started {
		return 0
	}
	if p.frame > 0 {
		now = p.frameAt
	}
	if !p.synced {
		// The ticks run so far were on time.
		p.synced = true
		p.start = now - time.Duration(p.ticks-1)*p.tick
	}
	// Tick 0 is due at start, tick k at start + k ticks.
	lag := int64((now-p.start)/p.tick) + 1 - p.ticks
	if lag < 2 {
		return 0
	}
	n := int(min(lag, int64(p.maxTicks)))
	if room := max(p.maxTicks-p.frame, 0); n > room {
		n = room
	}
	if drop := lag - int64(n); drop > 0 {
		// The game falls behind real time by this much: it is never made up.
		p.start += time.Duration(drop) * p.tick
		p.dropped += int(drop)
	}
	p.ticks += int64(n)
	p.winTicks += n
	p.extra += n
	return n
}

// drawn ends the frame drawn at now and renews the pace once a second.
func (p *pacer) drawn(now time.Duration) {
	p.frame = 0
	p.paced = false
	if !p.started {
		return
	}
	p.frames++
	if d := now - p.winStart; d >= time.Second {
		s := d.Seconds()
		p.pace = Pace{FPS: float64(p.frames) / s, TPS: float64(p.winTicks) / s, CatchUp: p.extra, Dropped: p.dropped, Slow: p.dropped > 0}
		p.winStart, p.frames, p.winTicks, p.extra, p.dropped = now, 0, 0, 0, 0
		p.paced = true
	}
}

// catchUp runs the catch-up ticks the frame owes before it is drawn (see
// pacer).
func (a *adapter) catchUp() {
	if tps := ebiten.TPS(); tps != a.tps || a.pace.tick == 0 {
		a.tps = tps
		a.pace.reset(tps, a.cfg.MaxTicksPerFrame)
	}
	if a.tps <= 0 {
		return // ticks stopped, or one per frame
	}
	for n := a.pace.owed(a.now()); n > 0 && a.crashed == nil; n-- {
		a.crashed = a.tick(true)
	}
}

// paced ends the frame's pacing and passes a new pace on to the hooks.
func (a *adapter) paced() {
	a.pace.drawn(a.now())
	if p, ok := a.cfg.Hooks.(Pacer); ok && a.pace.paced {
		p.SetPace(a.pace.pace)
	}
}

// monotonic returns a clock: the time since it was made.
func monotonic() func() time.Duration {
	epoch := time.Now()
	return func() time.Duration { return time.Since(epoch) }
}

// tick runs one tick within the hooks: the game's Update or, for a
// catch-up tick, its CatchUp if it has one. A panic skips UpdateEnd: it
// ends the loop.
func (a *adapter) tick(catchUp bool) error {
	h := a.cfg.Hooks
	if h != nil {
		h.UpdateBegin()
	}
	var err error
	if g, ok := a.game.(CatchUpGame); ok && catchUp {
		err = g.CatchUp()
	} else {
		err = a.game.Update()
	}
	if h != nil {
		h.UpdateEnd()
	}
	return err
}
