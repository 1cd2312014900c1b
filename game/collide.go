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

// hitHazard reports whether the player touches a dangerous hazard.
func (c *collider) hitHazard(px, py float32, s *Swarm) bool {
	// Anything farther than the largest possible contact distance, with a
	// unit of slack for rounding, cannot touch.
	const reach = PlayerRadius + MaxHazardRadius + 1
	c.near = batch.AppendNear(c.near[:0], s.X, s.Y, px, py, reach*reach)
	c.Candidates += len(c.near)
	for _, i := range c.near {
		if s.Dangerous(int(i)) && c.touching(px, py, s.X[i], s.Y[i], s.Radius[i]) {
			return true
		}
	}
	return false
}
