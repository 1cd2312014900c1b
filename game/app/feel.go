package app

import (
	"math"
	"time"

	"swarmfield/assets"
	"swarmfield/engine/text"
	"swarmfield/game"
	"swarmfield/math/geom"
)

// The feedback's sizes and lengths, in field units and ticks.
const (
	shakeGameOver = 12   // shake amplitude when the run ends
	shakeWave     = 3    // and when a wave arrives
	shakeDecay    = 0.9  // per tick
	flashGameOver = 0.55 // flash opacity when the run ends
	flashWave     = 0.12
	flashDecay    = 0.8
	hitStopTicks  = 8  // the world holds still before the game-over screen
	greyTicks     = 45 // the field's fade to grey
	popTicks      = 45 // a "+1" rises for this long
	popRise       = 0.8
	pulseDecay    = 0.88
	// glideTicks is how long the drawn player takes to glide to its new
	// position: a held key's cadence, so held moves glide without pause.
	glideTicks = game.MoveRepeatTicks
	// wrapJump is a hazard's move between two ticks beyond which it
	// wrapped around the field, and is drawn where it is, not in between.
	wrapJump = 100
)

// pop is a "+1" rising from a taken orb.
type pop struct {
	x, y float32
	age  int
	on   bool
}

// feel is the presentation's feedback: screen shake and flash, hit-stop,
// the grey fade at game over, rising "+1"s, the score's pulse and smooth
// motion. It reads the run and never writes to it, so the simulation and
// its state hash are the same with or without it.
type feel struct {
	reduce       bool // reduce motion: no shake, no flash, no animated fade
	shake, flash float32
	hold         int     // hit-stop ticks left
	grey         float32 // 0 to 1, how grey the field is
	pulse        float32 // the score's pulse, 1 to 0
	pops         [8]pop
	nextPop      int

	// Smooth motion: the drawn player glides from (fromX, fromY) to the
	// run's position over glideTicks; hazards are drawn between their
	// positions at the last two ticks (prevX, prevY and the run's), at
	// how far the frame is into the tick.
	run            *game.Run
	fromX, fromY   float32
	toX, toY       float32
	since          int
	prevX, prevY   []float32
	seenX, seenY   []float32
	drawnX, drawnY []float32
	tickAt         time.Time
	alpha          float32 // how far the frame is into the tick, 0 to 1
	playing        bool    // the latest tick advanced the run
	lastTick       uint64
}

// tick follows one tick of the session; it reports whether hit-stop holds
// the world still.
func (f *feel) tick(s *game.Session) bool {
	r := s.Run
	f.tickAt = time.Now()
	if r != f.run {
		f.run, f.lastTick = r, r.Tick
		f.fromX, f.fromY, f.toX, f.toY, f.since = r.PlayerX, r.PlayerY, r.PlayerX, r.PlayerY, glideTicks
		f.prevX, f.prevY, f.seenX, f.seenY = f.prevX[:0], f.prevY[:0], f.seenX[:0], f.seenY[:0]
	}
	f.playing = r.Tick != f.lastTick
	f.lastTick = r.Tick
	if f.playing {
		if r.Events&game.EventOrb != 0 {
			f.pops[f.nextPop] = pop{x: r.TakenX, y: r.TakenY, on: true}
			f.nextPop = (f.nextPop + 1) % len(f.pops)
			f.pulse = 1
		}
		if r.Events&game.EventWave != 0 {
			f.kick(shakeWave, flashWave)
		}
		if r.Events&game.EventGameOver != 0 {
			f.kick(shakeGameOver, flashGameOver)
			f.hold = hitStopTicks
		}
		f.followPlayer(r)
		f.followHazards(r)
	}
	for i := range f.pops {
		if f.pops[i].age++; f.pops[i].age >= popTicks {
			f.pops[i].on = false
		}
	}
	f.pulse *= pulseDecay
	if f.hold > 0 {
		f.hold--
		return true
	}
	f.shake *= shakeDecay
	if f.shake < 0.3 {
		f.shake = 0
	}
	f.flash *= flashDecay
	if f.flash < 0.02 {
		f.flash = 0
	}
	switch {
	case s.Scene != game.SceneGameOver:
		f.grey = 0
	case f.reduce:
		f.grey = 1
	default:
		f.grey = min(1, f.grey+1.0/greyTicks)
	}
	return false
}

// kick starts a shake and a flash, unless motion is reduced.
func (f *feel) kick(shake, flash float32) {
	if f.reduce {
		return
	}
	f.shake, f.flash = max(f.shake, shake), max(f.flash, flash)
}

// setReduce turns reduced motion on or off, stopping any shake and flash.
func (f *feel) setReduce(on bool) {
	f.reduce = on
	if on {
		f.shake, f.flash = 0, 0
	}
}

// followPlayer starts a glide when the player moved this tick.
func (f *feel) followPlayer(r *game.Run) {
	if r.PlayerX == f.toX && r.PlayerY == f.toY {
		f.since++
		return
	}
	f.fromX, f.fromY = f.player()
	f.toX, f.toY, f.since = r.PlayerX, r.PlayerY, 0
}

// followHazards keeps the hazards' positions of the last two ticks.
func (f *feel) followHazards(r *game.Run) {
	f.prevX, f.seenX = f.seenX, f.prevX
	f.prevY, f.seenY = f.seenY, f.prevY
	hx, hy := r.Hazards.X, r.Hazards.Y
	f.seenX = sized(f.seenX, len(hx), cap(hx))
	f.seenY = sized(f.seenY, len(hy), cap(hy))
	copy(f.seenX, hx)
	copy(f.seenY, hy)
}

// sized returns s with length n, made anew with capacity c if it is too
// small: the swarm's own capacity, so that these copies allocate only when
// the swarm does.
func sized(s []float32, n, c int) []float32 {
	if cap(s) < n {
		return make([]float32, n, max(n, c))
	}
	return s[:n]
}

// beginFrame measures how far this frame is into the current tick.
func (f *feel) beginFrame(s *game.Session) {
	f.alpha = 1
	if s.Scene == game.ScenePlaying && !f.tickAt.IsZero() {
		f.alpha = min(1, float32(time.Since(f.tickAt).Seconds()*game.TicksPerSecond))
	}
}

// player returns where to draw the player this frame.
func (f *feel) player() (float32, float32) {
	t := min(1, (float32(f.since)+f.alpha)/glideTicks)
	return f.fromX + (f.toX-f.fromX)*t, f.fromY + (f.toY-f.fromY)*t
}

// hazards returns where to draw the hazards this frame: between their
// last two ticks' positions where both are known and they did not wrap.
func (f *feel) hazards(r *game.Run) (x, y []float32) {
	hx, hy := r.Hazards.X, r.Hazards.Y
	n := len(hx)
	if f.alpha >= 1 || len(f.prevX) == 0 {
		return hx, hy
	}
	f.drawnX = sized(f.drawnX, n, cap(hx))
	f.drawnY = sized(f.drawnY, n, cap(hy))
	a := f.alpha
	for i := range n {
		x, y := hx[i], hy[i]
		if i < len(f.prevX) {
			px, py := f.prevX[i], f.prevY[i]
			if dx, dy := x-px, y-py; dx < wrapJump && dx > -wrapJump && dy < wrapJump && dy > -wrapJump {
				x, y = px+float32(dx*a), py+float32(dy*a)
			}
		}
		f.drawnX[i], f.drawnY[i] = x, y
	}
	return f.drawnX, f.drawnY
}

// offset returns this frame's shake offset in field units; frame numbers
// the frames drawn.
func (f *feel) offset(frame int) (float32, float32) {
	if f.shake == 0 {
		return 0, 0
	}
	t := float64(frame)
	return f.shake * float32(math.Sin(t*1.9)), f.shake * float32(math.Cos(t*2.7))
}

// shakeView adds the shake to both batches' view transforms: the field
// and everything on it move together, each quad as it is written.
func (a *App) shakeView() {
	ox, oy := a.view.feel.offset(a.frames)
	if ox == 0 && oy == 0 {
		return
	}
	fit := a.dev.fit
	view := geom.Identity().Translate(ox, oy).Scale(fit.Scale, fit.Scale).Translate(fit.X, fit.Y)
	a.view.sprites.SetView(view)
	a.view.glyphs.SetView(view)
}

// drawFeel adds the rising "+1"s and the flash.
func (v *view) drawFeel() {
	f := &v.feel
	for _, p := range f.pops {
		if !p.on {
			continue
		}
		fade := 1 - float32(p.age)/popTicks
		text.DrawAligned(v.glyphs, "+1", p.x, p.y-20-float32(p.age)*popRise, 2, text.Center, gold.Alpha(fade))
	}
	if f.flash > 0 {
		v.sprites.AddRect(assets.White, 0, 0, game.FieldWidth, game.FieldHeight, white.Alpha(f.flash).Additive())
	}
}
