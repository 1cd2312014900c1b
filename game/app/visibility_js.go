//go:build js && wasm

package app

import "syscall/js"

// watchVisibility sets *hidden whenever the page becomes hidden. A hidden
// page runs no frames at all, so the game cannot see it while it lasts;
// the flag tells the first tick after it to pause.
func watchVisibility(hidden *bool) {
	doc := js.Global().Get("document")
	doc.Call("addEventListener", "visibilitychange", js.FuncOf(func(js.Value, []js.Value) any {
		if doc.Get("hidden").Bool() {
			*hidden = true
		}
		return nil
	}))
}
