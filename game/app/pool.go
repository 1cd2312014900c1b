//go:build !js

package app

import (
	"runtime"

	"swarmfield/engine/parallel"
	"swarmfield/game"
)

// newSwarmPool returns a worker pool on every core for stepping swarms of
// up to hazards, calibrated at start-up (parallel.Pool.Calibrate) so that
// it steps in parallel only where that was measured to be faster, and nil
// where there is a single thread (js/wasm): the swarm then steps serially.
// Results are identical either way.
func newSwarmPool(hazards int) *parallel.Pool {
	procs := runtime.GOMAXPROCS(0)
	if procs < 2 {
		return nil
	}
	pool := parallel.NewPool(procs)
	hazards = max(hazards, game.MaxGrownHazards)
	step, chunk := game.SwarmStep(hazards)
	pool.Calibrate(hazards, chunk, step)
	return pool
}
