package desktop

import (
	"sync"

	"swarmfield/game/internal/testkit"
)

// xvfb is the virtual X server the desktop tests share, with a 1024×768
// screen: one server for all tests saves a second of start-up per run. It
// is started on first use and stopped by TestMain.
var xvfb struct {
	once   sync.Once
	server *testkit.Xvfb
	err    error
}

// xvfbDisplay returns the display of the shared Xvfb, starting it with
// the Xvfb binary at path if it is not running yet.
func xvfbDisplay(path string) (string, error) {
	xvfb.once.Do(func() { xvfb.server, xvfb.err = testkit.StartXvfb(path, 1024, 768) })
	if xvfb.err != nil {
		return "", xvfb.err
	}
	return xvfb.server.Display, nil
}

// stopXvfb stops the shared Xvfb if it was started.
func stopXvfb() {
	if xvfb.server != nil {
		xvfb.server.Stop()
	}
}
