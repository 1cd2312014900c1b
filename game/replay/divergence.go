package replay

import "fmt"

// Divergence reports that a replayed run's state differs from the recorded
// one. When found by Check, the states still matched at the previous
// checkpoint, so the first divergent tick lies in
// (Tick-CheckpointInterval, Tick].
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
	first := uint64(1)
	if d.Tick > CheckpointInterval {
		first = d.Tick - CheckpointInterval + 1
	}
	return fmt.Sprintf("replay: state diverged between ticks %d and %d: recorded hash %016x, replayed hash %016x",
		first, d.Tick, d.Want, d.Got)
}

// Check compares the replayed state hash after the given tick with the
// recorded checkpoint. It returns a *Divergence if they differ, and nil if
// they match or no checkpoint was recorded for that tick.
func (rp *Replay) Check(tick, hash uint64) error {
	want, ok := rp.CheckpointAt(tick)
	if !ok || want == hash {
		return nil
	}
	return &Divergence{Tick: tick, Want: want, Got: hash}
}

// CheckFinal compares the replayed final score and state hash with the
// recorded ones, returning a *Divergence if either differs.
func (rp *Replay) CheckFinal(score uint32, hash uint64) error {
	if score == rp.Score && hash == rp.FinalHash {
		return nil
	}
	return &Divergence{Tick: rp.Ticks, Final: true, Want: rp.FinalHash, Got: hash, WantScore: rp.Score, GotScore: score}
}
