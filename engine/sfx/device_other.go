//go:build !linux || android

package sfx

// deviceLikely reports true: browsers, macOS and Windows always have an
// audio output for Ebitengine to open.
func deviceLikely() bool { return true }
