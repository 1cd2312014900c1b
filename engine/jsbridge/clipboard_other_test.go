//go:build !(js && wasm)

package jsbridge

import (
	"errors"
	"testing"
)

func TestWriteClipboardOutsideBrowser(t *testing.T) {
	if err := <-WriteClipboard("x"); !errors.Is(err, ErrNoClipboard) {
		t.Fatalf("WriteClipboard outside the browser = %v, want ErrNoClipboard", err)
	}
}
