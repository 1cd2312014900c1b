package testkit

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Xvfb is a virtual X server started for tests.
//
// Tests start Xvfb directly instead of through xvfb-run: the script's own
// clean-up of its temporary folder has failed on CI with exit status 5,
// hiding the exit status of what it ran.
type Xvfb struct {
	// Display is the display it listens on, such as ":1".
	Display string
	cmd     *exec.Cmd
	log     string
}

// XvfbPath returns the path of the Xvfb binary. Without one it skips t, or
// under CI (CI=true), which must run the tests named by tests, fails it.
func XvfbPath(t testing.TB, tests string) string {
	t.Helper()
	path, err := exec.LookPath("Xvfb")
	if err == nil {
		return path
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("Xvfb is not installed; CI must run the %s tests (.ci/run installs it)", tests)
	}
	t.Skipf("Xvfb is not installed (Debian: apt-get install xvfb), so the %s tests skip", tests)
	return ""
}

// StartXvfb starts the Xvfb binary at path with a w×h screen, on a
// display it picks itself, and waits until it reports that display
// through -displayfd.
func StartXvfb(path string, w, h int) (*Xvfb, error) {
	logFile, err := os.CreateTemp("", "swarmfield-xvfb-*.log")
	if err != nil {
		return nil, fmt.Errorf("xvfb: %w", err)
	}
	defer logFile.Close()
	x := &Xvfb{log: logFile.Name()}
	r, wr, err := os.Pipe()
	if err != nil {
		os.Remove(x.log)
		return nil, fmt.Errorf("xvfb: %w", err)
	}
	defer r.Close()
	cmd := exec.Command(path, "-displayfd", "3", "-screen", "0", fmt.Sprintf("%dx%dx24", w, h), "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{wr} // fd 3 in Xvfb
	cmd.Stdout, cmd.Stderr = logFile, logFile
	DieWithParent(cmd)
	err = cmd.Start()
	wr.Close()
	if err != nil {
		os.Remove(x.log)
		return nil, fmt.Errorf("xvfb: %w", err)
	}
	x.cmd = cmd

	number := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		number <- strings.TrimSpace(line)
	}()
	select {
	case n := <-number:
		if n == "" {
			return nil, x.fail("exited before it was ready")
		}
		x.Display = ":" + n
		return x, nil
	case <-time.After(30 * time.Second):
		return nil, x.fail("was not ready within 30 s")
	}
}

// fail stops an Xvfb that failed to start and returns an error with what
// it printed.
func (x *Xvfb) fail(what string) error {
	log, _ := os.ReadFile(x.log)
	x.Stop()
	return fmt.Errorf("xvfb %s:\n%s", what, log)
}

// Stop stops the server, letting it remove its lock file and socket, and
// removes its log. It may be called more than once.
func (x *Xvfb) Stop() {
	if cmd := x.cmd; cmd != nil {
		x.cmd = nil
		Stop(cmd)
	}
	os.Remove(x.log)
}

// Stop ends a started command: it asks it to stop with SIGTERM, kills it
// if it has not exited five seconds later, and waits for it.
func Stop(cmd *exec.Cmd) {
	cmd.Process.Signal(syscall.SIGTERM)
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		<-exited
	}
}
