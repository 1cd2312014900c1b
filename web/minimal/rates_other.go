//go:build !js

package main

// reportRates does nothing outside the browser.
func reportRates(fps, tps float64) {}
