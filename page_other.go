//go:build !(js && wasm)

package main

import "swarmfield/game"

// applyPageParams does nothing outside the browser: flags set the options.
func applyPageParams(*game.Options) {}
