package main

import (
	"bytes"
	"image"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunExitStatus runs the command without a window: 0 for -h and for a
// replay that verifies, 1 for one that cannot be played, 2 for bad flags.
func TestRunExitStatus(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  string // in stdout or stderr
	}{
		{[]string{"-hazards", "x"}, 2, "Usage: swarmfield"},
		{[]string{"-headless"}, 2, "-headless needs -replay"},
		{[]string{"-h"}, 0, "-hazards"},
		{[]string{"-replay", golden, "-headless"}, 0, "ok: 54 checkpoints and the final state match"},
		{[]string{"-replay", "no/such.replay", "-headless"}, 1, "swarmfield: open no/such.replay: no such file"},
		{[]string{"-replay", "no/such.replay"}, 1, "no such file"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		if code := run(tt.args, &out, &out); code != tt.code || !strings.Contains(out.String(), tt.out) {
			t.Errorf("%q: exit status %d, output %q; want %d with %q", tt.args, code, &out, tt.code, tt.out)
		}
	}
}

// TestDesktopSmoke runs the desktop build under Xvfb for 120 frames with
// 300 hazards and checks its screenshot: its size, that it is not blank and
// that the swarm is drawn. It skips without Xvfb, except under CI.
func TestDesktopSmoke(t *testing.T) {
	dir := t.TempDir()
	shot := filepath.Join(dir, "shot.png")
	code, out := runDesktop(t, dir, "-seed", "1", "-hazards", "300", "-frames", "120", "-screenshot", shot)
	if code != 0 {
		t.Fatalf("the game failed with status %d:\n%s", code, out)
	}
	img := decodePNG(t, shot)
	checkDrawn(t, img, image.Pt(800, 600))
	if n := hazardPixels(img); n < 800*600/100 {
		t.Errorf("screenshot has only %d red to violet pixels: the 300 hazards are not drawn", n)
	}
}
