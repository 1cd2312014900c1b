package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"
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

// TestDesktopWindowSizes resizes the window to 1×1, 8K, a tall odd size
// and a wide one while the game runs, saving the screen as drawn at each.
// Every picture must have the window's size and show the whole field at
// 4:3, centred, with bars on one axis only; the game must end cleanly after
// the window is restored.
func TestDesktopWindowSizes(t *testing.T) {
	dir := t.TempDir()
	shots := filepath.Join(dir, "sizes")
	if err := os.Mkdir(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	sizes := []image.Point{{1, 1}, {7680, 4320}, {333, 999}, {1280, 400}}
	var list []string
	for _, sz := range sizes {
		list = append(list, fmt.Sprintf("%dx%d", sz.X, sz.Y))
	}
	shot := filepath.Join(dir, "shot.png")
	code, out := runDesktop(t, dir, "-seed", "3", "-bench", "-debug-window-sizes", strings.Join(list, ","),
		"-debug-window-shots", shots, "-frames", "200", "-screenshot", shot)
	if code != 0 {
		t.Fatalf("exit status %d; output:\n%s", code, out)
	}
	for _, sz := range append(sizes, image.Pt(800, 600)) {
		path := shot
		if sz != image.Pt(800, 600) {
			path = filepath.Join(shots, fmt.Sprintf("size-%dx%d.png", sz.X, sz.Y))
		}
		img := decodePNG(t, path)
		if img.Bounds().Size() != sz {
			t.Errorf("%s is %v, want the window's %v", filepath.Base(path), img.Bounds().Size(), sz)
			continue
		}
		if sz.X < 8 || sz.Y < 8 {
			continue // too small to measure the field in
		}
		checkFieldFit(t, filepath.Base(path), img)
	}
}

// checkFieldFit checks that the drawn part of img, everything not cleared
// to transparent black, is the 800×600 field scaled to fit and centred.
func checkFieldFit(t *testing.T, name string, img image.Image) {
	t.Helper()
	b := img.Bounds()
	drawn := image.Rectangle{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, a := img.At(x, y).RGBA(); r|g|bl|a != 0 {
				drawn = drawn.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	s := min(float64(b.Dx())/800, float64(b.Dy())/600)
	w, h := 800*s, 600*s
	x0, y0 := (float64(b.Dx())-w)/2, (float64(b.Dy())-h)/2
	want := image.Rectangle{
		Min: image.Pt(int(math.Floor(x0)), int(math.Floor(y0))),
		Max: image.Pt(int(math.Ceil(x0+w)), int(math.Ceil(y0+h))),
	}
	near := func(a, b int) bool { return a-b <= 1 && b-a <= 1 }
	if !near(drawn.Min.X, want.Min.X) || !near(drawn.Min.Y, want.Min.Y) || !near(drawn.Max.X, want.Max.X) || !near(drawn.Max.Y, want.Max.Y) {
		t.Errorf("%s: the field is drawn over %v, want %v (4:3, centred)", name, drawn, want)
	}
}

// decodePNG reads a PNG file, failing t if it cannot.
func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(readFileT(t, path)))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
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
		{[]string{"-debug-window-shots", "."}, false, 0, false, 0},
		{[]string{"-debug-window-sizes", "10x10", "-debug-window-shots", "no/such/folder"}, false, 0, false, 0},
		{[]string{"-debug-window-sizes", "10x10", "-debug-window-shots", "."}, true, 0, false, 1},
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
