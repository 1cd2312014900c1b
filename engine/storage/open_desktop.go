//go:build !js

package storage

import (
	"fmt"
	"os"
	"path/filepath"
)

// Open returns the platform's default store for the application app, which
// must match [a-z0-9_-]{1,64}. On the desktop this is a Dir in
// os.UserConfigDir()/<app>/. When no configuration folder can be found or
// created, the error wraps ErrUnavailable and the caller should fall back
// to NewMemory.
func Open(app string) (Store, error) {
	if err := checkKey(app); err != nil {
		return nil, fmt.Errorf("storage: open: application name: %w", err)
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w: %w", app, ErrUnavailable, err)
	}
	d, err := OpenDir(filepath.Join(base, app))
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w: %w", app, ErrUnavailable, err)
	}
	return d, nil
}
