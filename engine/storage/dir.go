//go:build !js

package storage

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// tempPrefix starts the name of every temporary file. Keys cannot contain
// '.', so a temporary file is never mistaken for a key's data.
const tempPrefix = ".tmp-"

// staleTempAge is how old a temporary file must be before OpenDir removes
// it. Younger ones may belong to a write in progress in another process.
const staleTempAge = time.Minute

// writeChunk is the size of the pieces in which Set writes a value.
const writeChunk = 64 << 10

// testHookMidWrite, when set, runs after the first chunk of a value has been
// written to its temporary file. Tests use it to kill a write half-way.
var testHookMidWrite func()

// Dir is a Store that keeps each key in its own small file in a folder.
// Writes are atomic: a value is written to a temporary file in the same
// folder, synced, and renamed over the key's file, so a crash leaves either
// the old or the new value, never a mix.
type Dir struct {
	root string
}

// OpenDir returns a Store rooted at dir, creating the folder (mode 0700) if
// needed. Temporary files left by interrupted writes more than a minute ago
// are removed; younger ones are ignored.
func OpenDir(dir string) (*Dir, error) {
	if dir == "" {
		return nil, errors.New("storage: open dir: empty path")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("storage: open dir %s: %w", dir, err)
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("storage: open dir %s: %w", dir, err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("storage: open dir %s: not a directory", dir)
	}
	d := &Dir{root: dir}
	d.removeStaleTemps(time.Now().Add(-staleTempAge))
	return d, nil
}

// Root returns the folder the store keeps its files in.
func (d *Dir) Root() string {
	return d.root
}

// Get returns the value stored under key. A missing file gives ok == false.
func (d *Dir) Get(key string) (string, bool, error) {
	if err := checkKey(key); err != nil {
		return "", false, err
	}
	f, err := os.Open(filepath.Join(d.root, key))
	if errors.Is(err, fs.ErrNotExist) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("storage: get %s: %w", key, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxValueLen+1))
	if err != nil {
		return "", false, fmt.Errorf("storage: get %s: %w", key, err)
	}
	if len(b) > MaxValueLen {
		return "", false, fmt.Errorf("storage: get %s: %w (file is over %d bytes)", key, ErrValueTooLarge, MaxValueLen)
	}
	return string(b), true, nil
}

// Set atomically replaces the value stored under key.
func (d *Dir) Set(key, value string) (err error) {
	if err := checkKey(key); err != nil {
		return err
	}
	if err := checkValue(key, value); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			err = wrapWriteError(key, err)
		}
	}()
	f, err := os.CreateTemp(d.root, tempPrefix+key+"-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	renamed := false
	defer func() {
		if !renamed {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err := writeInChunks(f, value); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(d.root, key)); err != nil {
		return err
	}
	renamed = true
	return syncDir(d.root)
}

// writeInChunks writes value to f piece by piece, calling testHookMidWrite
// after the first piece.
func writeInChunks(f *os.File, value string) error {
	for first := true; ; first = false {
		n := min(len(value), writeChunk)
		if _, err := io.WriteString(f, value[:n]); err != nil {
			return err
		}
		value = value[n:]
		if first && testHookMidWrite != nil {
			testHookMidWrite()
		}
		if len(value) == 0 {
			return nil
		}
	}
}

// wrapWriteError adds context to a failed write, and marks a full disk as
// ErrQuotaExceeded.
func wrapWriteError(key string, err error) error {
	if errors.Is(err, syscall.ENOSPC) {
		return fmt.Errorf("storage: set %s: %w: %w", key, ErrQuotaExceeded, err)
	}
	return fmt.Errorf("storage: set %s: %w", key, err)
}

// syncDir flushes the folder entry of a rename to disk. Windows cannot
// sync a directory handle (and its renames are already durable), so there
// it does nothing.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync dir: %w", err)
	}
	defer f.Close()
	err = f.Sync()
	if err == nil || errors.Is(err, syscall.EINVAL) || errors.Is(err, errors.ErrUnsupported) {
		return nil // some file systems cannot sync directories
	}
	return fmt.Errorf("sync dir: %w", err)
}

// removeStaleTemps deletes temporary files last modified before cutoff.
// Failures are ignored: stale files are never read as data anyway.
func (d *Dir) removeStaleTemps(cutoff time.Time) {
	entries, err := os.ReadDir(d.root)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasPrefix(e.Name(), tempPrefix) {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.ModTime().Before(cutoff) {
			continue
		}
		os.Remove(filepath.Join(d.root, e.Name()))
	}
}
