// Package crash turns a panic in the game loop into an error and the error
// into a report a player can send: the panic's message and stack, the
// build's version, the run's seed, tick and state hash, and the run's
// replay so far.
package crash

import (
	"errors"
	"fmt"
	"runtime/debug"
)

// Panic is a panic caught in the game loop, as an error.
type Panic struct {
	// Value is what was passed to panic.
	Value any
	// Stack is the panicking goroutine's stack, from runtime/debug.Stack.
	Stack []byte
}

// Error returns the panic's message.
func (p *Panic) Error() string { return fmt.Sprintf("panic: %v", p.Value) }

// Unwrap returns the panic's value if it is an error, such as a runtime
// error.
func (p *Panic) Unwrap() error {
	err, _ := p.Value.(error)
	return err
}

// Catch, deferred at the top of a function that returns an error, turns a
// panic in that function into a *Panic in *err:
//
//	func (g *game) Update() (err error) {
//		defer crash.Catch(&err)
//		...
//	}
func Catch(err *error) {
	if v := recover(); v != nil {
		*err = NewPanic(v)
	}
}

// NewPanic returns a *Panic for the value recovered from a panic, with the
// current goroutine's stack. Call it in the deferred function that
// recovered, so the stack still holds the panicking frames.
func NewPanic(v any) *Panic {
	return &Panic{Value: v, Stack: debug.Stack()}
}

// AsPanic returns the *Panic in err's chain, if any.
func AsPanic(err error) (*Panic, bool) {
	var p *Panic
	ok := errors.As(err, &p)
	return p, ok
}
