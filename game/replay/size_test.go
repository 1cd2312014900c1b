package replay

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// hourTicks is an hour of play at 60 ticks per second.
const hourTicks = 60 * 60 * 60

// tapBit is the key tapped in the busy pattern.
const tapBit Input = 1 << 15

// busyInput returns the input of a tick in an hour of very busy play: the
// held keys change every 6 ticks to a random 15-bit set, so that most
// inputs take the longest varint, and a key is tapped every 3 ticks, which
// gives 4 runs per 6 ticks.
func busyInput(rng *rand.Rand, tick int, held *Input) Input {
	if tick%6 == 0 {
		*held = Input(rng.Uint32()) &^ tapBit
	}
	if tick%3 == 0 {
		return *held | tapBit
	}
	return *held
}

// mashInput returns a different random input on every tick: the worst case
// for the run-length encoding.
func mashInput(rng *rand.Rand, tick int, held *Input) Input {
	*held = (*held + 1 + Input(rng.IntN(0x7fff))) | 0x4000
	return *held
}

func TestHourFitsInOneMegabyte(t *testing.T) {
	const limit = 1_000_000
	for _, pattern := range []struct {
		name   string
		input  func(*rand.Rand, int, *Input) Input
		recMem bool // whether the recorder itself must stay under the limit
	}{{"busy", busyInput, true}, {"new input every tick", mashInput, false}} {
		t.Run(pattern.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 2))
			rec := NewRecorder(Header{Version: "v1.0.0", Seed: 77})
			var held Input
			var inputs []Input
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for tick := range hourTicks {
				rec.Record(pattern.input(rng, tick, &held))
				if (tick+1)%CheckpointInterval == 0 {
					if err := rec.Checkpoint(uint64(tick+1), rng.Uint64()); err != nil {
						t.Fatal(err)
					}
				}
			}
			runtime.ReadMemStats(&after)
			allocs := after.Mallocs - before.Mallocs
			rng = rand.New(rand.NewPCG(1, 2))
			held = 0
			for tick := range hourTicks {
				inputs = append(inputs, pattern.input(rng, tick, &held))
				if (tick+1)%CheckpointInterval == 0 {
					rng.Uint64()
				}
			}
			rec.Finish(123456, 42)
			data, err := rec.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			rp, err := Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(inputsOf(rp), inputs) {
				t.Fatal("inputs differ after the round trip")
			}
			recMem := cap(rec.runs) + 8*cap(rec.checkpoints)
			rpMem := cap(rp.runs) + 8*cap(rp.Checkpoints)
			t.Logf("%d ticks, %d runs: file %d bytes, parsed replay %d bytes, recorder %d bytes after %d allocations",
				rp.Ticks, rp.Runs(), len(data), rpMem, recMem, allocs)
			if len(data) >= limit {
				t.Errorf("file is %d bytes, want under %d", len(data), limit)
			}
			if rpMem >= limit {
				t.Errorf("parsed replay holds %d bytes, want under %d", rpMem, limit)
			}
			if pattern.recMem && recMem >= limit {
				t.Errorf("recorder holds %d bytes, want under %d", recMem, limit)
			}
			if allocs > 40 {
				t.Errorf("recording an hour took %d allocations, want at most 40", allocs)
			}
		})
	}
}

// arrowInput returns the input of a tick of busy play with the arrow keys,
// the game's keys: on average every 8 ticks, 7.5 times a second, one of
// the four is pressed or released, and a press is reported in the tick
// the key goes down (bits 0-3 held, 4-7 pressed, as in package game).
func arrowInput(rng *rand.Rand, tick int, held *Input) Input {
	var pressed Input
	if rng.IntN(8) == 0 {
		key := Input(1) << rng.IntN(4)
		if *held&key != 0 {
			*held &^= key
		} else {
			*held |= key
			pressed = key << 4
		}
	}
	return *held | pressed
}

// maxTwoMinuteCode is the most bytes that the code of two minutes of busy
// play may take; docs/replays.md states it.
const maxTwoMinuteCode = 8 << 10

func TestCodeSize(t *testing.T) {
	for _, minutes := range []int{1, 2, 10, 60} {
		rng := rand.New(rand.NewPCG(5, 6))
		var held Input
		rp := recordPattern(t, minutes*60*60, func(tick int) Input { return arrowInput(rng, tick, &held) }, rng.Uint64)
		data, err := rp.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		code, err := rp.Code()
		if err != nil {
			t.Fatalf("%d minutes: %v", minutes, err)
		}
		t.Logf("%2d minutes of busy play, %6d runs: file %7d bytes, code %7d bytes", minutes, rp.Runs(), len(data), len(code))
		if back, err := Read(strings.NewReader(code)); err != nil || back.Ticks != rp.Ticks {
			t.Fatalf("%d minutes: the code does not read back (%v)", minutes, err)
		}
		if minutes == 2 && len(code) > maxTwoMinuteCode {
			t.Errorf("the code of 2 minutes is %d bytes, want at most %d", len(code), maxTwoMinuteCode)
		}
	}
}
