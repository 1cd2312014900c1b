//go:build !(js && wasm)

package app

import "os"

// offerCode, on the desktop, where the game has no clipboard, writes a
// replay code to file in the current folder, where -replay reads it, and
// logs it; it returns the note that tells the player.
func offerCode(code, file string, _ error, logf func(format string, args ...any)) string {
	if err := os.WriteFile(file, []byte(code+"\n"), 0o644); err != nil {
		logf("swarmfield: replay code (%v): %s", err, code)
		return "no clipboard here: the code is in the log"
	}
	logf("swarmfield: replay code saved to %s (-replay reads it): %s", file, code)
	return "no clipboard here: code saved to " + file
}

// openPasteBox returns the note that says how the desktop, which has no
// page and no paste box, watches a replay code.
func openPasteBox() string { return "to watch a replay code here, run with -replay FILE" }
