//go:build js && wasm

package app

import "syscall/js"

// coarsePointer reports whether the browser's main pointer is a finger,
// as on a phone or a tablet, before the first touch.
var coarsePointer = matchMedia("(pointer: coarse)")

// matchMedia reports whether the page matches a CSS media query; false
// where the query cannot be made.
func matchMedia(query string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	mm := js.Global().Get("matchMedia")
	if mm.Type() != js.TypeFunction {
		return false
	}
	return js.Global().Call("matchMedia", query).Get("matches").Truthy()
}
