//go:build !(js && wasm)

package config

// applyPage does nothing outside the browser: flags set the options.
func applyPage(*Config) {}
