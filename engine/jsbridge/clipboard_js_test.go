//go:build js && wasm

package jsbridge

import (
	"errors"
	"strings"
	"syscall/js"
	"testing"
)

// TestWriteClipboard writes through a stand-in navigator.clipboard whose
// writeText keeps the text, then one whose promise rejects, as a browser
// that denies the permission does, then none at all.
func TestWriteClipboard(t *testing.T) {
	g := js.Global()
	old := g.Get("navigator")
	defer g.Set("navigator", old)
	fake := js.Global().Get("Function").New("kept", `return {clipboard: {writeText(text) { kept.text = text; return Promise.resolve(); }}};`)
	kept := js.Global().Get("Object").New()
	g.Set("navigator", fake.Invoke(kept))
	if err := <-WriteClipboard("SWF1.abc"); err != nil {
		t.Fatalf("WriteClipboard = %v, want nil", err)
	}
	if got := kept.Get("text").String(); got != "SWF1.abc" {
		t.Fatalf("the clipboard holds %q, want SWF1.abc", got)
	}
	deny := js.Global().Get("Function").New(`return {clipboard: {writeText() { return Promise.reject(new Error("NotAllowedError: denied")); }}};`)
	g.Set("navigator", deny.Invoke())
	if err := <-WriteClipboard("x"); err == nil || !strings.Contains(err.Error(), "denied") {
		t.Fatalf("WriteClipboard with the permission denied = %v, want the browser's refusal", err)
	}
	g.Set("navigator", js.Global().Get("Object").New())
	if err := <-WriteClipboard("x"); !errors.Is(err, ErrNoClipboard) {
		t.Fatalf("WriteClipboard without navigator.clipboard = %v, want ErrNoClipboard", err)
	}
}
