//go:build !(js && wasm)

package app

// coarsePointer reports whether the main pointer is a finger; on the
// desktop it is the mouse.
const coarsePointer = false

// fullscreenRect returns nil: there is no page with a fullscreen button.
func fullscreenRect() any { return nil }

// canFullscreen reports true: a desktop window can always go fullscreen.
func canFullscreen() bool { return true }
