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

// fullscreenRect returns the page's fullscreen button's rectangle in CSS
// pixels as {x, y, w, h}, or nil when it is missing or hidden.
func fullscreenRect() any {
	el := js.Global().Get("document").Call("getElementById", "fullscreen")
	if el.IsNull() || el.IsUndefined() {
		return nil
	}
	r := el.Call("getBoundingClientRect")
	w, h := r.Get("width").Float(), r.Get("height").Float()
	if w == 0 || h == 0 {
		return nil
	}
	return map[string]any{"x": r.Get("left").Float(), "y": r.Get("top").Float(), "w": w, "h": h}
}

// canFullscreen reports whether the page may go fullscreen: the Fullscreen
// API, prefixed or not, is there and enabled. Safari on an iPhone has none,
// and there ebiten.SetFullscreen would call an undefined function and
// panic; an iframe without allowfullscreen has it disabled.
func canFullscreen() bool {
	doc := js.Global().Get("document")
	if !doc.Get("fullscreenEnabled").Truthy() && !doc.Get("webkitFullscreenEnabled").Truthy() {
		return false
	}
	canvas := doc.Call("querySelector", "canvas")
	if canvas.IsNull() {
		return false
	}
	return canvas.Get("requestFullscreen").Type() == js.TypeFunction || canvas.Get("webkitRequestFullscreen").Type() == js.TypeFunction
}
