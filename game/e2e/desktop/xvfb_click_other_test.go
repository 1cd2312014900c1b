//go:build !linux

package desktop

import (
	"errors"
	"time"
)

// clickEvery is implemented on Linux only, where the desktop tests run
// under Xvfb.
func clickEvery(string, int, int, time.Duration, <-chan struct{}) error {
	return errors.New("clicking into the window needs Linux's XTest")
}
