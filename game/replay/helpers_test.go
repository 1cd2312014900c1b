package replay

import (
	"encoding/binary"
	"hash/crc32"
	"math/rand/v2"
	"testing"
)

// recording is a run recorded by record, with the inputs fed to it.
type recording struct {
	rec    *Recorder
	inputs []Input
	hashes []uint64
}

// record records ticks random inputs that are held for random spans, with
// a checkpoint every CheckpointInterval ticks.
func record(t testing.TB, seed uint64, ticks int) recording {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 99))
	h := Header{Version: "v0.3.1-test", Seed: seed, StartHazards: 12, Flags: 5}
	r := recording{rec: NewRecorder(h)}
	var in Input
	for tick := 1; tick <= ticks; tick++ {
		if rng.IntN(8) == 0 {
			in = Input(rng.Uint32())
		}
		r.rec.Record(in)
		r.inputs = append(r.inputs, in)
		if tick%CheckpointInterval == 0 {
			hash := rng.Uint64()
			if err := r.rec.Checkpoint(uint64(tick), hash); err != nil {
				t.Fatal(err)
			}
			r.hashes = append(r.hashes, hash)
		}
	}
	r.rec.Finish(uint32(rng.IntN(1e6)), rng.Uint64())
	return r
}

// marshal encodes the recording.
func (r recording) marshal(t testing.TB) []byte {
	t.Helper()
	b, err := r.rec.MarshalBinary()
	if err != nil {
		t.Fatalf("MarshalBinary: %v", err)
	}
	return b
}

// craft assembles a replay file from raw parts that follow the format
// version, and appends a valid CRC.
func craft(parts ...[]byte) []byte {
	b := []byte(Magic)
	b = binary.LittleEndian.AppendUint16(b, FormatVersion)
	for _, p := range parts {
		b = append(b, p...)
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// uv encodes values as consecutive uvarints.
func uv(values ...uint64) []byte {
	var b []byte
	for _, v := range values {
		b = binary.AppendUvarint(b, v)
	}
	return b
}

func u32(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }
func u64(v uint64) []byte { return binary.LittleEndian.AppendUint64(nil, v) }

// rawHeader is an encoded header with version "v1", seed 7, 3 start
// hazards and flags 1; rawEnd is an encoded final score and hash.
var (
	rawHeader = append(append(uv(2), "v1"...), append(u64(7), append(u32(3), u32(1)...)...)...)
	rawEnd    = append(u32(1234), u64(0xfeedface)...)
)

// recordPattern records a run of ticks ticks: input gives each tick's
// input, hash each checkpoint's hash.
func recordPattern(t testing.TB, ticks int, input func(tick int) Input, hash func() uint64) *Replay {
	t.Helper()
	rec := NewRecorder(Header{Version: "v1.0.0", Seed: 77})
	for tick := range ticks {
		rec.Record(input(tick))
		if (tick+1)%CheckpointInterval == 0 {
			if err := rec.Checkpoint(uint64(tick+1), hash()); err != nil {
				t.Fatal(err)
			}
		}
	}
	rec.Finish(1234, hash())
	return rec.Replay()
}
