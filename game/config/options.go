package config

import (
	"errors"
	"fmt"
	"image"
	"strconv"
	"strings"

	"swarmfield/engine/loop"
	"swarmfield/game"
)

// option is one setting: its flag, its URL parameter if the page takes
// it, and the one function that parses and validates its value.
type option struct {
	flag   string
	param  string // the URL parameter, or "" for a desktop-only flag
	isBool bool   // a switch: -flag alone means true
	usage  string
	set    func(c *Config, s string) error
}

// options are every flag and URL parameter.
var options = []option{
	{flag: "seed", param: "seed", usage: "seed `N` of the first run, from 0 to 2^64-1 (default: random)",
		set: func(c *Config, s string) error {
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				return errors.New("not a number from 0 to 2^64-1")
			}
			c.Options.Seed = n
			return nil
		}},
	{flag: "hazards", param: "hazards",
		usage: fmt.Sprintf("start with `N` hazards, 1 to %d (default %d)", game.MaxStartHazards, game.DefaultStartHazards),
		set: func(c *Config, s string) error {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 || n > game.MaxStartHazards {
				return fmt.Errorf("not a whole number from 1 to %d", game.MaxStartHazards)
			}
			c.Options.StartHazards = n
			return nil
		}},
	{flag: "bench", param: "bench", isBool: true, usage: "stress mode: hazards do not end the run",
		set: func(c *Config, s string) error { return parseBool(s, &c.Options.Invulnerable) }},
	{flag: "frames", usage: "quit after `N` frames (0: run until the window closes)",
		set: func(c *Config, s string) error {
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 {
				return errors.New("not a whole number from 0")
			}
			c.Frames = n
			return nil
		}},
	{flag: "screenshot", usage: "save the last frame as a PNG `file` (needs -frames)",
		set: func(c *Config, s string) error { c.Screenshot = s; return nil }},
	{flag: "drawimage", param: "drawimage", isBool: true,
		usage: "draw the swarm with one DrawImage call per hazard instead of the sprite batch, to compare their cost",
		set:   func(c *Config, s string) error { return parseBool(s, &c.DrawImage) }},
	{flag: "perf-log", usage: "write the performance figures to `file`, one JSON line a second",
		set: func(c *Config, s string) error { c.PerfLog = s; return nil }},
	{flag: "cpuprofile", usage: "write a CPU profile to `file` (go tool pprof)",
		set: func(c *Config, s string) error { c.CPUProfile = s; return nil }},
	{flag: "memprofile", usage: "write a heap profile to `file` when the game ends",
		set: func(c *Config, s string) error { c.MemProfile = s; return nil }},
	{flag: "record", usage: "write each run's replay to `file` when it ends or the window closes",
		set: func(c *Config, s string) error { c.Record = s; return nil }},
	{flag: "replay", usage: "play the replay `file` in the window: P or Space pauses, . steps, 1, 4 and 6 set 1x, 4x and 16x speed",
		set: func(c *Config, s string) error { c.Replay = s; return nil }},
	{flag: "headless", isBool: true, usage: "with -replay: verify the replay without a window as fast as possible, print the final tick, score and hash",
		set: func(c *Config, s string) error { return parseBool(s, &c.Headless) }},
	{flag: "debug-panic-at", param: "panic", usage: "debug: panic in update `N`, or in frame N with draw:N, to test the crash report",
		set: func(c *Config, s string) error { return parsePanic(s, &c.Debug) }},
	{flag: "debug-window-sizes",
		usage: "debug: resize the window to each `WxH,...` in turn, every " + strconv.Itoa(loop.WindowSizeFrames) + " frames, then back",
		set: func(c *Config, s string) (err error) {
			c.Debug.WindowSizes, err = parseSizes(s)
			return err
		}},
	{flag: "debug-window-shots", usage: "debug: with -debug-window-sizes, save the screen at each size as size-WxH.png in `dir`",
		set: func(c *Config, s string) error { c.Debug.ShotDir = s; return nil }},
}

// parseBool parses a switch's value into *dst.
func parseBool(s string, dst *bool) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return errors.New("use 1 or 0")
	}
	*dst = b
	return nil
}

// parsePanic parses "N", "update:N" or "draw:N", N from 1, into d.
func parsePanic(s string, d *loop.Debug) error {
	where, num, found := strings.Cut(s, ":")
	if !found {
		where, num = "update", s
	}
	if where != "update" && where != "draw" {
		return errors.New("want N, update:N or draw:N")
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 {
		return errors.New("the N in N, update:N or draw:N must be a whole number from 1")
	}
	d.PanicAt, d.PanicInDraw = n, where == "draw"
	return nil
}

// maxWindowSide bounds a debug window size: 8K is 7680×4320.
const maxWindowSide = 16384

// parseSizes parses a comma-separated list of WxH sizes.
func parseSizes(s string) ([]image.Point, error) {
	var sizes []image.Point
	for _, part := range strings.Split(s, ",") {
		ws, hs, ok := strings.Cut(strings.TrimSpace(part), "x")
		w, werr := strconv.Atoi(ws)
		h, herr := strconv.Atoi(hs)
		if !ok || werr != nil || herr != nil || w < 1 || h < 1 || w > maxWindowSide || h > maxWindowSide {
			return nil, fmt.Errorf("%.40q: want WxH with sides from 1 to %d", part, maxWindowSide)
		}
		sizes = append(sizes, image.Pt(w, h))
	}
	return sizes, nil
}
