//go:build js && wasm

package config

import (
	"syscall/js"
)

// applyPage applies the page's URL parameters, warning on the browser
// console about invalid ones, then its fragment's #replay=.
func applyPage(c *Config) {
	query := js.Global().Get("location").Get("search").String()
	if len(query) > 0 && query[0] == '?' {
		query = query[1:]
	}
	c.applyQuery(query, func(msg string) {
		js.Global().Get("console").Call("warn", "swarmfield: "+msg)
	})
	if hash := js.Global().Get("location").Get("hash").String(); len(hash) > 1 {
		c.applyHash(hash[1:])
	}
}
