package app

import (
	"fmt"
	"io"

	"swarmfield/game"
	"swarmfield/game/replay"
)

// VerifyReplay plays the replay file at path back without a window, as
// fast as the cores allow (see game.Verify), and writes to w its header
// and the final tick, score and state hash. It fails if the file cannot be
// played, or if the replayed run diverged from the recording at a
// checkpoint or at the end.
func VerifyReplay(path string, w io.Writer) error {
	rp, err := replay.ReadFile(path)
	if err != nil {
		return err
	}
	var forEach func(n, chunk int, fn func(lo, hi int))
	if pool := newSwarmPool(int(rp.StartHazards)); pool != nil {
		defer pool.Close()
		forEach = pool.For
	}
	res, err := game.Verify(rp, forEach)
	if err != nil {
		err = fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(w, "replay %s: version %q, seed %d, %d ticks, %d checkpoints\n",
		path, rp.Version, rp.Seed, rp.Ticks, len(rp.Checkpoints))
	if res.Ticks > 0 {
		fmt.Fprintf(w, "tick %d score %d hash %016x\n", res.Ticks, res.Score, res.Hash)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "ok: %d checkpoints and the final state match\n", res.Checkpoints)
	return nil
}
