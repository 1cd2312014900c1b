//go:build js && wasm

package app

import (
	"errors"
	"syscall/js"
)

// download offers data to the browser's user as a file download named
// name, through a Blob and a temporary link.
func download(name string, data []byte) error {
	g := js.Global()
	doc := g.Get("document")
	if doc.Type() != js.TypeObject || g.Get("Blob").Type() != js.TypeFunction {
		return errors.New("downloads need a browser page")
	}
	arr := g.Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	blob := g.Get("Blob").New([]any{arr}, map[string]any{"type": "application/octet-stream"})
	urlAPI := g.Get("URL")
	href := urlAPI.Call("createObjectURL", blob)
	link := doc.Call("createElement", "a")
	link.Set("href", href)
	link.Set("download", name)
	link.Get("style").Set("display", "none")
	doc.Get("body").Call("appendChild", link)
	link.Call("click")
	link.Call("remove")
	// Let the download start before the URL goes.
	g.Call("setTimeout", urlAPI.Get("revokeObjectURL").Call("bind", urlAPI, href), 10_000)
	return nil
}
