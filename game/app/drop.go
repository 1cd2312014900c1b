//go:build !(js && wasm)

package app

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/game/replay"
)

// watchDropped watches a replay file, or a text file holding a replay
// code, dropped on the desktop's window. In the browser the page takes
// drops itself (web/share.js, and drop_js.go).
func (a *App) watchDropped() {
	if fsys := ebiten.DroppedFiles(); fsys != nil {
		a.watchFS(fsys)
	}
}

// watchFS watches the first file at the root of fsys, or says on the
// title why it cannot.
func (a *App) watchFS(fsys fs.FS) {
	data, err := firstFile(fsys)
	if err != nil {
		a.refuseWatch(err)
		return
	}
	a.watch(string(data))
}

// firstFile reads the first regular file at the root of fsys, up to just
// over replay.MaxFileSize bytes, which watchCode then refuses.
func firstFile(fsys fs.FS) ([]byte, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("the dropped files cannot be read: %w", err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		f, err := fsys.Open(e.Name())
		if err != nil {
			return nil, fmt.Errorf("%s cannot be read: %w", e.Name(), err)
		}
		defer f.Close()
		data, err := io.ReadAll(io.LimitReader(f, replay.MaxFileSize+1))
		if err != nil {
			return nil, fmt.Errorf("%s cannot be read: %w", e.Name(), err)
		}
		return data, nil
	}
	return nil, errors.New("drop a replay file or a file holding a replay code")
}
