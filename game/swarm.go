package game

import (
	"swarmfield/math/batch"
	"swarmfield/math/soa"
)

// Swarm holds the hazards as structure-of-arrays slices, one element per
// hazard, so that a tick updates all of them through the batch kernels of
// math/batch.
type Swarm struct {
	X, Y    []float32 // centre, in field units
	VX, VY  []float32 // velocity, in units per tick
	Rot     []float32 // rotation in radians, kept in [0, 2π)
	Spin    []float32 // rotation per tick
	Radius  []float32 // collision radius, also the drawn size
	Variant []uint8   // which hazard sprite to draw
	Warmup  []uint16  // ticks left before the hazard becomes dangerous

	// warmed counts the leading hazards known to have finished warming up,
	// so that the warm-up count-down visits only the newer ones.
	warmed int
}

// twoPi bounds hazard rotations.
const twoPi = 6.2831855

// newSwarm returns an empty swarm with room for capacity hazards, so that
// growing it never allocates.
func newSwarm(capacity int) Swarm {
	var s Swarm
	soa.Make(capacity, &s.X, &s.Y, &s.VX, &s.VY, &s.Rot, &s.Spin, &s.Radius)
	soa.Make(capacity, &s.Variant)
	soa.Make(capacity, &s.Warmup)
	return s
}

// Len returns the number of hazards.
func (s *Swarm) Len() int { return len(s.X) }

// Cap returns how many hazards the swarm can hold.
func (s *Swarm) Cap() int { return cap(s.X) }

// Dangerous reports whether hazard i can end the run: it has finished
// fading in.
func (s *Swarm) Dangerous(i int) bool { return s.Warmup[i] == 0 }

// FirstWarming returns the index of the first hazard that may still be
// warming up: every hazard before it is dangerous.
func (s *Swarm) FirstWarming() int { return s.warmed }

// add appends one hazard; it reports false when the swarm is full.
func (s *Swarm) add(x, y, vx, vy, rot, spin, radius float32, variant uint8, warmup uint16) bool {
	if len(s.X) >= cap(s.X) {
		return false
	}
	s.X = append(s.X, x)
	s.Y = append(s.Y, y)
	s.VX = append(s.VX, vx)
	s.VY = append(s.VY, vy)
	s.Rot = append(s.Rot, rot)
	s.Spin = append(s.Spin, spin)
	s.Radius = append(s.Radius, radius)
	s.Variant = append(s.Variant, variant)
	s.Warmup = append(s.Warmup, warmup)
	return true
}

// step advances the hazards in [lo, hi) by one tick: integrate and bounce
// off the walls, then spin. Every element is independent, so chunks may run
// in parallel with bit-identical results.
func (s *Swarm) step(lo, hi int) {
	r := s.Radius[lo:hi]
	batch.Bounce(s.X[lo:hi], s.VX[lo:hi], r, 0, FieldWidth)
	batch.Bounce(s.Y[lo:hi], s.VY[lo:hi], r, 0, FieldHeight)
	rot := s.Rot[lo:hi]
	batch.AddWrap(rot, rot, s.Spin[lo:hi], twoPi)
}

// warm counts down the warm-up of every hazard still fading in. Hazards are
// appended in spawn order, so those that have finished form a prefix that
// grows over time; it is skipped.
func (s *Swarm) warm() {
	w := s.Warmup
	for s.warmed < len(w) && w[s.warmed] == 0 {
		s.warmed++
	}
	for i := s.warmed; i < len(w); i++ {
		if w[i] > 0 {
			w[i]--
		}
	}
}

// SwarmStep returns the chunk function that steps a swarm of n hazards,
// placed as a run starting with n hazards places them, and culls it near
// the player, and the chunk length that a run's step uses: scratch work
// for timing the swarm's parallel-for (parallel.Pool.Calibrate) before any
// run, without touching one. n is clamped to [1, MaxStartHazards].
func SwarmStep(n int) (step func(lo, hi int), chunk int) {
	r := NewRun(Options{Seed: 1, StartHazards: min(max(n, 1), MaxStartHazards), Invulnerable: true})
	r.col.byChunk.prepare(r.Hazards.Cap())
	r.col.byChunk.plan(r.GameState, nil)
	return r.stepFn, swarmChunk
}
