package main

import (
	"flag"
	"fmt"
	"image"
	"os"
	"strconv"
	"strings"

	"swarmfield/engine/loop"
)

// debugConfig holds the -debug-* flags and ?panic=: hooks that test the
// game's failure handling (see engine/loop's Debug).
type debugConfig struct {
	panicAt     int
	panicInDraw bool
	windowSizes []image.Point
	shotDir     string // with windowSizes, a folder for a PNG per size
}

// addDebugFlags defines the debug flags on fs.
func addDebugFlags(fs *flag.FlagSet, d *debugConfig) {
	fs.Func("debug-panic-at", "debug: panic in update `N`, or in frame N with draw:N, to test the crash report", d.parsePanic)
	fs.Func("debug-window-sizes", "debug: resize the window to each `WxH,...` in turn, every "+strconv.Itoa(loop.WindowSizeFrames)+" frames, then back",
		func(s string) (err error) {
			d.windowSizes, err = parseSizes(s)
			return err
		})
	fs.StringVar(&d.shotDir, "debug-window-shots", "", "debug: with -debug-window-sizes, save the screen at each size as size-WxH.png in `dir`")
}

// check checks the debug flags that depend on each other or on files.
func (d *debugConfig) check() error {
	if d.shotDir != "" {
		if len(d.windowSizes) == 0 {
			return fmt.Errorf("-debug-window-shots needs -debug-window-sizes")
		}
		if fi, err := os.Stat(d.shotDir); err != nil || !fi.IsDir() {
			return fmt.Errorf("-debug-window-shots: %q is not a folder", d.shotDir)
		}
	}
	return nil
}

// parsePanic parses "N", "update:N" or "draw:N", N from 1.
func (d *debugConfig) parsePanic(s string) error {
	where, num, found := strings.Cut(s, ":")
	if !found {
		where, num = "update", s
	}
	if where != "update" && where != "draw" {
		return fmt.Errorf("%.40q: want N, update:N or draw:N", s)
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 {
		return fmt.Errorf("%.40q: N must be a whole number from 1", s)
	}
	d.panicAt, d.panicInDraw = n, where == "draw"
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
