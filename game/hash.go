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
// float32 slice is preceded by its length. It allocates nothing: the bytes
// go to the hasher through a scratch buffer of hashChunk bytes.
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
		b = hashFloats(h, b, f)
	}
	const hazardBytes = 1 + 8 // variant and warm-up
	for i := range s.Variant {
		b = reserve(h, b, hazardBytes)
		b = append(b, s.Variant[i])
		b = binary.LittleEndian.AppendUint64(b, uint64(s.Warmup[i]))
	}
	b = hashFloats(h, b, r.OrbX[:])
	b = hashFloats(h, b, r.OrbY[:])
	r.hashBuf = flush(h, b)
	return h.Sum64()
}

// hashChunk is the size of Hash's scratch buffer.
const hashChunk = 4096

// hashFloats appends len(s) and then every element's bits to b, writing b
// to h whenever it is full, and returns what is left of b.
func hashFloats(h hash.Hash64, b []byte, s []float32) []byte {
	b = binary.LittleEndian.AppendUint64(reserve(h, b, 8), uint64(len(s)))
	for len(s) > 0 {
		b = reserve(h, b, 4)
		n := min(len(s), (hashChunk-len(b))/4)
		for _, v := range s[:n] {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
		}
		s = s[n:]
	}
	return b
}

// reserve writes b to h first if n more bytes would not fit in its
// hashChunk bytes, and returns b, emptied if written.
func reserve(h hash.Hash64, b []byte, n int) []byte {
	if len(b)+n > hashChunk {
		return flush(h, b)
	}
	return b
}

// flush writes b to h and returns b emptied, keeping its capacity.
func flush(h hash.Hash64, b []byte) []byte {
	h.Write(b)
	return b[:0]
}
