//go:build !(js && wasm)

package jsbridge

// Expose does nothing outside the browser.
func Expose(name, version string, funcs map[string]Func) {}

// ExposeStringFuncs does nothing outside the browser.
func ExposeStringFuncs(name string, funcs map[string]StringFunc) {}

// Call does nothing outside the browser and reports false.
func Call(name, method string, args ...any) bool { return false }

// WriteClipboard reports ErrNoClipboard outside the browser, on the
// returned channel.
func WriteClipboard(text string) <-chan error {
	done := make(chan error, 1)
	done <- ErrNoClipboard
	return done
}
