package desktop

import (
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"swarmfield/game/internal/testkit"
	"swarmfield/game/replay"
)

const golden = "../../testdata/golden.replay"

// TestDesktopReplayWindow plays a replay with a wrong checkpoint in the
// window under Xvfb, and checks that the divergence is reported and the
// playback screen drawn. It skips without Xvfb, except under CI.
func TestDesktopReplayWindow(t *testing.T) {
	rp, err := replay.Parse(testkit.ReadFile(t, golden))
	if err != nil {
		t.Fatal(err)
	}
	rp.Checkpoints[1] ^= 1 // tick 120: 2 s in at 1x
	divergent, err := rp.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "divergent.replay")
	if err := os.WriteFile(path, divergent, 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "replay.png")
	// Enough frames for tick 120 at any frame rate up to five times the
	// tick rate; the viewer pauses at the divergence.
	code, out := runDesktop(t, dir, "-replay", path, "-frames", "600", "-screenshot", shot)
	if code != 0 {
		t.Fatalf("the replay window failed with status %d:\n%s", code, out)
	}
	if !strings.Contains(out, "replay diverged at tick 120") || !strings.Contains(out, "between ticks 61 and 120") {
		t.Errorf("the window did not report the divergence at tick 120; output:\n%s", out)
	}
	img := testkit.DecodePNG(t, shot)
	checkDrawn(t, img, image.Pt(800, 600))
	// The viewer's panel at the bottom says DIVERGED in red and marks the
	// divergence on its bar in red, bright over the panel's shade, which
	// dims whatever lies beneath.
	panel := image.Rect(0, 600-140, 800, 600)
	red := func(c color.RGBA) bool { return c.R >= 240 && c.G >= 70 && c.G <= 110 && c.B >= 85 && c.B <= 120 }
	if n := testkit.CountPixels(img, panel, red); n < 200 {
		t.Errorf("the viewer's panel has only %d pixels of the divergence's red", n)
	}
	// The panel stays translucent, 600 frames in: the backdrop is restored
	// under it every frame, so its shade is not laid over the last one's
	// until it turns black.
	blank := image.Rect(4, 600-40, 40, 600-26) // left of the buttons, under the bar
	if n := testkit.CountPixels(img, blank, func(c color.RGBA) bool { return c.R == 0 && c.G == 0 && c.B == 0 }); n > 0 {
		t.Errorf("%d pixels of the viewer's panel left of its buttons are black: the shade piled up frame on frame", n)
	}
}
