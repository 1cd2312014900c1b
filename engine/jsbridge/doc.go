// Package jsbridge exposes a game to the page it runs in: an object set on
// window with js.Global().Set, whose functions return plain JavaScript
// objects. Tests and the page read the game through it. Outside js/wasm builds every function is a no-op.
package jsbridge

// Func returns a value that converts to JavaScript as syscall/js.ValueOf
// does (nil, bool, numbers, string, []any and map[string]any), or JSON.
type Func func() any

// StringFunc is a Func that the page calls with a string argument.
type StringFunc func(arg string) any

// JSON is a value already encoded as JSON. A Func that returns it gives
// the page what JSON.parse makes of it, or null if it is empty.
type JSON []byte
