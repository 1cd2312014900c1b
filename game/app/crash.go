package app

import (
	"fmt"
	"io"
	"time"

	"swarmfield/engine/crash"
)

// CrashInfo returns what a crash report says about the game: the current
// run's seed, tick and state hash, the scene, and the run's replay so far.
// A crash may leave the game half-updated, so crash.NewReport calls it
// under a recover.
func (a *App) CrashInfo() crash.Info {
	var info crash.Info
	s := a.sess
	if s == nil {
		return info
	}
	info.Scene = s.Scene.String()
	if a.viewer != nil {
		info.Scene = "replay" // the session plays the replay's run
	}
	if r := s.Run; r != nil {
		info.Seed, info.Tick, info.Hash = r.Options().Seed, r.Tick, r.Hash()
	}
	if _, data, err := a.replayBytes(); err == nil {
		info.Replay = data
	}
	return info
}

// ReportCrash reports err, a panic caught in the game loop, with what
// CrashInfo says about the game: in a crash file on the desktop, in the
// page's error panel in the browser. It tells w where the report went, or
// writes the report itself to w if it could not be delivered.
func (a *App) ReportCrash(err error, w io.Writer) {
	rep := crash.NewReport(err, "Swarmfield", a.cfg.Version, time.Now(), a.CrashInfo)
	fmt.Fprintf(w, "swarmfield: %s\n", rep.Message())
	if where, derr := deliverCrash(rep); derr != nil {
		fmt.Fprintf(w, "swarmfield: %v\n%s", derr, rep.String())
	} else {
		fmt.Fprintf(w, "swarmfield: crash report: %s\n", where)
	}
}
