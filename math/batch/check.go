package batch

import "fmt"

// mustSameLen panics unless len(s) equals len(dst). op names the exported
// function and name the argument, for the message.
func mustSameLen(op, name string, s, dst []float32) {
	if len(s) != len(dst) {
		panicLen(op, name, len(s), "dst", len(dst))
	}
}

// mustMotionLens panics unless vel and radius have the length of pos, for
// the kernels that move positions: Reflect and Bounce.
func mustMotionLens(op string, pos, vel, radius []float32) {
	if len(vel) != len(pos) {
		panicLen(op, "vel", len(vel), "pos", len(pos))
	}
	if len(radius) != len(pos) {
		panicLen(op, "radius", len(radius), "pos", len(pos))
	}
}

// panicLen reports a length mismatch; it is kept out of line so that the
// checks stay cheap in the callers.
//
//go:noinline
func panicLen(op, name string, n int, wantName string, want int) {
	panic(fmt.Sprintf("batch: %s: len(%s)=%d != len(%s)=%d", op, name, n, wantName, want))
}
