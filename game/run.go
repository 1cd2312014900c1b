package game

import (
	"fmt"
	"hash"
	"hash/fnv"
	"math/rand/v2"

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

// Phase is a part of a tick that Instruments time.
type Phase uint8

// The phases of a tick.
const (
	PhaseSwarm   Phase = iota // stepping the swarm, and culling it on a worker pool
	PhaseCollide              // the waves, the collision tests and the orbs
)

// Instruments time the phases of a tick for a performance monitor: Begin
// and End bracket each phase. Timing reads the clock but never changes
// what the simulation computes.
type Instruments interface {
	Begin(Phase)
	End(Phase)
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
	// Instruments, if set, time the swarm step and the collision tests.
	Instruments Instruments

	opts    Options
	pcg     rand.PCG
	rng     *rand.Rand
	mover   mover
	wave    int
	col     collider
	forEach func(n, chunk int, fn func(lo, hi int))
	stepFn  func(lo, hi int) // stepAndCull, the chunk function given to forEach
	hasher  hash.Hash64      // FNV-1a, for Hash
	hashBuf []byte           // Hash's scratch, reused
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
	r.stepFn = r.stepAndCull
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
// A nil forEach restores the serial step. The first call for a swarm that
// can hold more than one chunk makes the per-chunk candidate buffers, four
// int32 a hazard of capacity, so that no tick allocates.
func (r *Run) SetParallel(forEach func(n, chunk int, fn func(lo, hi int))) {
	r.forEach = forEach
	if forEach != nil && r.Hazards.Cap() > swarmChunk {
		r.col.byChunk.prepare(r.Hazards.Cap())
	}
}

// swarmChunk is how many hazards one parallel chunk steps.
const swarmChunk = 4096

// Step advances the run by one tick with the given input. It does nothing
// once the run is over.
//
// The swarm moves first; then the player takes each of the tick's move
// commands in turn, and every position the player takes is checked against
// the field and the moved swarm. The run ends at the first position that
// leaves the field or touches a dangerous hazard, and later commands of
// that tick are not taken. Without a command, the player's position is
// checked where it is.
func (r *Run) Step(in Input) {
	r.Events = 0
	if r.GameOver {
		return
	}
	r.Tick++
	cmds, n := r.mover.commands(in)

	ins := r.Instruments
	if ins != nil {
		ins.Begin(PhaseSwarm)
	}
	// Through forEach, each chunk is culled near the positions the player
	// will take right after it is stepped (see chunkCull).
	r.col.culled = r.forEach != nil && r.Hazards.Len() > swarmChunk
	if r.col.culled {
		r.col.byChunk.plan(r.GameState, cmds[:n])
		r.forEach(r.Hazards.Len(), swarmChunk, r.stepFn)
	} else {
		r.Hazards.step(0, r.Hazards.Len())
	}
	r.Hazards.warm()
	if ins != nil {
		ins.End(PhaseSwarm)
		ins.Begin(PhaseCollide)
		defer ins.End(PhaseCollide)
	}

	r.col.Candidates, r.col.Tests = 0, 0
	if n == 0 {
		r.checkHazards(0)
	}
	for j, d := range cmds[:n] {
		if r.Move(d); r.GameOver { // left the field
			break
		}
		if r.checkHazards(j); r.GameOver {
			break
		}
	}

	// A wave spawns hazards that are still warming up, so it cannot end
	// the run; it comes after the moves because it avoids the player.
	if r.Tick%WaveTicks == 0 {
		r.nextWave()
	}

	if r.GameOver {
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

// checkHazards ends the run if the player, at the tick's position j,
// touches a dangerous hazard, unless the run is invulnerable.
func (r *Run) checkHazards(j int) {
	if r.col.hitHazard(r.PlayerX, r.PlayerY, &r.Hazards, j) && !r.opts.Invulnerable {
		r.GameOver = true
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
