//go:build js && wasm

package jsbridge

import (
	"syscall/js"
	"testing"
)

func TestExposeJSON(t *testing.T) {
	js.Global().Set("jsbridgeTest", map[string]any{"kept": true})
	defer js.Global().Delete("jsbridgeTest")
	Expose("jsbridgeTest", "v1", map[string]Func{
		"json":  func() any { return JSON(`{"a":1,"b":{"c":[2,"x"]}}`) },
		"empty": func() any { return JSON(nil) },
		"plain": func() any { return map[string]any{"n": 3} },
	})
	obj := js.Global().Get("jsbridgeTest")
	if got := obj.Get("version").String(); got != "v1" {
		t.Errorf("version = %q, want v1", got)
	}
	if !obj.Get("kept").Bool() {
		t.Error("Expose dropped a property the page had set")
	}
	v := obj.Call("json")
	if v.Get("a").Int() != 1 || v.Get("b").Get("c").Index(0).Int() != 2 || v.Get("b").Get("c").Index(1).String() != "x" {
		t.Errorf("json() = %v, want the parsed object", js.Global().Get("JSON").Call("stringify", v))
	}
	if v := obj.Call("empty"); !v.IsNull() {
		t.Errorf("empty() = %v, want null", v)
	}
	if v := obj.Call("plain"); v.Get("n").Int() != 3 {
		t.Errorf("plain() = %v, want {n: 3}", js.Global().Get("JSON").Call("stringify", v))
	}
}

func TestExposeStringFuncs(t *testing.T) {
	defer js.Global().Delete("jsbridgeTest")
	Expose("jsbridgeTest", "v1", nil)
	ExposeStringFuncs("jsbridgeTest", map[string]StringFunc{
		"echo": func(arg string) any { return "<" + arg + ">" },
	})
	obj := js.Global().Get("jsbridgeTest")
	for _, tc := range []struct {
		args []any
		want string
	}{
		{[]any{"abc"}, "<abc>"},
		{nil, "<>"},
		{[]any{42}, "<>"},
	} {
		if got := obj.Call("echo", tc.args...).String(); got != tc.want {
			t.Errorf("echo(%v) = %q, want %q", tc.args, got, tc.want)
		}
	}
	if obj.Get("version").String() != "v1" {
		t.Error("ExposeStringFuncs dropped the version")
	}
}
