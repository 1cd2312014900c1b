//go:build !(js && wasm)

package app

// watchVisibility does nothing on the desktop, where Ebitengine's focus
// covers a minimised window.
func watchVisibility(*bool) {}
