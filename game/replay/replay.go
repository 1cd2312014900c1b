package replay

import "fmt"

// Input is the bitmask of keys held or pressed during one tick.
type Input = uint16

// CheckpointInterval is the number of ticks between two checkpoints: the
// simulation hashes its state after ticks 60, 120, 180, ...
const CheckpointInterval = 60

// MaxVersionLen is the longest build version string a replay can hold, in
// bytes.
const MaxVersionLen = 255

// Header describes how a run started.
type Header struct {
	Version      string // build version of the game that recorded the run
	Seed         uint64 // seed of the run's random number generator
	StartHazards uint32 // number of hazards at the start
	Flags        uint32 // start options, such as bench or invulnerable mode
}

// Replay is one recorded run: its header, its inputs, its checkpoint hashes
// and how it ended. Build one with a Recorder or with Parse.
type Replay struct {
	Header
	Ticks       uint64   // number of ticks played, one input each
	Score       uint32   // final score
	FinalHash   uint64   // state hash after the last tick
	Checkpoints []uint64 // state hash after tick CheckpointInterval*(i+1)

	runs       []byte // encoded runs: uvarint value, uvarint count
	numRuns    uint64 // number of runs in runs
	inputTicks uint64 // sum of the run lengths
}

// Cursor returns a cursor at the first tick's input.
func (rp *Replay) Cursor() *Cursor {
	return &Cursor{runs: rp.runs}
}

// CheckpointAt returns the recorded state hash after the given tick, and
// whether the replay holds a checkpoint for that tick.
func (rp *Replay) CheckpointAt(tick uint64) (hash uint64, ok bool) {
	if tick == 0 || tick%CheckpointInterval != 0 {
		return 0, false
	}
	i := tick/CheckpointInterval - 1
	if i >= uint64(len(rp.Checkpoints)) {
		return 0, false
	}
	return rp.Checkpoints[i], true
}

// Runs reports how many runs of identical inputs the replay holds.
func (rp *Replay) Runs() uint64 {
	return rp.numRuns
}

// FileName returns the conventional file name of the replay,
// "swarmfield-<seed>-<score>.replay".
func (rp *Replay) FileName() string {
	return fmt.Sprintf("swarmfield-%d-%d.replay", rp.Seed, rp.Score)
}
