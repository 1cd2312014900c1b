//go:build js && wasm

package storage

import (
	"errors"
	"syscall/js"
	"testing"
)

// jsEval runs a JavaScript function body and returns its result.
func jsEval(body string) js.Value {
	return js.Global().Get("Function").New(body).Invoke()
}

// fakeGlobal returns an object whose localStorage is a Map-backed stand-in
// for the browser's Storage. Setting fail.get or fail.set to a DOMException
// name makes getItem or setItem throw it.
func fakeGlobal() (global, backing, fail js.Value) {
	obj := jsEval(`
		const backing = new Map();
		const fail = {get: "", set: ""};
		const localStorage = {
			getItem(k) {
				if (fail.get) throw new DOMException("injected", fail.get);
				return backing.has(k) ? backing.get(k) : null;
			},
			setItem(k, v) {
				if (fail.set) throw new DOMException("injected", fail.set);
				backing.set(k, String(v));
			},
		};
		return {global: {localStorage}, backing, fail};
	`)
	return obj.Get("global"), obj.Get("backing"), obj.Get("fail")
}

func TestOpenWithoutLocalStorage(t *testing.T) {
	// Node has no localStorage: Open must report it, not panic.
	if js.Global().Get("localStorage").Truthy() {
		t.Skip("this JavaScript host has a localStorage")
	}
	st, err := Open("swarmfield")
	if !errors.Is(err, ErrUnavailable) || st != nil {
		t.Fatalf("Open = %v, %v; want nil, ErrUnavailable", st, err)
	}
	if _, err := Open("Bad App"); !errors.Is(err, ErrInvalidKey) {
		t.Fatalf("Open(\"Bad App\") = %v, want ErrInvalidKey", err)
	}
}

func TestOpenWhenLocalStorageThrows(t *testing.T) {
	// In a sandboxed iframe, merely reading window.localStorage throws a
	// SecurityError. Install such a getter on the real global object.
	jsEval(`Object.defineProperty(globalThis, "localStorage", {
		configurable: true,
		get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
	});`)
	defer jsEval(`delete globalThis.localStorage;`)

	st, err := Open("swarmfield")
	if !errors.Is(err, ErrUnavailable) || st != nil {
		t.Fatalf("Open = %v, %v; want nil, ErrUnavailable", st, err)
	}
	var jsErr js.Error
	if !errors.As(err, &jsErr) || jsErr.Get("name").String() != "SecurityError" {
		t.Fatalf("Open error %v does not carry the SecurityError", err)
	}
}

// mustOpenLocal opens the app "swarmfield" on global, failing the test on
// an error.
func mustOpenLocal(t *testing.T, global js.Value) *Local {
	t.Helper()
	l, err := openLocal(global, "swarmfield")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLocalRoundTrip(t *testing.T) {
	global, backing, _ := fakeGlobal()
	l := mustOpenLocal(t, global)
	if v, ok, err := l.Get("best"); ok || err != nil || v != "" {
		t.Fatalf("Get of a missing key = %q, %v, %v", v, ok, err)
	}
	if err := l.Set("best", "120"); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := l.Get("best"); v != "120" || !ok || err != nil {
		t.Fatalf("Get = %q, %v, %v; want 120", v, ok, err)
	}
	if got := backing.Call("get", "swarmfield:best"); got.String() != "120" {
		t.Fatalf("backing store has %v under swarmfield:best, want 120", got)
	}
	if err := l.Set("Best", "1"); !errors.Is(err, ErrInvalidKey) {
		t.Fatalf("Set(\"Best\") = %v, want ErrInvalidKey", err)
	}
	if _, _, err := l.Get(".probe"); err != nil {
		t.Fatalf("probe key Get failed: %v", err)
	}
	if err := l.Set(".probe", "x"); !errors.Is(err, ErrInvalidKey) {
		t.Fatalf("Set of the probe key = %v, want ErrInvalidKey", err)
	}
}

func TestLocalFaults(t *testing.T) {
	global, _, fail := fakeGlobal()
	l := mustOpenLocal(t, global)
	if err := l.Set("best", "1"); err != nil {
		t.Fatal(err)
	}

	fail.Set("set", "QuotaExceededError")
	if err := l.Set("best", "2"); !errors.Is(err, ErrQuotaExceeded) {
		t.Fatalf("Set on a full storage = %v, want ErrQuotaExceeded", err)
	}
	fail.Set("set", "SecurityError")
	if err := l.Set("best", "2"); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Set throwing SecurityError = %v, want ErrUnavailable", err)
	}
	fail.Set("set", "")
	fail.Set("get", "SecurityError")
	if _, _, err := l.Get("best"); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Get throwing = %v, want ErrUnavailable", err)
	}
	if _, err := openLocal(global, "swarmfield"); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("openLocal with a throwing getItem = %v, want ErrUnavailable", err)
	}
	fail.Set("get", "")
	if v, _, err := l.Get("best"); v != "1" || err != nil {
		t.Fatalf("Get after faults = %q, %v; want the last stored value 1", v, err)
	}

	// A localStorage that is not a Storage object at all.
	for _, body := range []string{`return {localStorage: null};`, `return {localStorage: 7};`, `return {localStorage: {}};`} {
		if _, err := openLocal(jsEval(body), "swarmfield"); !errors.Is(err, ErrUnavailable) {
			t.Errorf("openLocal(%s) = %v, want ErrUnavailable", body, err)
		}
	}
}

func TestIsQuotaError(t *testing.T) {
	cases := []struct {
		body string
		want bool
	}{
		{`return new DOMException("full", "QuotaExceededError");`, true},
		{`return {name: "NS_ERROR_DOM_QUOTA_REACHED"};`, true},
		{`return {name: "Error", code: 22};`, true},
		{`return new DOMException("no", "SecurityError");`, false},
		{`return "QuotaExceededError";`, false},
		{`return null;`, false},
	}
	for _, c := range cases {
		if got := isQuotaError(jsEval(c.body)); got != c.want {
			t.Errorf("isQuotaError(%s) = %v, want %v", c.body, got, c.want)
		}
	}
}
