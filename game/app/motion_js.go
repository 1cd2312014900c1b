//go:build js && wasm

package app

import "syscall/js"

// prefersReducedMotion reports whether the browser asks for reduced motion
// (the prefers-reduced-motion media query): the reduce-motion setting's
// default.
func prefersReducedMotion() bool {
	mm := js.Global().Get("matchMedia")
	if mm.Type() != js.TypeFunction {
		return false
	}
	return js.Global().Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Truthy()
}
