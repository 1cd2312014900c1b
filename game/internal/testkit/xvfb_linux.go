package testkit

import (
	"os/exec"
	"syscall"
)

// DieWithParent makes the kernel stop cmd when the test binary exits, even
// when a test timeout ends it without running its clean-up.
func DieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
}
