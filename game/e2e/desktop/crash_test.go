package desktop

import (
	"encoding/base64"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"swarmfield/game"
	"swarmfield/game/internal/testkit"
	"swarmfield/game/replay"
)

// TestDesktopCrash clicks into the window to start a run, as a player
// would, then injects a panic in an update and in a frame (the 90th) while
// the run is being played. The game must write swarmfield-crash-<time>.txt
// with the panic, the stack, the seed and tick, and the run's replay so
// far, which must replay up to the crash; and exit with status 3.
func TestDesktopCrash(t *testing.T) {
	for _, where := range []string{"update:90", "draw:90"} {
		t.Run(where, func(t *testing.T) {
			dir := t.TempDir()
			display, _ := desktopBinary(t)
			stop := make(chan struct{})
			// The window (800×600) is centred on Xvfb's 1024×768 screen.
			if err := clickEvery(display, 512, 384, 100*time.Millisecond, stop); err != nil {
				t.Fatal(err)
			}
			code, out := runDesktop(t, dir, "-seed", "77", "-bench", "-debug-panic-at", where)
			close(stop)
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
			report := string(testkit.ReadFile(t, files[0]))
			kind, _, _ := strings.Cut(where, ":")
			for _, want := range []string{
				"error: panic: loop: debug panic in " + map[string]string{"update": "update 90", "draw": "frame 90"}[kind],
				"seed: 77\n", "scene: playing", "version: ", "stack:\ngoroutine ", "engine/loop.(*adapter)",
			} {
				if !strings.Contains(report, want) {
					t.Errorf("the report lacks %q:\n%s", want, report)
				}
			}
			tick := regexp.MustCompile(`(?m)^tick: (\d+)$`).FindStringSubmatch(report)
			if tick == nil || tick[1] == "0" || !regexp.MustCompile(`(?m)^hash: [0-9a-f]{16}$`).MatchString(report) {
				t.Fatalf("the report lacks a tick of play or the hash:\n%s", report)
			}
			checkCrashReplay(t, report, tick[1])
		})
	}
}

// checkCrashReplay decodes the replay in a crash report and replays it: it
// must hold the crashed run's ticks and match its recording.
func checkCrashReplay(t *testing.T, report, tick string) {
	t.Helper()
	_, b64, ok := strings.Cut(report, " bytes, base64):\n")
	if !ok {
		t.Fatalf("the report holds no replay:\n%s", report)
	}
	b64, _, _ = strings.Cut(b64, "\n\n")
	data, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(b64), ""))
	if err != nil {
		t.Fatalf("the report's replay is not base64: %v", err)
	}
	rp, err := replay.Parse(data)
	if err != nil {
		t.Fatalf("the report's replay does not parse: %v", err)
	}
	res, err := game.Verify(rp, nil)
	if err != nil {
		t.Fatalf("the report's replay does not replay: %v", err)
	}
	if got := strconv.FormatUint(res.Ticks, 10); got != tick {
		t.Errorf("the replay holds %s ticks; the run crashed at tick %s", got, tick)
	}
	t.Logf("crashed at tick %s of the run; its replay (%d bytes) replays %d ticks", tick, len(data), res.Ticks)
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
		img := testkit.DecodePNG(t, path)
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
