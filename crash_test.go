package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDesktopCrash injects a panic in an update and in a frame and checks
// that the game writes swarmfield-crash-<time>.txt with the panic, the
// stack, the seed and tick, and exits with status 3.
func TestDesktopCrash(t *testing.T) {
	for _, where := range []string{"update:40", "draw:40"} {
		t.Run(where, func(t *testing.T) {
			dir := t.TempDir()
			code, out := runDesktop(t, dir, "-seed", "77", "-debug-panic-at", where)
			if code != exitCrash {
				t.Fatalf("exit status %d, want %d; output:\n%s", code, exitCrash, out)
			}
			files, _ := filepath.Glob(filepath.Join(dir, "swarmfield-crash-*.txt"))
			if len(files) != 1 {
				t.Fatalf("crash files %q; output:\n%s", files, out)
			}
			if !strings.Contains(out, "crash report: "+filepath.Base(files[0])) {
				t.Errorf("the output does not name the report:\n%s", out)
			}
			report := string(readFileT(t, files[0]))
			kind, _, _ := strings.Cut(where, ":")
			for _, want := range []string{
				"error: panic: loop: debug panic in " + map[string]string{"update": "update 40", "draw": "frame 40"}[kind],
				"seed: 77\n", "scene: title", "version: ", "stack:\ngoroutine ", "engine/loop.(*adapter)",
			} {
				if !strings.Contains(report, want) {
					t.Errorf("the report lacks %q:\n%s", want, report)
				}
			}
			if !regexp.MustCompile(`(?m)^tick: \d+$`).MatchString(report) || !regexp.MustCompile(`(?m)^hash: [0-9a-f]{16}$`).MatchString(report) {
				t.Errorf("the report lacks the tick or hash:\n%s", report)
			}
		})
	}
}

// TestDesktopWindowSizes resizes the window to 1×1, 8K and a tall odd
// size while the game runs, then back, and expects it to end cleanly.
func TestDesktopWindowSizes(t *testing.T) {
	dir := t.TempDir()
	shot := filepath.Join(dir, "shot.png")
	code, out := runDesktop(t, dir, "-seed", "3", "-bench", "-debug-window-sizes", "1x1,7680x4320,333x999", "-frames", "180", "-screenshot", shot)
	if code != 0 {
		t.Fatalf("exit status %d; output:\n%s", code, out)
	}
	if fi, err := os.Stat(shot); err != nil || fi.Size() == 0 {
		t.Fatalf("no screenshot after the resizes: %v", err)
	}
}

// TestDesktopStorageUnavailable runs the game with a configuration
// folder that cannot be created (its parent is a file): the game plays on
// and says once that the best score will not be kept.
func TestDesktopStorageUnavailable(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "not-a-folder")
	if err := os.WriteFile(blocker, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out := runDesktopConfig(t, dir, blocker, "-seed", "1", "-frames", "90")
	if code != 0 {
		t.Fatalf("exit status %d; output:\n%s", code, out)
	}
	if n := strings.Count(out, "will not be kept"); n != 1 {
		t.Errorf("the game said %d times that the score will not be kept, want once; output:\n%s", n, out)
	}
}

func readFileT(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseDebugFlags(t *testing.T) {
	tests := []struct {
		args  []string
		ok    bool
		at    int
		draw  bool
		sizes int
	}{
		{[]string{"-debug-panic-at", "120"}, true, 120, false, 0},
		{[]string{"-debug-panic-at", "draw:7"}, true, 7, true, 0},
		{[]string{"-debug-panic-at", "update:1", "-debug-window-sizes", "1x1, 7680x4320"}, true, 1, false, 2},
		{[]string{"-debug-panic-at", "0"}, false, 0, false, 0},
		{[]string{"-debug-panic-at", "frame:3"}, false, 0, false, 0},
		{[]string{"-debug-panic-at", "draw:x"}, false, 0, false, 0},
		{[]string{"-debug-window-sizes", "0x0"}, false, 0, false, 0},
		{[]string{"-debug-window-sizes", "800x"}, false, 0, false, 0},
		{[]string{"-debug-window-sizes", "99999x10"}, false, 0, false, 0},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		cfg, err := parseFlags(tt.args, &stderr)
		if (err == nil) != tt.ok {
			t.Errorf("parseFlags(%q) error = %v, want ok=%v", tt.args, err, tt.ok)
			continue
		}
		if tt.ok && (cfg.debug.panicAt != tt.at || cfg.debug.panicInDraw != tt.draw || len(cfg.debug.windowSizes) != tt.sizes) {
			t.Errorf("parseFlags(%q) = %+v", tt.args, cfg.debug)
		}
	}
	cfg := config{}
	var warnings []string
	applyQuery(&cfg, "panic=draw:60", func(s string) { warnings = append(warnings, s) })
	applyQuery(&cfg, "panic=-1", func(s string) { warnings = append(warnings, s) })
	if cfg.debug.panicAt != 60 || !cfg.debug.panicInDraw || len(warnings) != 1 {
		t.Errorf("?panic=: %+v, warnings %q", cfg.debug, warnings)
	}
}
