//go:build js && wasm

package app

// watchDropped does nothing in the browser, where the page takes the
// drops before the canvas sees them (web/share.js) and passes them to
// watch(): reading them here as well would cost the download its bytes.
func (a *App) watchDropped() {}
