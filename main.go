// Command swarmfield is the Swarmfield game: collect orbs, dodge a growing
// swarm, stay inside the field. `go run .` opens the desktop window; the
// same program compiled to WebAssembly runs in the browser (see web/).
package main

import (
	"fmt"
	"io"
	"os"

	"swarmfield/engine/crash"
	"swarmfield/engine/loop"
	"swarmfield/game"
	"swarmfield/game/app"
)

// version is the build's version; `make` sets it with -ldflags -X.
var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs the game with the command-line arguments and returns the exit
// status: 0 on success, 1 when the game fails, 2 for bad arguments.
func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if err == errHelp {
			return 0
		}
		return 2
	}
	applyPageParams(&cfg)
	appCfg := app.Config{Options: cfg.options, Version: version, DrawImagePerSprite: cfg.drawImage, RecordFile: cfg.record}
	if cfg.replay != "" {
		rp, err := loadReplay(cfg.replay)
		if err != nil {
			fmt.Fprintln(stderr, "swarmfield: -replay:", err)
			return 1
		}
		appCfg.Replay = rp
	}
	if cfg.perfLog != "" {
		f, err := os.Create(cfg.perfLog)
		if err != nil {
			fmt.Fprintln(stderr, "swarmfield: -perf-log:", err)
			return 1
		}
		defer f.Close()
		appCfg.PerfLog = f
	}
	stopProfiles, err := startProfiles(cfg.cpuProfile, cfg.memProfile)
	if err != nil {
		fmt.Fprintln(stderr, "swarmfield:", err)
		return 1
	}
	defer func() {
		if err := stopProfiles(); err != nil {
			fmt.Fprintln(stderr, "swarmfield:", err)
		}
	}()
	if cfg.headless {
		return replayHeadless(cfg.replay, appCfg.Replay, stdout, stderr)
	}
	a, err := app.New(appCfg)
	if err != nil {
		fmt.Fprintln(stderr, "swarmfield:", err)
		return 1
	}
	err = loop.Run(a, loop.Config{
		Width:      game.FieldWidth,
		Height:     game.FieldHeight,
		Title:      "Swarmfield",
		MaxFrames:  cfg.frames,
		Screenshot: cfg.screenshot,
		Hooks:      a.Hooks(),
		// Crisp at any window size and device scale factor; the
		// DrawImage baseline draws in field units only.
		HiDPI: !cfg.drawImage,
		Debug: loop.Debug{PanicAt: cfg.debug.panicAt, PanicInDraw: cfg.debug.panicInDraw, WindowSizes: cfg.debug.windowSizes, ShotDir: cfg.debug.shotDir},
	})
	if _, ok := crash.AsPanic(err); ok {
		return reportCrash(err, a.CrashInfo, stderr)
	}
	if cerr := a.Close(); cerr != nil {
		fmt.Fprintln(stderr, "swarmfield:", cerr)
		if err == nil {
			return 1
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "swarmfield:", err)
		return 1
	}
	return 0
}
