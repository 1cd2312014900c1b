package replay

import "fmt"

// Divergence reports that a replayed run's state differs from the recorded
// one. When found at a checkpoint, the states still matched at the previous
// one, so the first divergent tick lies in (Tick-CheckpointInterval, Tick].
type Divergence struct {
	Tick  uint64 // tick after which the hashes were compared
	Final bool   // whether the final state was compared, not a checkpoint
	Want  uint64 // recorded state hash
	Got   uint64 // replayed state hash

	WantScore, GotScore uint32 // recorded and replayed final score (Final only)
}

// Error describes the divergence.
func (d *Divergence) Error() string {
	if d.Final {
		return fmt.Sprintf("replay: final state after tick %d differs: recorded hash %016x score %d, replayed hash %016x score %d",
			d.Tick, d.Want, d.WantScore, d.Got, d.GotScore)
	}
	return fmt.Sprintf("replay: state diverged between ticks %d and %d: recorded hash %016x, replayed hash %016x",
		d.FirstTick(), d.Tick, d.Want, d.Got)
}

// FirstTick returns the earliest tick that can have diverged at a
// checkpoint: the one after the previous checkpoint.
func (d *Divergence) FirstTick() uint64 {
	return max(d.Tick, CheckpointInterval) - CheckpointInterval + 1
}

// CheckFinal compares the replayed final score and state hash with the
// recorded ones, returning a *Divergence if either differs.
func (rp *Replay) CheckFinal(score uint32, hash uint64) error {
	if score == rp.Score && hash == rp.FinalHash {
		return nil
	}
	return &Divergence{Tick: rp.Ticks, Final: true, Want: rp.FinalHash, Got: hash, WantScore: rp.Score, GotScore: score}
}
