//go:build js && wasm

package app

import (
	"errors"

	"swarmfield/engine/crash"
	"swarmfield/engine/jsbridge"
)

// deliverCrash hands the report to the page's
// window.swarmfield.crash(message, report), which shows the error panel
// with a "copy report" button (web/loader.js).
func deliverCrash(rep crash.Report) (string, error) {
	if !jsbridge.Call("swarmfield", "crash", rep.Message(), rep.String()) {
		return "", errors.New("the page has no window.swarmfield.crash")
	}
	return "the page's error panel", nil
}
