package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

var (
	desktopOnce sync.Once
	desktopBin  string
	desktopErr  error
)

// desktopBinary returns xvfb-run and the game built once for all the
// desktop tests. It skips without Xvfb, except under CI, where it fails.
func desktopBinary(t *testing.T) (xvfb, bin string) {
	t.Helper()
	xvfb, err := exec.LookPath("xvfb-run")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("xvfb-run is not installed; CI must run the desktop tests (.ci/run installs it)")
		}
		t.Skip("xvfb-run is not installed")
	}
	desktopOnce.Do(func() {
		dir, err := os.MkdirTemp("", "swarmfield-desktop")
		if err != nil {
			desktopErr = err
			return
		}
		desktopBin = filepath.Join(dir, "swarmfield")
		if out, err := exec.Command("go", "build", "-o", desktopBin, ".").CombinedOutput(); err != nil {
			desktopErr = &buildError{err, out}
		}
	})
	if desktopErr != nil {
		t.Fatal(desktopErr)
	}
	return xvfb, desktopBin
}

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return "go build: " + e.err.Error() + "\n" + string(e.out) }

// runDesktop runs the game under Xvfb in dir with args, for at most two
// minutes, and returns its exit status and output.
func runDesktop(t *testing.T, dir string, args ...string) (int, string) {
	t.Helper()
	return runDesktopConfig(t, dir, dir, args...)
}

// runDesktopConfig is runDesktop with XDG_CONFIG_HOME set to config.
func runDesktopConfig(t *testing.T, dir, config string, args ...string) (int, string) {
	t.Helper()
	xvfb, bin := desktopBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, xvfb, append([]string{"-a", "-s", "-screen 0 1024x768x24", bin}, args...)...)
	ownProcessGroup(cmd)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+config)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("the game did not end within two minutes; output:\n%s", out.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String()
}
