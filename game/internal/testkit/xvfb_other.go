//go:build !linux

package testkit

import "os/exec"

// DieWithParent does nothing where there is no parent-death signal; the
// tests stop what they started themselves when they end.
func DieWithParent(*exec.Cmd) {}
