package replay

import (
	"encoding/binary"
	"fmt"
	"slices"
)

// Initial capacities of a Recorder: about a quarter of an hour of busy
// play, so that a typical run never grows its buffers.
const (
	initialRunBytes    = 64 << 10
	initialCheckpoints = 1024
)

// Recorder records a run as it is played. Call Record once per tick,
// Checkpoint after every CheckpointInterval ticks and Finish when the run
// ends.
type Recorder struct {
	header      Header
	runs        []byte // finished runs, encoded
	numRuns     uint64
	value       Input  // input of the run in progress
	count       uint64 // length of the run in progress, 0 before the first tick
	ticks       uint64
	checkpoints []uint64
	score       uint32
	finalHash   uint64
}

// NewRecorder returns a Recorder for a run that starts as h describes.
func NewRecorder(h Header) *Recorder {
	return &Recorder{
		header:      h,
		runs:        make([]byte, 0, initialRunBytes),
		checkpoints: make([]uint64, 0, initialCheckpoints),
	}
}

// Record appends the input of the next tick. It allocates only when the
// run buffer has to grow.
func (r *Recorder) Record(in Input) {
	r.ticks++
	if r.count > 0 && in == r.value {
		r.count++
		return
	}
	r.flush()
	r.value, r.count = in, 1
}

// flush appends the run in progress, if any, to the encoded runs.
func (r *Recorder) flush() {
	if r.count == 0 {
		return
	}
	r.runs = binary.AppendUvarint(r.runs, uint64(r.value))
	r.runs = binary.AppendUvarint(r.runs, r.count)
	r.numRuns++
}

// Checkpoint records the state hash after the given tick. Checkpoints must
// come in order, one every CheckpointInterval ticks, for ticks already
// recorded.
func (r *Recorder) Checkpoint(tick uint64, hash uint64) error {
	want := CheckpointInterval * uint64(len(r.checkpoints)+1)
	if tick != want {
		return fmt.Errorf("replay: checkpoint for tick %d out of order: the next one is for tick %d", tick, want)
	}
	if tick > r.ticks {
		return fmt.Errorf("replay: checkpoint for tick %d, but only %d ticks recorded", tick, r.ticks)
	}
	r.checkpoints = append(r.checkpoints, hash)
	return nil
}

// Finish sets the final score and state hash. Calling it again replaces
// them.
func (r *Recorder) Finish(score uint32, finalHash uint64) {
	r.score, r.finalHash = score, finalHash
}

// Ticks reports how many ticks have been recorded.
func (r *Recorder) Ticks() uint64 {
	return r.ticks
}

// Replay returns a copy of everything recorded so far. Recording may go on
// afterwards without changing the returned Replay.
func (r *Recorder) Replay() *Replay {
	runs := make([]byte, len(r.runs), len(r.runs)+2*binary.MaxVarintLen64)
	copy(runs, r.runs)
	numRuns := r.numRuns
	if r.count > 0 {
		runs = binary.AppendUvarint(runs, uint64(r.value))
		runs = binary.AppendUvarint(runs, r.count)
		numRuns++
	}
	return &Replay{
		Header:      r.header,
		Ticks:       r.ticks,
		Score:       r.score,
		FinalHash:   r.finalHash,
		Checkpoints: slices.Clone(r.checkpoints),
		runs:        runs,
		numRuns:     numRuns,
		inputTicks:  r.ticks,
	}
}

// MarshalBinary encodes everything recorded so far in the replay file
// format.
func (r *Recorder) MarshalBinary() ([]byte, error) {
	return r.Replay().MarshalBinary()
}
