package main

import (
	"fmt"
	"io"
	"time"

	"swarmfield/engine/crash"
)

// exitCrash is the exit status after a panic in the game loop.
const exitCrash = 3

// reportCrash reports a panic caught in the game loop: a crash file on the
// desktop, the error panel in the browser (see deliverCrash). info tells
// the report about the game. It returns the exit status.
func reportCrash(err error, info func() crash.Info, stderr io.Writer) int {
	rep := crash.NewReport(err, version, time.Now(), info)
	fmt.Fprintf(stderr, "swarmfield: %s\n", rep.Message())
	if where, derr := deliverCrash(rep); derr != nil {
		fmt.Fprintf(stderr, "swarmfield: %v\n%s", derr, rep.String())
	} else {
		fmt.Fprintf(stderr, "swarmfield: crash report: %s\n", where)
	}
	return exitCrash
}
