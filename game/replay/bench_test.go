package replay

import (
	"math/rand/v2"
	"testing"
)

// hourOfBusyPlay records an hour of the busy input pattern.
func hourOfBusyPlay() *Recorder {
	rng := rand.New(rand.NewPCG(1, 2))
	rec := NewRecorder(Header{Version: "bench"})
	var held Input
	for tick := range hourTicks {
		rec.Record(busyInput(rng, tick, &held))
		if (tick+1)%CheckpointInterval == 0 {
			rec.Checkpoint(uint64(tick+1), rng.Uint64())
		}
	}
	return rec
}

// BenchmarkRecord measures recording one tick of busy play.
func BenchmarkRecord(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	inputs := make([]Input, 6000)
	var held Input
	for i := range inputs {
		inputs[i] = busyInput(rng, i, &held)
	}
	rec := NewRecorder(Header{})
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		rec.Record(inputs[i])
		if i++; i == len(inputs) {
			i = 0
		}
	}
}

// BenchmarkCursorNext measures replaying one tick of busy play.
func BenchmarkCursorNext(b *testing.B) {
	rp := hourOfBusyPlay().Replay()
	c := rp.Cursor()
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := c.Next(); !ok {
			c = rp.Cursor()
		}
	}
}

// BenchmarkMarshalHour measures encoding an hour of busy play.
func BenchmarkMarshalHour(b *testing.B) {
	rp := hourOfBusyPlay().Replay()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rp.MarshalBinary(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHour measures decoding an hour of busy play.
func BenchmarkParseHour(b *testing.B) {
	data, err := hourOfBusyPlay().MarshalBinary()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}
