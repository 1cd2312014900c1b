package desktop

import (
	"fmt"
	"sync"
	"time"

	"github.com/ebitengine/purego"
)

// xtest holds the few Xlib and XTest functions clickEvery needs, loaded at
// run time like Ebitengine loads X11 (purego, no cgo).
var xtest struct {
	once         sync.Once
	err          error
	openDisplay  func(name string) uintptr
	closeDisplay func(dpy uintptr) int32
	flush        func(dpy uintptr) int32
	fakeMotion   func(dpy uintptr, screen, x, y int32, delay uint64) int32
	fakeButton   func(dpy uintptr, button uint32, press int32, delay uint64) int32
}

func loadXTest() error {
	xtest.once.Do(func() {
		x11, err := purego.Dlopen("libX11.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
		if err != nil {
			xtest.err = fmt.Errorf("xtest: %w", err)
			return
		}
		xtst, err := purego.Dlopen("libXtst.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
		if err != nil {
			xtest.err = fmt.Errorf("xtest: %w (Debian: apt-get install libxtst6)", err)
			return
		}
		purego.RegisterLibFunc(&xtest.openDisplay, x11, "XOpenDisplay")
		purego.RegisterLibFunc(&xtest.closeDisplay, x11, "XCloseDisplay")
		purego.RegisterLibFunc(&xtest.flush, x11, "XFlush")
		purego.RegisterLibFunc(&xtest.fakeMotion, xtst, "XTestFakeMotionEvent")
		purego.RegisterLibFunc(&xtest.fakeButton, xtst, "XTestFakeButtonEvent")
	})
	return xtest.err
}

// clickEvery clicks the left mouse button at (x, y) on display every
// interval, as a player would, until stop is closed.
func clickEvery(display string, x, y int, interval time.Duration, stop <-chan struct{}) error {
	if err := loadXTest(); err != nil {
		return err
	}
	dpy := xtest.openDisplay(display)
	if dpy == 0 {
		return fmt.Errorf("xtest: cannot open display %s", display)
	}
	go func() {
		defer xtest.closeDisplay(dpy)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			xtest.fakeMotion(dpy, -1, int32(x), int32(y), 0)
			xtest.fakeButton(dpy, 1, 1, 0)
			xtest.fakeButton(dpy, 1, 0, 0)
			xtest.flush(dpy)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return nil
}
