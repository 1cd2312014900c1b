package perf

import (
	"math"
	"sync/atomic"
)

// Counter is a monotonically increasing int64 count that can be cleared.
// The zero value is a counter at zero. It is safe for concurrent use.
type Counter struct {
	v atomic.Int64
}

// Add adds n to the counter. A negative n is allowed but makes the
// counter no longer monotonic.
func (c *Counter) Add(n int64) { c.v.Add(n) }

// Value returns the sum of everything added since the counter was
// created or last Reset.
func (c *Counter) Value() int64 { return c.v.Load() }

// Reset sets the counter back to zero. An Add that races with Reset is
// either cleared by it or counted after it, never half-applied.
func (c *Counter) Reset() { c.v.Store(0) }

// Gauge holds the latest value of a float64 measurement such as a rate.
// The zero value holds 0. It is safe for concurrent use.
type Gauge struct {
	bits atomic.Uint64
}

// Set replaces the gauge's value with v.
func (g *Gauge) Set(v float64) { g.bits.Store(math.Float64bits(v)) }

// Value returns the value last Set, or 0 if none was.
func (g *Gauge) Value() float64 { return math.Float64frombits(g.bits.Load()) }
