package desktop

import (
	"image"
	"path/filepath"
	"testing"

	"swarmfield/game/internal/testkit"
)

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
	img := testkit.DecodePNG(t, shot)
	checkDrawn(t, img, image.Pt(800, 600))
	if n := testkit.HazardPixels(img); n < 800*600/100 {
		t.Errorf("screenshot has only %d red to violet pixels: the 300 hazards are not drawn", n)
	}
}
