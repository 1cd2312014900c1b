// Command swarmfield is the Swarmfield game: collect orbs, dodge a growing
// swarm, stay inside the field. `go run .` opens the desktop window; the
// same program compiled to WebAssembly runs in the browser (see web/).
// `go run . -h` lists the flags (game/config).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"swarmfield/engine/crash"
	"swarmfield/engine/loop"
	"swarmfield/engine/profile"
	"swarmfield/game"
	"swarmfield/game/app"
	"swarmfield/game/config"
)

// version is the build's version; `make` sets it with -ldflags -X.
var version = "dev"

// exitCrash is the exit status after a panic in the game loop.
const exitCrash = 3

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs the game and returns the exit status: 0 on success, 1 when the
// game fails, 2 for bad arguments, exitCrash after a panic.
func run(args []string, stdout, stderr io.Writer) (code int) {
	cfg, err := config.Parse(args, stderr)
	if errors.Is(err, config.ErrHelp) {
		return 0
	} else if err != nil {
		return 2
	}
	stopProfiles, err := profile.Start(cfg.CPUProfile, cfg.MemProfile)
	if err != nil {
		return status(stderr, err)
	}
	defer func() {
		// A profile that could not be written fails a run that succeeded.
		if s := status(stderr, stopProfiles()); code == 0 {
			code = s
		}
	}()
	if cfg.Headless {
		return status(stderr, app.VerifyReplay(cfg.Replay, stdout))
	}

	appCfg := app.Config{Options: cfg.Options, Version: version, DrawImagePerSprite: cfg.DrawImage,
		RecordFile: cfg.Record, ReplayFile: cfg.Replay, ReplayCode: cfg.ReplayCode}
	if cfg.PerfLog != "" {
		f, err := os.Create(cfg.PerfLog)
		if err != nil {
			return status(stderr, err)
		}
		defer f.Close()
		appCfg.PerfLog = f
	}
	a, err := app.New(appCfg)
	if err != nil {
		return status(stderr, err)
	}
	err = loop.Run(a, loop.Config{
		Width:      game.FieldWidth,
		Height:     game.FieldHeight,
		Title:      "Swarmfield",
		MaxFrames:  cfg.Frames,
		Screenshot: cfg.Screenshot,
		Hooks:      a.Hooks(),
		HiDPI:      !cfg.DrawImage, // the DrawImage baseline draws in field units only
		// The field's backdrop covers the field; Draw clears the bars.
		CoversScreen: true,
		Debug:        cfg.Debug,
	})
	if _, ok := crash.AsPanic(err); ok {
		a.ReportCrash(err, stderr)
		return exitCrash
	}
	return status(stderr, errors.Join(err, a.Close()))
}

// status prints err, if any, and returns the exit status for it: 0 for
// none, 1 for a failed game.
func status(stderr io.Writer, err error) int {
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, "swarmfield:", err)
	return 1
}
