//go:build !linux

package desktop

import "os/exec"

// dieWithParent does nothing where there is no parent-death signal;
// TestMain stops Xvfb when the tests end.
func dieWithParent(*exec.Cmd) {}
