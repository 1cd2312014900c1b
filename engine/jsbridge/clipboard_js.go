//go:build js && wasm

package jsbridge

import (
	"fmt"
	"syscall/js"
)

// WriteClipboard asks the browser to put text on the clipboard, with
// navigator.clipboard.writeText. It returns at once; the outcome arrives
// later on the returned channel, which receives exactly one value: nil once
// the text is on the clipboard, or an error when it is not: ErrNoClipboard
// without the clipboard API, or the browser's refusal (no permission, a
// permissions policy in an iframe, the page not focused). Browsers grant
// the write during a user gesture's transient activation, which lasts a few
// seconds after a key press or a click, so call it in the tick that saw the
// press.
func WriteClipboard(text string) <-chan error {
	done := make(chan error, 1)
	nav := js.Global().Get("navigator")
	if nav.Type() != js.TypeObject {
		done <- ErrNoClipboard
		return done
	}
	clip := nav.Get("clipboard")
	if clip.Type() != js.TypeObject || clip.Get("writeText").Type() != js.TypeFunction {
		done <- ErrNoClipboard
		return done
	}
	var ok, fail js.Func
	ok = js.FuncOf(func(js.Value, []js.Value) any {
		ok.Release()
		fail.Release()
		done <- nil
		return nil
	})
	fail = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ok.Release()
		fail.Release()
		reason := "refused"
		if len(args) > 0 {
			reason = js.Global().Get("String").Invoke(args[0]).String()
		}
		done <- fmt.Errorf("jsbridge: writing the clipboard: %s", reason)
		return nil
	})
	// writeText returns a promise, which rejects rather than throws when
	// the browser refuses.
	clip.Call("writeText", text).Call("then", ok, fail)
	return done
}
