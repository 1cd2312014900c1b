package main

import (
	"io"
	"strings"
	"testing"
)

// FuzzParseFlags feeds parseFlags arbitrary command lines (arguments
// separated by NUL bytes): it must never panic, and what it accepts must
// be a valid configuration.
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
		cfg, err := parseFlags(args, io.Discard)
		if err != nil {
			return
		}
		if err := cfg.options.Validate(); err != nil {
			t.Fatalf("parseFlags(%q) accepted invalid options: %v", args, err)
		}
		if cfg.frames < 0 || (cfg.screenshot != "" && cfg.frames == 0) {
			t.Fatalf("parseFlags(%q) accepted frames %d with screenshot %q", args, cfg.frames, cfg.screenshot)
		}
		if cfg.debug.panicAt < 0 {
			t.Fatalf("parseFlags(%q) accepted -debug-panic-at %d", args, cfg.debug.panicAt)
		}
		for _, sz := range cfg.debug.windowSizes {
			if sz.X < 1 || sz.Y < 1 || sz.X > maxWindowSide || sz.Y > maxWindowSide {
				t.Fatalf("parseFlags(%q) accepted window size %v", args, sz)
			}
		}
	})
}
