package app

import "swarmfield/engine/parallel"

// newSwarmPool returns nil: js/wasm has one thread, so the swarm steps
// serially (see pool.go).
func newSwarmPool(int) *parallel.Pool { return nil }
