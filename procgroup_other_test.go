//go:build !unix

package main

import "os/exec"

// ownProcessGroup does nothing where there are no process groups; the
// desktop tests need Xvfb, so they skip there anyway.
func ownProcessGroup(*exec.Cmd) {}
