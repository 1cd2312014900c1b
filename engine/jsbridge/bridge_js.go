//go:build js && wasm

package jsbridge

import "syscall/js"

// Expose sets window[name] to an object holding version as a string and
// each of funcs as a function of no arguments. It keeps any properties the
// page already put on that object.
func Expose(name, version string, funcs map[string]Func) {
	obj := js.Global().Get(name)
	if obj.Type() != js.TypeObject {
		obj = js.Global().Get("Object").New()
		js.Global().Set(name, obj)
	}
	obj.Set("version", version)
	for key, fn := range funcs {
		obj.Set(key, js.FuncOf(func(js.Value, []js.Value) any {
			return valueOf(fn())
		}))
	}
}

// ExposeStringFuncs adds each of funcs to window[name], which Expose set
// up, as a function of one argument: the page's first argument if it is a
// string, or "" otherwise.
func ExposeStringFuncs(name string, funcs map[string]StringFunc) {
	obj := js.Global().Get(name)
	for key, fn := range funcs {
		obj.Set(key, js.FuncOf(func(_ js.Value, args []js.Value) any {
			var arg string
			if len(args) > 0 && args[0].Type() == js.TypeString {
				arg = args[0].String()
			}
			return valueOf(fn(arg))
		}))
	}
}

// valueOf converts what a Func returns to JavaScript.
func valueOf(v any) js.Value {
	if j, ok := v.(JSON); ok {
		if len(j) == 0 {
			return js.Null()
		}
		return js.Global().Get("JSON").Call("parse", string(j))
	}
	return js.ValueOf(v)
}

// Call calls window[name][method](args...) if it exists, for telling the
// page about events such as the game having started; it reports whether the
// method was there.
func Call(name, method string, args ...any) bool {
	obj := js.Global().Get(name)
	if obj.Type() != js.TypeObject {
		return false
	}
	fn := obj.Get(method)
	if fn.Type() != js.TypeFunction {
		return false
	}
	fn.Invoke(args...)
	return true
}
