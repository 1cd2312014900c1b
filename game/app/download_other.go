//go:build !(js && wasm)

package app

import "os"

// download saves data as the file name in the current folder.
func download(name string, data []byte) error {
	return os.WriteFile(name, data, 0o644)
}
