package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"

	"swarmfield/game"
)

// config is what the command line asks for.
type config struct {
	options    game.Options
	frames     int
	screenshot string
	perfLog    string
	drawImage  bool
	cpuProfile string
	memProfile string
	// record, replay and headless are the replay flags (replaycmd.go).
	record   string
	replay   string
	headless bool
	// debug holds the -debug-* flags (debugflags.go).
	debug debugConfig
}

// errHelp is returned by parseFlags after printing the help for -h.
var errHelp = flag.ErrHelp

// parseFlags parses the command line. It prints the usage and an error to
// stderr for bad arguments.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("swarmfield", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: swarmfield [flags]\n\nSwarmfield: collect orbs, dodge the swarm, stay in the field.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	seed := fs.String("seed", "", "seed of the first run, a number from 0 to 2^64-1 (default: random)")
	fs.IntVar(&cfg.options.StartHazards, "hazards", 0, fmt.Sprintf("start with `N` hazards, 1 to %d (default %d)", game.MaxStartHazards, game.DefaultStartHazards))
	fs.BoolVar(&cfg.options.Invulnerable, "bench", false, "stress mode: hazards do not end the run")
	fs.IntVar(&cfg.frames, "frames", 0, "quit after `N` frames (0: run until the window closes)")
	fs.StringVar(&cfg.screenshot, "screenshot", "", "save the last frame as a PNG `file` (needs -frames)")
	fs.BoolVar(&cfg.drawImage, "drawimage", false, "draw the swarm with one DrawImage call per hazard instead of the sprite batch, to compare their cost")
	fs.StringVar(&cfg.perfLog, "perf-log", "", "write the performance figures to `file`, one JSON line a second")
	fs.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile to `file` (go tool pprof)")
	fs.StringVar(&cfg.memProfile, "memprofile", "", "write a heap profile to `file` when the game ends")
	addReplayFlags(fs, &cfg)
	addDebugFlags(fs, &cfg.debug)
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	fail := func(format string, a ...any) (config, error) {
		err := fmt.Errorf(format, a...)
		fmt.Fprintln(stderr, "swarmfield:", err)
		fs.Usage()
		return cfg, err
	}
	if fs.NArg() > 0 {
		return fail("unexpected argument %q", fs.Arg(0))
	}
	if *seed == "" {
		cfg.options.Seed = rand.Uint64()
	} else {
		n, err := strconv.ParseUint(*seed, 10, 64)
		if err != nil {
			return fail("-seed %q is not a number from 0 to 2^64-1", *seed)
		}
		cfg.options.Seed = n
	}
	if err := cfg.options.Validate(); err != nil {
		return fail("-hazards: %v", err)
	}
	if cfg.frames < 0 {
		return fail("-frames must not be negative, got %d", cfg.frames)
	}
	if cfg.screenshot != "" && cfg.frames == 0 {
		return fail("-screenshot needs -frames N")
	}
	if err := checkReplayFlags(cfg); err != nil {
		return fail("%v", err)
	}
	if err := cfg.debug.check(); err != nil {
		return fail("%v", err)
	}
	return cfg, nil
}
