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

// openPasteBox opens the page's paste box (web/share.js) and reports
// whether the page has one.
func openPasteBox() bool { return jsbridge.Call("swarmfield", "openPaste") }
