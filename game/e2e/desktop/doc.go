// Package desktop holds Swarmfield's desktop end-to-end tests: they build
// the game, run it under a virtual X server (Xvfb) with test flags and
// check its exit status, output, screenshots and crash reports.
//
// The tests skip when Xvfb is missing, except when CI=true, where a
// missing Xvfb is a failure.
package desktop
