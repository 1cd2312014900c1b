//go:build !(js && wasm)

package app

// prefersReducedMotion reports false on the desktop, which has no
// preference to ask; the settings screen turns reduced motion on.
func prefersReducedMotion() bool { return false }
