package game

import (
	"math"
)

// FNV-1a, 64-bit.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

type fnv64 uint64

func (h *fnv64) byte(b byte) { *h = (*h ^ fnv64(b)) * fnvPrime }

func (h *fnv64) u64(v uint64) {
	for range 8 {
		h.byte(byte(v))
		v >>= 8
	}
}

func (h *fnv64) f32s(s []float32) {
	h.u64(uint64(len(s)))
	for _, v := range s {
		b := math.Float32bits(v)
		h.byte(byte(b))
		h.byte(byte(b >> 8))
		h.byte(byte(b >> 16))
		h.byte(byte(b >> 24))
	}
}

// Hash returns an FNV-1a hash of everything that decides the run's future:
// the tick, the player, the score, the random number generator, the held
// keys' cadence, the swarm and the orbs. Two runs with the same hash play
// on identically. It allocates nothing.
func (r *Run) Hash() uint64 {
	h := fnv64(fnvOffset)
	h.u64(r.Tick)
	h.u64(uint64(math.Float32bits(r.PlayerX)))
	h.u64(uint64(math.Float32bits(r.PlayerY)))
	h.u64(uint64(r.Score))
	if r.GameOver {
		h.byte(1)
	} else {
		h.byte(0)
	}
	r.hashBuf, _ = r.pcg.AppendBinary(r.hashBuf[:0])
	for _, b := range r.hashBuf {
		h.byte(b)
	}
	for _, t := range r.mover.held {
		h.byte(t)
	}
	h.u64(uint64(r.wave))
	s := &r.Hazards
	h.f32s(s.X)
	h.f32s(s.Y)
	h.f32s(s.VX)
	h.f32s(s.VY)
	h.f32s(s.Rot)
	h.f32s(s.Spin)
	h.f32s(s.Radius)
	for i := range s.Variant {
		h.byte(s.Variant[i])
		h.u64(uint64(s.Warmup[i]))
	}
	h.f32s(r.OrbX[:])
	h.f32s(r.OrbY[:])
	return uint64(h)
}
