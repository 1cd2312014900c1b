package config

import (
	"io"
	"strings"
	"testing"

	"swarmfield/game"
)

// FuzzParseFlags feeds Parse arbitrary command lines (arguments separated
// by NUL bytes): it must never panic, and what it accepts must be a valid
// configuration.
func FuzzParseFlags(f *testing.F) {
	for _, args := range []string{
		"-seed\x0042", "-hazards\x00200000\x00-bench", "-hazards\x00-5", "-seed\x0018446744073709551616",
		"-frames\x003\x00-screenshot\x00x.png", "-screenshot\x00x.png", "-debug-panic-at\x00draw:9",
		"-debug-window-sizes\x001x1,7680x4320", "-debug-window-sizes\x000x0", "--hazards=1e9", "-h", "stray",
	} {
		f.Add(args)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var args []string
		if line != "" {
			args = strings.Split(line, "\x00")
		}
		cfg, err := Parse(args, io.Discard)
		if err != nil {
			return
		}
		checkValid(t, args, cfg)
	})
}

// FuzzApplyQuery feeds applyQuery arbitrary query strings: it must never
// panic, and must leave a valid configuration.
func FuzzApplyQuery(f *testing.F) {
	for _, q := range []string{"seed=1", "hazards=20000&bench=1", "seed=%00", "hazards=1e9", "bench=true&bench=false", "panic=draw:3"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, query string) {
		cfg := Config{Options: game.Options{Seed: 1}}
		cfg.applyQuery(query, func(string) {})
		checkValid(t, query, cfg)
	})
}

// checkValid fails t if cfg, parsed from input, is not a valid
// configuration.
func checkValid(t *testing.T, input any, cfg Config) {
	t.Helper()
	if err := cfg.Options.Validate(); err != nil || cfg.Options.StartHazards < 0 {
		t.Fatalf("%q gave invalid options %+v: %v", input, cfg.Options, err)
	}
	if err := cfg.check(); err != nil {
		t.Fatalf("%q gave a configuration that fails its checks: %v", input, err)
	}
	if cfg.Frames < 0 || cfg.Debug.PanicAt < 0 {
		t.Fatalf("%q gave frames %d, panic at %d", input, cfg.Frames, cfg.Debug.PanicAt)
	}
	for _, sz := range cfg.Debug.WindowSizes {
		if sz.X < 1 || sz.Y < 1 || sz.X > maxWindowSide || sz.Y > maxWindowSide {
			t.Fatalf("%q gave window size %v", input, sz)
		}
	}
}
