package game

import (
	"encoding/binary"
	"hash"
	"math"
)

// Hash returns an FNV-1a hash (hash/fnv) of everything that decides the
// run's future: the tick, the player, the score, the random number
// generator, the held keys' cadence, the swarm and the orbs. Two runs with
// the same hash play on identically. Numbers go in little-endian; each
// float32 slice is preceded by its length. It allocates nothing once the
// run's hash buffer has grown to the swarm's size.
func (r *Run) Hash() uint64 {
	h := r.hasher
	h.Reset()
	b := r.hashBuf[:0]
	b = binary.LittleEndian.AppendUint64(b, r.Tick)
	b = binary.LittleEndian.AppendUint64(b, uint64(math.Float32bits(r.PlayerX)))
	b = binary.LittleEndian.AppendUint64(b, uint64(math.Float32bits(r.PlayerY)))
	b = binary.LittleEndian.AppendUint64(b, uint64(r.Score))
	if r.GameOver {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b, _ = r.pcg.AppendBinary(b)
	b = append(b, r.mover.held[:]...)
	b = binary.LittleEndian.AppendUint64(b, uint64(r.wave))
	b = flush(h, b)
	s := &r.Hazards
	for _, f := range [...][]float32{s.X, s.Y, s.VX, s.VY, s.Rot, s.Spin, s.Radius} {
		b = flush(h, appendFloats(b, f))
	}
	for i := range s.Variant {
		b = append(b, s.Variant[i])
		b = binary.LittleEndian.AppendUint64(b, uint64(s.Warmup[i]))
	}
	b = flush(h, b)
	b = appendFloats(b, r.OrbX[:])
	b = appendFloats(b, r.OrbY[:])
	r.hashBuf = flush(h, b)
	return h.Sum64()
}

// appendFloats appends len(s) and then every element's bits.
func appendFloats(b []byte, s []float32) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s)))
	for _, v := range s {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	return b
}

// flush writes b to h and returns b emptied, keeping its capacity.
func flush(h hash.Hash64, b []byte) []byte {
	h.Write(b)
	return b[:0]
}
