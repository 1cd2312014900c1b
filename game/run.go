package game

import (
	"fmt"
	"hash"
	"hash/fnv"
	"math/rand/v2"

	"swarmfield/engine/perf"
	"swarmfield/math/geom"
)

// Sizes of the things on the field, in field units.
const (
	PlayerRadius    = 10
	OrbRadius       = 9
	MinHazardRadius = 7
	MaxHazardRadius = 16
)

// Limits of the swarm.
const (
	// DefaultStartHazards is how many hazards a normal run starts with.
	DefaultStartHazards = 6
	// MaxGrownHazards is how large the swarm grows in a normal run.
	MaxGrownHazards = 300
	// MaxStartHazards caps the hazards a stress run may start with.
	MaxStartHazards = 200_000
	// WaveTicks is the time between two waves of new hazards.
	WaveTicks = 5 * TicksPerSecond
	// WarmupTicks is how long a new hazard fades in, harmless.
	WarmupTicks = TicksPerSecond
	// NumOrbs is how many orbs are on the field at once.
	NumOrbs = 3
)

// TicksPerSecond is the fixed simulation rate.
const TicksPerSecond = 60

// Options choose how a run starts. Together with the inputs they decide
// everything that happens in it.
type Options struct {
	// Seed seeds the run's random numbers.
	Seed uint64
	// StartHazards is the size of the swarm at the start; 0 means
	// DefaultStartHazards.
	StartHazards int
	// Invulnerable makes hazards harmless, for stress runs. Leaving the
	// field still ends the run.
	Invulnerable bool
}

// Validate reports options that are out of range.
func (o Options) Validate() error {
	if o.StartHazards < 0 || o.StartHazards > MaxStartHazards {
		return fmt.Errorf("hazards must be between 0 and %d, got %d", MaxStartHazards, o.StartHazards)
	}
	return nil
}

// Events are what happened in a tick, for sound and particles.
type Events uint8

// The events of a tick.
const (
	EventOrb      Events = 1 << iota // an orb was taken
	EventGameOver                    // the run ended
	EventWave                        // a wave of hazards arrived
)

// Instruments time the phases of a tick for a performance monitor. Timing
// reads the clock but never changes what the simulation computes.
type Instruments struct {
	Monitor        *perf.Monitor
	Swarm, Collide perf.Phase
}

// Run is one run of the game, from the first tick to game over.
type Run struct {
	GameState

	// Tick counts the ticks played.
	Tick uint64
	// Events holds what happened in the latest tick.
	Events Events
	// Hazards is the swarm.
	Hazards Swarm
	// OrbX and OrbY are the orbs' centres.
	OrbX, OrbY [NumOrbs]float32
	// TakenX and TakenY are where the latest orb was taken, for effects.
	TakenX, TakenY float32
	// Instruments, if set, times the swarm step and the collision tests.
	Instruments *Instruments

	opts    Options
	pcg     rand.PCG
	rng     *rand.Rand
	mover   mover
	wave    int
	col     collider
	forEach func(n, chunk int, fn func(lo, hi int))
	stepFn  func(lo, hi int)
	hasher  hash.Hash64 // FNV-1a, for Hash
	hashBuf []byte      // Hash's scratch, reused
}

// NewRun starts a run. Options must be valid (see Options.Validate).
func NewRun(opts Options) *Run {
	start := opts.StartHazards
	if start == 0 {
		start = DefaultStartHazards
	}
	capacity := max(start, MaxGrownHazards)
	r := &Run{
		GameState: NewGameState(),
		Hazards:   newSwarm(capacity),
		opts:      opts,
		col:       newCollider(capacity),
		hasher:    fnv.New64a(),
		hashBuf:   make([]byte, 0, hashChunk),
	}
	r.pcg.Seed(opts.Seed, opts.Seed^0x5357_4152_4d46_4c44) // "SWARMFLD"
	r.rng = rand.New(&r.pcg)
	r.stepFn = r.Hazards.step
	for range start {
		r.spawnHazard(0)
	}
	for i := range NumOrbs {
		r.placeOrb(i)
	}
	return r
}

// Options returns the options the run started with.
func (r *Run) Options() Options { return r.opts }

// CollisionStats returns the latest tick's collision work: the hazards the
// batch kernels kept as candidates near the player, and the exact tests
// run.
func (r *Run) CollisionStats() (candidates, tests int) { return r.col.Candidates, r.col.Tests }

// SetParallel makes the swarm step run its chunks through forEach, such as
// a worker pool's parallel-for. Results are identical to the serial step.
// A nil forEach restores the serial step.
func (r *Run) SetParallel(forEach func(n, chunk int, fn func(lo, hi int))) {
	r.forEach = forEach
}

// swarmChunk is how many hazards one parallel chunk steps.
const swarmChunk = 4096

// Step advances the run by one tick with the given input. It does nothing
// once the run is over.
func (r *Run) Step(in Input) {
	r.Events = 0
	if r.GameOver {
		return
	}
	r.Tick++
	r.mover.commands(in, &r.GameState)

	ins := r.Instruments
	var start perf.Stamp
	if ins != nil {
		start = ins.Monitor.Begin(ins.Swarm)
	}
	if n := r.Hazards.Len(); r.forEach != nil && n > swarmChunk {
		r.forEach(n, swarmChunk, r.stepFn)
	} else {
		r.Hazards.step(0, n)
	}
	r.Hazards.warm()
	if ins != nil {
		ins.Monitor.End(ins.Swarm, start)
		start = ins.Monitor.Begin(ins.Collide)
		defer ins.Monitor.End(ins.Collide, start)
	}

	if r.Tick%WaveTicks == 0 {
		r.nextWave()
	}

	if r.GameOver { // left the field
		r.Events |= EventGameOver
		return
	}
	if r.col.hitHazard(r.PlayerX, r.PlayerY, &r.Hazards) && !r.opts.Invulnerable {
		r.GameOver = true
		r.Events |= EventGameOver
		return
	}
	for i := range NumOrbs {
		if r.col.touching(r.PlayerX, r.PlayerY, r.OrbX[i], r.OrbY[i], OrbRadius) {
			r.Score++
			r.Events |= EventOrb
			r.TakenX, r.TakenY = r.OrbX[i], r.OrbY[i]
			r.placeOrb(i)
		}
	}
}

// nextWave adds a wave of hazards, more each time, up to MaxGrownHazards.
func (r *Run) nextWave() {
	r.wave++
	count := 3 + r.wave/2
	added := false
	for range count {
		if r.Hazards.Len() >= MaxGrownHazards {
			break
		}
		r.spawnHazard(WarmupTicks)
		added = true
	}
	if added {
		r.Events |= EventWave
	}
}

// between returns a random float32 in [lo, hi).
func (r *Run) between(lo, hi float32) float32 {
	return lo + float32(r.rng.Float32()*(hi-lo))
}

// spawnHazard adds a hazard away from the player, moving in a random
// direction at a speed that grows with the waves.
func (r *Run) spawnHazard(warmup uint16) {
	radius := r.between(MinHazardRadius, MaxHazardRadius)
	x, y := r.awayFromPlayer(radius, 180)
	// A random direction: a point in the unit disc, scaled to the speed.
	d := geom.InUnitDisc(r.rng, 0.01)
	speed := r.between(0.7, 1.6) + min(float32(r.wave)*0.03, 0.9)
	scale := speed / sqrt32(d.LenSq())
	spin := r.between(-0.12, 0.12)
	variant := uint8(r.rng.IntN(3))
	r.Hazards.add(x, y, float32(d.X*scale), float32(d.Y*scale), r.between(0, twoPi), spin, radius, variant, warmup)
}

// placeOrb moves orb i to a random spot away from the player.
func (r *Run) placeOrb(i int) {
	r.OrbX[i], r.OrbY[i] = r.awayFromPlayer(40, 140)
}

// awayFromPlayer picks a random point at least margin from the walls and,
// within a bounded number of tries, at least minDist from the player.
func (r *Run) awayFromPlayer(margin, minDist float32) (x, y float32) {
	for range 32 {
		x = r.between(margin, FieldWidth-margin)
		y = r.between(margin, FieldHeight-margin)
		dx, dy := x-r.PlayerX, y-r.PlayerY
		if float32(dx*dx)+float32(dy*dy) >= minDist*minDist {
			break
		}
	}
	return x, y
}
