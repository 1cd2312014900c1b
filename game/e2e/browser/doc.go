//go:build !js

// Package browser holds Swarmfield's browser end-to-end tests: they build the
// web version, serve it with the development server and play it in
// headless Chromium through window.swarmfield.
//
// The tests skip when Chromium is missing, except when CI=true, where a
// missing browser is a failure.
package browser
