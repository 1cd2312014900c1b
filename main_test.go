package main

import (
	"bytes"
	"image"
	"path/filepath"
	"strings"
	"testing"

	"swarmfield/game"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args    []string
		ok      bool
		seed    uint64
		hazards int
		bench   bool
	}{
		{args: []string{"-seed", "42"}, ok: true, seed: 42},
		{args: []string{"-seed", "18446744073709551615", "-hazards", "20000", "-bench"}, ok: true, seed: 1<<64 - 1, hazards: 20000, bench: true},
		{args: []string{"-seed", "-1"}},
		{args: []string{"-seed", "abc"}},
		{args: []string{"-hazards", "200001"}},
		{args: []string{"-hazards", "-5"}},
		{args: []string{"-hazards", "many"}},
		{args: []string{"-frames", "-1"}},
		{args: []string{"-screenshot", "x.png"}},
		{args: []string{"-nosuchflag"}},
		{args: []string{"stray"}},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		cfg, err := parseFlags(tt.args, &stderr)
		if (err == nil) != tt.ok {
			t.Errorf("parseFlags(%q) error = %v, want ok=%v", tt.args, err, tt.ok)
			continue
		}
		if !tt.ok {
			if !strings.Contains(stderr.String(), "Usage: swarmfield") {
				t.Errorf("parseFlags(%q) did not print the usage: %q", tt.args, stderr.String())
			}
			continue
		}
		if cfg.options.Seed != tt.seed || cfg.options.StartHazards != tt.hazards || cfg.options.Invulnerable != tt.bench {
			t.Errorf("parseFlags(%q) = %+v", tt.args, cfg.options)
		}
	}
}

func TestRunExitStatus(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-hazards", "x"}, &out, &errOut); code != 2 {
		t.Errorf("bad flag: exit status %d, want 2", code)
	}
	errOut.Reset()
	if code := run([]string{"-h"}, &out, &errOut); code != 0 || !strings.Contains(errOut.String(), "-hazards") {
		t.Errorf("-h: exit status %d, output %q", code, errOut.String())
	}
}

func TestApplyQuery(t *testing.T) {
	tests := []struct {
		query     string
		want      game.Options
		warnings  int
		drawImage bool
	}{
		{"drawimage=1&bench=0", game.Options{Seed: 3}, 0, true},
		{"drawimage=yes", game.Options{Seed: 3}, 1, false},
		{"seed=7&hazards=100&bench=1", game.Options{Seed: 7, StartHazards: 100, Invulnerable: true}, 0, false},
		{"", game.Options{Seed: 3}, 0, false},
		{"seed=abc", game.Options{Seed: 3}, 1, false},
		{"seed=-4&hazards=0", game.Options{Seed: 3}, 2, false},
		{"hazards=999999999999999999999", game.Options{Seed: 3}, 1, false},
		{"hazards=200001&bench=maybe", game.Options{Seed: 3}, 2, false},
		{"%zz", game.Options{Seed: 3}, 1, false},
	}
	for _, tt := range tests {
		cfg := config{options: game.Options{Seed: 3}}
		var warnings []string
		applyQuery(&cfg, tt.query, func(s string) { warnings = append(warnings, s) })
		if cfg.options != tt.want || len(warnings) != tt.warnings || cfg.drawImage != tt.drawImage {
			t.Errorf("applyQuery(%q) = %+v drawImage=%v with warnings %q; want %+v %v with %d", tt.query, cfg.options, cfg.drawImage, warnings, tt.want, tt.drawImage, tt.warnings)
		}
	}
}

func FuzzApplyQuery(f *testing.F) {
	for _, q := range []string{"seed=1", "hazards=20000&bench=1", "seed=%00", "hazards=1e9", "bench=true&bench=false"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, query string) {
		cfg := config{options: game.Options{Seed: 1}}
		applyQuery(&cfg, query, func(string) {})
		if err := cfg.options.Validate(); err != nil {
			t.Fatalf("applyQuery(%q) gave invalid options: %v", query, err)
		}
	})
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
