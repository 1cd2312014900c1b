package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"swarmfield/engine/parallel"
	"swarmfield/game"
	"swarmfield/game/replay"
)

// addReplayFlags defines -record, -replay and -headless.
func addReplayFlags(fs *flag.FlagSet, cfg *config) {
	fs.StringVar(&cfg.record, "record", "", "write each run's replay to `file` when it ends or the window closes")
	fs.StringVar(&cfg.replay, "replay", "", "play the replay `file` in the window: P or Space pauses, . steps, 1, 4 and 6 set 1x, 4x and 16x speed")
	fs.BoolVar(&cfg.headless, "headless", false, "with -replay: verify the replay without a window as fast as possible, print the final tick, score and hash")
}

// checkReplayFlags rejects replay flags that do not go together.
func checkReplayFlags(cfg config) error {
	switch {
	case cfg.headless && cfg.replay == "":
		return errors.New("-headless needs -replay FILE")
	case cfg.record != "" && cfg.replay != "":
		return errors.New("-record and -replay cannot be used together")
	}
	return nil
}

// loadReplay reads and parses a replay file.
func loadReplay(path string) (*replay.Replay, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rp, err := replay.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rp, nil
}

// replayHeadless verifies rp, read from path, without a window. It prints
// the final tick, score and state hash, and returns the exit status: 0 if
// the replayed run matched the recording at every checkpoint, 1 if it
// diverged or this build cannot play it.
func replayHeadless(path string, rp *replay.Replay, stdout, stderr io.Writer) int {
	fmt.Fprintf(stdout, "replay %s: version %q, seed %d, %d ticks, %d checkpoints\n",
		path, rp.Version, rp.Seed, rp.Ticks, len(rp.Checkpoints))
	var forEach func(n, chunk int, fn func(lo, hi int))
	if procs := runtime.GOMAXPROCS(0); procs > 1 {
		pool := parallel.NewPool(procs)
		defer pool.Close()
		forEach = pool.For
	}
	res, err := game.Verify(rp, forEach)
	if res.Ticks > 0 {
		fmt.Fprintf(stdout, "tick %d score %d hash %016x\n", res.Ticks, res.Score, res.Hash)
	}
	if err != nil {
		fmt.Fprintf(stderr, "swarmfield: %s: %v\n", path, err)
		return 1
	}
	fmt.Fprintf(stdout, "ok: %d checkpoints and the final state match\n", res.Checkpoints)
	return 0
}
