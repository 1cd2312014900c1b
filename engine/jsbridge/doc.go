// Package jsbridge exposes a game to the page it runs in: an object set on
// window with js.Global().Set, whose functions return plain JavaScript
// objects. Tests and the page read the game through it. Outside js/wasm builds every function is a no-op.
package jsbridge

// Func returns a value that converts to JavaScript as syscall/js.ValueOf
// does: nil, bool, numbers, string, []any and map[string]any.
type Func func() any
