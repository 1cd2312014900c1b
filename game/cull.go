package game

import "swarmfield/math/batch"

// maxChecks is the most positions a tick checks against the swarm: one
// after each of up to four move commands, or the player's own position
// when there is none.
const maxChecks = 4

// chunkCull culls the swarm near the player chunk by chunk, on the worker
// that has just stepped the chunk, while x and y are still in its core's
// cache, so that a parallel step leaves only the exact tests serial.
//
// Before the step, plan records every position the player will take in
// the tick. Chunk [lo, hi) then appends the indexes, relative to lo, of
// its hazards near position j to near[j][lo:hi], which has room for all
// of them, and stores how many in count[j][lo/swarmChunk]. Read in chunk
// order they are the candidates batch.AppendNear finds over the whole
// swarm, in the same order, with the same squared distances, so the exact
// tests and the collision counters do not change.
type chunkCull struct {
	px, py [maxChecks]float32
	n      int // positions planned for this tick
	near   [maxChecks][]int32
	count  [maxChecks][]int32
}

// hazardReach is the largest centre distance at which a hazard can touch
// the player, with a unit of slack for rounding; anything farther is culled.
const hazardReach = PlayerRadius + MaxHazardRadius + 1

// prepare makes room for the candidates of a swarm of up to capacity
// hazards, once.
func (c *chunkCull) prepare(capacity int) {
	if c.near[0] != nil {
		return
	}
	chunks := (capacity + swarmChunk - 1) / swarmChunk
	for j := range maxChecks {
		c.near[j] = make([]int32, capacity)
		c.count[j] = make([]int32, chunks)
	}
}

// plan records the positions that the player, in state g, takes through
// cmds and that Step then checks against the swarm: after each command up
// to the first that leaves the field, or where the player is when there
// are no commands.
func (c *chunkCull) plan(g GameState, cmds []Direction) {
	c.n = 0
	if len(cmds) == 0 {
		c.px[0], c.py[0], c.n = g.PlayerX, g.PlayerY, 1
		return
	}
	for _, d := range cmds {
		if g.Move(d); g.GameOver {
			return
		}
		c.px[c.n], c.py[c.n] = g.PlayerX, g.PlayerY
		c.n++
	}
}

// cull finds the hazards of chunk [lo, hi) near every planned position.
// Chunks write disjoint parts of near and count, so they may run
// concurrently.
func (c *chunkCull) cull(s *Swarm, lo, hi int) {
	k := lo / swarmChunk
	x, y := s.X[lo:hi], s.Y[lo:hi]
	for j := range c.n {
		near := batch.AppendNear(c.near[j][lo:lo:hi], x, y, c.px[j], c.py[j], hazardReach*hazardReach)
		c.count[j][k] = int32(len(near))
	}
}

// stepAndCull is the chunk function of a parallel step: it steps the
// hazards in [lo, hi), then culls them near the planned positions.
func (r *Run) stepAndCull(lo, hi int) {
	r.Hazards.step(lo, hi)
	r.col.byChunk.cull(&r.Hazards, lo, hi)
}

// hitCulled reports whether the player at (px, py), the planned position
// j, touches a dangerous hazard among those that the chunks culled for j.
func (c *collider) hitCulled(px, py float32, s *Swarm, j int) bool {
	cc := &c.byChunk
	n := s.Len()
	for k, lo := 0, 0; lo < n; k, lo = k+1, lo+swarmChunk {
		c.Candidates += int(cc.count[j][k])
	}
	for k, lo := 0, 0; lo < n; k, lo = k+1, lo+swarmChunk {
		if c.hitAmong(px, py, s, cc.near[j][lo:lo+int(cc.count[j][k])], lo) {
			return true
		}
	}
	return false
}
