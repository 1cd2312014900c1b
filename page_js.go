//go:build js && wasm

package main

import (
	"syscall/js"
)

// applyPageParams applies the page's URL parameters, warning on the
// browser console about invalid ones.
func applyPageParams(cfg *config) {
	query := js.Global().Get("location").Get("search").String()
	if len(query) > 0 && query[0] == '?' {
		query = query[1:]
	}
	applyQuery(cfg, query, func(msg string) {
		js.Global().Get("console").Call("warn", "swarmfield: "+msg)
	})
}
