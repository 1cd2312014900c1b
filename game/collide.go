package game

import (
	"github.com/solarlune/resolv"

	"swarmfield/math/batch"
)

// collider finds what the player touches. The batch kernels cull the swarm
// to the few hazards near the player; resolv then decides each exact
// contact between circles.
//
// resolv does not report a circle that lies wholly inside another (nor two
// circles with the same centre): it only sees crossing edges. A 10-unit
// step can put the player inside a large hazard or a hazard inside the
// player, so touching also checks containment itself.
type collider struct {
	player *resolv.Circle
	probe  *resolv.Circle
	near   []int32 // indices of hazards close enough to test exactly

	// Candidates and Tests count the last tick's culled candidates and
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
// player at (px, py). Circles that merely touch count.
func (c *collider) touching(px, py, x, y, r float32) bool {
	c.Tests++
	c.player.SetPosition(float64(px), float64(py))
	c.probe.SetPosition(float64(x), float64(y))
	c.probe.SetRadius(float64(r))
	if c.player.IsIntersecting(c.probe) {
		return true
	}
	// Containment (and equal centres), which resolv leaves out.
	dx, dy := float64(x)-float64(px), float64(y)-float64(py)
	inner := float64(r) - PlayerRadius
	return dx*dx+dy*dy <= inner*inner
}

// hitHazard reports whether the player touches a dangerous hazard.
func (c *collider) hitHazard(px, py float32, s *Swarm) bool {
	c.Candidates, c.Tests = 0, 0
	// Anything farther than the largest possible contact distance, with a
	// unit of slack for rounding, cannot touch.
	const reach = PlayerRadius + MaxHazardRadius + 1
	c.near = batch.AppendNear(c.near[:0], s.X, s.Y, px, py, reach*reach)
	c.Candidates = len(c.near)
	for _, i := range c.near {
		if s.Dangerous(int(i)) && c.touching(px, py, s.X[i], s.Y[i], s.Radius[i]) {
			return true
		}
	}
	return false
}
