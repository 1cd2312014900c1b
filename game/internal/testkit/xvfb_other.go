//go:build !linux

package testkit

import "os/exec"

// dieWithParent does nothing where there is no parent-death signal; the
// tests stop Xvfb themselves when they end.
func dieWithParent(*exec.Cmd) {}
