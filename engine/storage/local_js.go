//go:build js && wasm

package storage

import (
	"fmt"
	"syscall/js"
)

// Local is a Store backed by the browser's localStorage. Every key is
// stored as "<app>:<key>", because all games on a host such as itch.io
// share one origin.
type Local struct {
	storage js.Value
	prefix  string
}

// probeKey is read by Open to check that localStorage answers. It cannot
// collide with a real key, which may not contain '.'.
const probeKey = ".probe"

// Open returns the platform's default store for the application app, which
// must match [a-z0-9_-]{1,64}. In the browser this is localStorage with keys
// prefixed "<app>:". When localStorage is missing (Node, web workers) or
// throws (a sandboxed iframe, blocked third-party storage), the error wraps
// ErrUnavailable and the caller should fall back to NewMemory.
func Open(app string) (Store, error) {
	if err := checkKey(app); err != nil {
		return nil, fmt.Errorf("storage: open: application name: %w", err)
	}
	l, err := openLocal(js.Global(), app)
	if err != nil {
		return nil, err // not a typed nil in the interface
	}
	return l, nil
}

// openLocal opens the localStorage found on global.
func openLocal(global js.Value, app string) (l *Local, err error) {
	defer recoverJS(&err, "storage: open "+app)
	// Reading window.localStorage can itself throw a SecurityError.
	// js.Value.Get does not catch JavaScript exceptions (they would unwind
	// through the Go stack and kill the program), but Call does, so the
	// property is read through Reflect.get.
	ls := js.Global().Get("Reflect").Call("get", global, "localStorage")
	if ls.Type() != js.TypeObject {
		return nil, fmt.Errorf("storage: open %s: %w: localStorage is %s", app, ErrUnavailable, ls.Type())
	}
	l = &Local{storage: ls, prefix: app + ":"}
	if _, _, err := l.Get(probeKey); err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", app, err)
	}
	return l, nil
}

// Get returns the value stored under key.
func (l *Local) Get(key string) (value string, ok bool, err error) {
	if key != probeKey {
		if err := checkKey(key); err != nil {
			return "", false, err
		}
	}
	defer recoverJS(&err, "storage: get "+key)
	v := l.storage.Call("getItem", l.prefix+key)
	switch v.Type() {
	case js.TypeNull, js.TypeUndefined:
		return "", false, nil
	case js.TypeString:
		return v.String(), true, nil
	}
	return "", false, fmt.Errorf("storage: get %s: getItem returned a %s", key, v.Type())
}

// Set stores value under key. A full localStorage gives an error wrapping
// ErrQuotaExceeded.
func (l *Local) Set(key, value string) (err error) {
	if err := checkKey(key); err != nil {
		return err
	}
	if err := checkValue(key, value); err != nil {
		return err
	}
	defer recoverJS(&err, "storage: set "+key)
	l.storage.Call("setItem", l.prefix+key, value)
	return nil
}

// recoverJS turns a panic raised by syscall/js (a thrown JavaScript
// exception, or a call on a non-object) into an error in *err, so that a
// misbehaving localStorage never crashes the game.
func recoverJS(err *error, context string) {
	r := recover()
	if r == nil {
		return
	}
	var jsErr js.Error
	switch e := r.(type) {
	case js.Error:
		jsErr = e
	case error:
		*err = fmt.Errorf("%s: %w: %w", context, ErrUnavailable, e)
		return
	default:
		*err = fmt.Errorf("%s: %w: %v", context, ErrUnavailable, r)
		return
	}
	kind := ErrUnavailable
	if isQuotaError(jsErr.Value) {
		kind = ErrQuotaExceeded
	}
	*err = fmt.Errorf("%s: %w: %w", context, kind, jsErr)
}

// isQuotaError reports whether a thrown JavaScript value is a
// DOMException for a full storage, under any browser's name for it.
func isQuotaError(v js.Value) bool {
	if v.Type() != js.TypeObject {
		return false
	}
	if name := v.Get("name"); name.Type() == js.TypeString {
		switch name.String() {
		case "QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED":
			return true
		}
	}
	code := v.Get("code")
	return code.Type() == js.TypeNumber && (code.Int() == 22 || code.Int() == 1014)
}
