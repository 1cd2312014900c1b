package main

import "syscall/js"

// reportRates publishes the frame and tick rates to the page as
// window.minimal = {fps, tps}, for the frame-cost benchmark.
func reportRates(fps, tps float64) {
	m := js.Global().Get("Object").New()
	m.Set("fps", fps)
	m.Set("tps", tps)
	js.Global().Set("minimal", m)
}
