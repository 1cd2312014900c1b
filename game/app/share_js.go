//go:build js && wasm

package app

import "swarmfield/engine/jsbridge"

// offerCode shows a replay code that could not be copied, because of err,
// in the page's box to select and copy it (web/share.js), and returns the
// note that tells the player.
func offerCode(code, _ string, err error, logf func(format string, args ...any)) string {
	logf("swarmfield: %v", err)
	if jsbridge.Call("swarmfield", "showCode", code) {
		return "select and copy the code in the box"
	}
	return "the browser refused the clipboard"
}

// openPasteBox opens the page's paste box (web/share.js). It returns "",
// or the note for a page without one.
func openPasteBox() string {
	if jsbridge.Call("swarmfield", "openPaste") {
		return ""
	}
	return "this page has no box to paste a code in: add ?replay=CODE to its address"
}
