package testkit

import (
	"fmt"
	"runtime"
	"testing"
)

// ender is a testing.TB that records how Fatalf or Skipf ended a test and
// ends only its goroutine.
type ender struct {
	testing.TB
	how string
}

func (e *ender) Helper() {}

func (e *ender) Fatalf(format string, args ...any) {
	e.how = "failed: " + fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func (e *ender) Skipf(format string, args ...any) {
	e.how = "skipped: " + fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// TestXvfbPathWithoutXvfb checks that without Xvfb on the PATH the tests
// skip on a laptop and fail under CI.
func TestXvfbPathWithoutXvfb(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for _, c := range []struct{ ci, want string }{
		{"true", "failed: Xvfb is not installed; CI must run the desktop tests (.ci/run installs it)"},
		{"", "skipped: Xvfb is not installed (Debian: apt-get install xvfb), so the desktop tests skip"},
	} {
		ci, want := c.ci, c.want
		t.Setenv("CI", ci)
		e := &ender{TB: t}
		done := make(chan struct{})
		go func() {
			defer close(done)
			XvfbPath(e, "desktop")
		}()
		<-done
		if e.how != want {
			t.Errorf("CI=%q: %q, want %q", ci, e.how, want)
		}
	}
}
