package app

import (
	"fmt"
	"io"
	"runtime"

	"swarmfield/engine/parallel"
	"swarmfield/game"
)

// VerifyReplay plays the replay file at path back without a window, as
// fast as the cores allow (see game.Verify), and writes to w its header
// and the final tick, score and state hash. It fails if the file cannot be
// played, or if the replayed run diverged from the recording at a
// checkpoint or at the end.
func VerifyReplay(path string, w io.Writer) error {
	var forEach func(n, chunk int, fn func(lo, hi int))
	if procs := runtime.GOMAXPROCS(0); procs > 1 {
		pool := parallel.NewPool(procs)
		defer pool.Close()
		forEach = pool.For
	}
	rp, res, err := game.VerifyFile(path, forEach)
	if rp == nil {
		return err
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
