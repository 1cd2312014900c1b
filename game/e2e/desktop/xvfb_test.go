package desktop

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// xvfb is the virtual X server the desktop tests share. It is started on
// first use, on a display it picks itself, and stopped by TestMain.
//
// The tests start Xvfb directly instead of through xvfb-run: the script's
// own clean-up of its temporary folder has failed on CI with exit status 5,
// hiding the game's exit status, and one server for all tests also saves a
// second of start-up per run.
var xvfb struct {
	once    sync.Once
	cmd     *exec.Cmd
	log     string
	display string
	err     error
}

// xvfbDisplay returns the display of the shared Xvfb, starting it with
// the Xvfb binary at path if it is not running yet.
func xvfbDisplay(path string) (string, error) {
	xvfb.once.Do(func() { xvfb.display, xvfb.err = startXvfb(path) })
	return xvfb.display, xvfb.err
}

// startXvfb starts Xvfb with a 1024×768 screen and waits until it reports,
// through -displayfd, the display it listens on.
func startXvfb(path string) (string, error) {
	logFile, err := os.CreateTemp("", "swarmfield-xvfb-*.log")
	if err != nil {
		return "", fmt.Errorf("xvfb: %w", err)
	}
	defer logFile.Close()
	xvfb.log = logFile.Name()
	r, w, err := os.Pipe()
	if err != nil {
		return "", fmt.Errorf("xvfb: %w", err)
	}
	defer r.Close()
	cmd := exec.Command(path, "-displayfd", "3", "-screen", "0", "1024x768x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w} // fd 3 in Xvfb
	cmd.Stdout, cmd.Stderr = logFile, logFile
	dieWithParent(cmd)
	err = cmd.Start()
	w.Close()
	if err != nil {
		return "", fmt.Errorf("xvfb: %w", err)
	}
	xvfb.cmd = cmd

	number := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		number <- strings.TrimSpace(line)
	}()
	select {
	case n := <-number:
		if n == "" {
			return "", failXvfb("exited before it was ready")
		}
		return ":" + n, nil
	case <-time.After(30 * time.Second):
		return "", failXvfb("was not ready within 30 s")
	}
}

// failXvfb stops Xvfb after it failed to start and returns an error with
// what it printed.
func failXvfb(what string) error {
	log, _ := os.ReadFile(xvfb.log)
	stopXvfb()
	return fmt.Errorf("xvfb %s:\n%s", what, log)
}

// stopXvfb stops the shared Xvfb if it was started, letting it remove its
// lock file and socket, and removes its log.
func stopXvfb() {
	if cmd := xvfb.cmd; cmd != nil {
		xvfb.cmd = nil
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
	if xvfb.log != "" {
		os.Remove(xvfb.log)
	}
}
