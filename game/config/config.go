// Package config reads how Swarmfield is asked to run: the desktop's
// command-line flags and, in the browser, the page's URL parameters, into
// one Config. Both front ends share one parser and one validation per
// option, so a value means the same in either.
package config

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"

	"swarmfield/engine/loop"
	"swarmfield/game"
)

// Config is what the command line or the page asks for.
type Config struct {
	// Options start the first run; the seed is random unless set.
	Options game.Options
	// Frames, when positive, quits after that many frames.
	Frames int
	// Screenshot is a PNG file for the last frame (with Frames).
	Screenshot string
	// PerfLog is a file for the performance figures, one JSON line a second.
	PerfLog string
	// DrawImage draws the swarm with one DrawImage call per hazard.
	DrawImage bool
	// CPUProfile and MemProfile are files for pprof profiles.
	CPUProfile, MemProfile string
	// Record is a file for each run's replay.
	Record string
	// Replay is a replay file to play in the window, or with Headless to
	// verify without one.
	Replay   string
	Headless bool
	// ReplayCode is a replay code to watch, from the page's ?replay= or
	// #replay= (see applyQuery and applyHash).
	ReplayCode string
	// Debug holds the test hooks of -debug-* and ?panic=.
	Debug loop.Debug
}

// ErrHelp is what Parse returns when the command line asks for help.
var ErrHelp = errors.New("config: help requested")

// Parse parses the command line into a Config; in the browser it then
// applies the page's URL parameters, warning on the console about invalid
// ones. For bad arguments it prints an error and the usage to stderr and
// returns an error; for -h it prints the usage and returns ErrHelp.
func Parse(args []string, stderr io.Writer) (Config, error) {
	cfg := Config{Options: game.Options{Seed: rand.Uint64()}}
	if err := cfg.parseFlags(args, stderr); err != nil {
		return cfg, err
	}
	applyPage(&cfg)
	return cfg, nil
}

// check checks the options that depend on each other or on files.
func (c *Config) check() error {
	switch {
	case c.Screenshot != "" && c.Frames == 0:
		return errors.New("-screenshot needs -frames N")
	case c.Headless && c.Replay == "":
		return errors.New("-headless needs -replay FILE")
	case c.Record != "" && c.Replay != "":
		return errors.New("-record and -replay cannot be used together")
	case c.Debug.ShotDir != "" && len(c.Debug.WindowSizes) == 0:
		return errors.New("-debug-window-shots needs -debug-window-sizes")
	case c.Debug.ShotDir != "":
		if fi, err := os.Stat(c.Debug.ShotDir); err != nil || !fi.IsDir() {
			return fmt.Errorf("-debug-window-shots: %q is not a folder", c.Debug.ShotDir)
		}
	}
	return nil
}
