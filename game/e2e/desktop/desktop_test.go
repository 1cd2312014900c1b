package desktop

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"swarmfield/game/internal/testkit"
)

// exitCrash is the game's exit status after a panic in the game loop
// (main.go).
const exitCrash = 3

var (
	desktopOnce sync.Once
	desktopBin  string
	desktopErr  error
)

// TestMain stops the shared Xvfb and removes the game's build after the
// tests.
func TestMain(m *testing.M) {
	code := m.Run()
	stopXvfb()
	if desktopBin != "" {
		os.RemoveAll(filepath.Dir(desktopBin))
	}
	os.Exit(code)
}

// desktopBinary returns the display of the shared Xvfb and the game built
// once for all the desktop tests. It skips without Xvfb, except under CI,
// where it fails.
func desktopBinary(t *testing.T) (display, bin string) {
	t.Helper()
	path := testkit.XvfbPath(t, "desktop")
	display, err := xvfbDisplay(path)
	if err != nil {
		t.Fatal(err)
	}
	desktopOnce.Do(func() {
		dir, err := os.MkdirTemp("", "swarmfield-desktop")
		if err != nil {
			desktopErr = err
			return
		}
		desktopBin = filepath.Join(dir, "swarmfield")
		if out, err := exec.Command("go", "build", "-o", desktopBin, "swarmfield").CombinedOutput(); err != nil {
			desktopErr = &buildError{err, out}
		}
	})
	if desktopErr != nil {
		t.Fatal(desktopErr)
	}
	return display, desktopBin
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
	display, bin := desktopBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "WAYLAND_DISPLAY=", "XDG_CONFIG_HOME="+config)
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
