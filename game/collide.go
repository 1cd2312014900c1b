package game

import (
	"github.com/solarlune/resolv"

	"swarmfield/math/batch"
)

// collider finds what the player touches. The batch kernels cull the swarm
// to the few hazards near the player; resolv then measures each exact
// distance between centres, and two circles touch when that distance is at
// most the sum of their radii. Circles that merely touch count.
//
// This one rule covers crossing edges, a circle wholly inside the other and
// equal centres alike. resolv's own circle test (IsIntersecting) reports
// only crossing edges, and it allocates its intersection points on every
// contact, so it is not used here: DistanceTo computes the same distance
// (the square root of the same sum of squares) without allocating.
type collider struct {
	player *resolv.Circle
	probe  *resolv.Circle // the hazard or orb being tested
	near   []int32        // indices of hazards close enough to test exactly

	// byChunk holds what the chunks of a parallel step culled, when
	// culled is set for the current tick (see chunkCull).
	byChunk chunkCull
	culled  bool

	// Candidates and Tests count the latest tick's culled candidates and
	// exact tests, for the performance monitor.
	Candidates int
	Tests      int
}

func newCollider(capacity int) collider {
	return collider{
		player: resolv.NewCircle(0, 0, PlayerRadius),
		probe:  resolv.NewCircle(0, 0, 1),
		near:   make([]int32, 0, capacity),
	}
}

// touching reports whether a circle at (x, y) with radius r touches the
// player at (px, py).
func (c *collider) touching(px, py, x, y, r float32) bool {
	c.Tests++
	c.player.SetPosition(float64(px), float64(py))
	c.probe.SetPosition(float64(x), float64(y))
	return c.player.DistanceTo(c.probe) <= PlayerRadius+float64(r)
}

// hitHazard reports whether the player at (px, py), the tick's position
// j, touches a dangerous hazard.
func (c *collider) hitHazard(px, py float32, s *Swarm, j int) bool {
	if c.culled {
		return c.hitCulled(px, py, s, j)
	}
	c.near = batch.AppendNear(c.near[:0], s.X, s.Y, px, py, hazardReach*hazardReach)
	c.Candidates += len(c.near)
	return c.hitAmong(px, py, s, c.near, 0)
}

// hitAmong reports whether the player touches a dangerous hazard among
// the candidates near, indexes relative to lo, testing them in order.
func (c *collider) hitAmong(px, py float32, s *Swarm, near []int32, lo int) bool {
	for _, i := range near {
		i := lo + int(i)
		if s.Dangerous(i) && c.touching(px, py, s.X[i], s.Y[i], s.Radius[i]) {
			return true
		}
	}
	return false
}
