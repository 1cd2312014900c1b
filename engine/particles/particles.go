// Package particles is a small particle system in structure-of-arrays
// form: bursts of sparks that fly apart, slow down, spin and shrink away.
// Each step updates every particle through the math/batch kernels, and a
// sprite batch draws them all at once from the same slices.
package particles

import (
	"math/rand/v2"

	"swarmfield/math/batch"
	"swarmfield/math/geom"
	"swarmfield/math/soa"
)

// Tuning of how particles move and fade, per step.
const (
	drag    = 0.92 // velocity kept
	shrink  = 0.94 // size kept
	minSize = 0.05 // smaller particles are removed
)

// System holds up to a fixed number of particles. Positions and sizes are
// in the caller's units; Scale is a sprite scale.
type System struct {
	X, Y   []float32
	VX, VY []float32
	Rot    []float32
	Spin   []float32
	Scale  []float32

	pcg rand.PCG
	rng *rand.Rand
}

// New returns an empty system with room for capacity particles; seed makes
// bursts reproducible.
func New(capacity int, seed uint64) *System {
	s := &System{}
	soa.Make(capacity, &s.X, &s.Y, &s.VX, &s.VY, &s.Rot, &s.Spin, &s.Scale)
	s.pcg.Seed(seed, seed^0x9e3779b97f4a7c15)
	s.rng = rand.New(&s.pcg)
	return s
}

// Len returns the number of live particles.
func (s *System) Len() int { return len(s.X) }

// Burst emits n particles from (x, y) in random directions, with speeds
// up to speed units per step and sprite scales up to size. Particles that
// do not fit are dropped.
func (s *System) Burst(x, y float32, n int, speed, size float32) {
	for range min(n, cap(s.X)-len(s.X)) {
		d := geom.InUnitDisc(s.rng, 0.0001)
		v := speed * (0.4 + 0.6*s.rng.Float32())
		s.X = append(s.X, x)
		s.Y = append(s.Y, y)
		s.VX = append(s.VX, float32(d.X*v))
		s.VY = append(s.VY, float32(d.Y*v))
		s.Rot = append(s.Rot, 6.2831855*s.rng.Float32())
		s.Spin = append(s.Spin, 0.3*(s.rng.Float32()-0.5))
		s.Scale = append(s.Scale, size*(0.5+0.5*s.rng.Float32()))
	}
}

// Step advances every particle by one step and removes those that have
// faded away. It allocates nothing.
func (s *System) Step() {
	batch.Add(s.X, s.X, s.VX)
	batch.Add(s.Y, s.Y, s.VY)
	batch.Scale(s.VX, s.VX, drag)
	batch.Scale(s.VY, s.VY, drag)
	batch.Add(s.Rot, s.Rot, s.Spin)
	batch.Scale(s.Scale, s.Scale, shrink)
	for i := 0; i < len(s.X); {
		if s.Scale[i] >= minSize {
			i++
			continue
		}
		soa.SwapRemove(i, &s.X, &s.Y, &s.VX, &s.VY, &s.Rot, &s.Spin, &s.Scale)
	}
}

// Clear removes every particle.
func (s *System) Clear() {
	soa.Truncate(0, &s.X, &s.Y, &s.VX, &s.VY, &s.Rot, &s.Spin, &s.Scale)
}
