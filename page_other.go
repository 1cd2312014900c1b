//go:build !(js && wasm)

package main

// applyPageParams does nothing outside the browser: flags set the options.
func applyPageParams(*config) {}
