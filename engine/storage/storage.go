// Package storage provides a tiny persistent key-value store for small
// strings such as a best score or a settings flag.
//
// In the browser the store is window.localStorage with keys prefixed by the
// application name; on the desktop it is a folder under the user's
// configuration directory with one small file per key. Both can be missing or
// refuse to work (a sandboxed iframe, blocked third-party storage, a
// read-only home directory), so every operation returns an error instead of
// panicking, and callers are expected to fall back to [NewMemory].
package storage

import (
	"errors"
	"fmt"
)

// Store is a key-value store for small strings.
//
// Keys are restricted to 1 to 64 bytes of [a-z0-9_-] on every
// implementation that persists data, so a key that works on one platform
// works on all of them.
type Store interface {
	// Get returns the value stored under key. A key that was never set
	// gives ok == false and a nil error.
	Get(key string) (value string, ok bool, err error)
	// Set stores value under key, replacing any previous value.
	Set(key, value string) error
}

// MaxValueLen is the largest value, in bytes, that a persistent store
// accepts. Stores are meant for small strings; the limit keeps a corrupted
// or hostile file from being read into memory whole.
const MaxValueLen = 1 << 20

// maxKeyLen is the longest accepted key or application name.
const maxKeyLen = 64

var (
	// ErrUnavailable reports that the platform store cannot be used at
	// all, for example because localStorage is missing or throws a
	// SecurityError, or there is no user configuration directory.
	ErrUnavailable = errors.New("storage unavailable")
	// ErrQuotaExceeded reports that a write was refused for lack of space.
	ErrQuotaExceeded = errors.New("storage quota exceeded")
	// ErrInvalidKey reports a key (or application name) outside
	// [a-z0-9_-]{1,64}.
	ErrInvalidKey = errors.New("invalid key")
	// ErrValueTooLarge reports a value longer than MaxValueLen.
	ErrValueTooLarge = errors.New("value too large")
)

// checkKey reports whether key is 1 to 64 bytes of [a-z0-9_-].
func checkKey(key string) error {
	if len(key) == 0 || len(key) > maxKeyLen {
		return fmt.Errorf("storage: key of %d bytes: %w (want 1 to %d bytes)", len(key), ErrInvalidKey, maxKeyLen)
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || c == '_' || c == '-' {
			continue
		}
		return fmt.Errorf("storage: key %q: %w (byte %d is %q, want [a-z0-9_-])", key, ErrInvalidKey, i, c)
	}
	return nil
}

// checkValue reports whether value fits in MaxValueLen.
func checkValue(key, value string) error {
	if len(value) > MaxValueLen {
		return fmt.Errorf("storage: set %s: %w (%d bytes, limit %d)", key, ErrValueTooLarge, len(value), MaxValueLen)
	}
	return nil
}
