//go:build !js

package browser

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"swarmfield/game"

	"swarmfield/game/internal/testkit"
)

// TestBrowserFirefox plays the game in Firefox (Debian's firefox-esr, driven
// through WebDriver BiDi by puppeteer-core in firefox/firefox.mjs) under
// Xvfb, where headless Firefox has WebGL: it clicks to play, holds the
// right arrow into an orb, walks out of the field, restarts with Enter,
// saves a screenshot and checks that the best score survives a reload.
func TestBrowserFirefox(t *testing.T) {
	firefox, script := requireFirefox(t)
	display := startDisplay(t, "Firefox")
	base := serve(t, webDir(t))
	seed := seedWithOrbToTheRight(t)
	shot := shotPath(t, "firefox-playing.png")
	runFirefox(t, script, "DISPLAY="+display, "FIREFOX="+firefox, fmt.Sprintf("URL=%s/?seed=%d&bench=1", base, seed), "SHOT="+shot)
	if n := testkit.HazardPixels(testkit.DecodePNG(t, shot)); n < 300 {
		t.Errorf("the Firefox screenshot has %d red to violet pixels; the hazards are not drawn", n)
	}
}

// TestBrowserFirefoxWithoutWebGL opens the page in headless Firefox without
// a display, where it has no WebGL: the error panel must say so in a
// player's words.
func TestBrowserFirefoxWithoutWebGL(t *testing.T) {
	firefox, script := requireFirefox(t)
	base := serve(t, webDir(t))
	runFirefox(t, script, "DISPLAY=", "WAYLAND_DISPLAY=", "FIREFOX="+firefox, "URL="+base+"/", "NOWEBGL=1",
		"SHOT="+shotPath(t, "firefox-no-webgl.png"))
}

// requireFirefox returns Firefox's path and the script that drives it,
// skipping the test with one line when Firefox, Node.js or the script's
// packages are missing, or failing it under CI.
func requireFirefox(t *testing.T) (firefox, script string) {
	t.Helper()
	missing := func(what string) {
		t.Helper()
		if os.Getenv("CI") == "true" {
			t.Fatal(what + "; CI must run the Firefox tests (.ci/run installs it)")
		}
		t.Skip(what)
	}
	for _, name := range []string{"firefox-esr", "firefox"} {
		if p, err := exec.LookPath(name); err == nil {
			firefox = p
			break
		}
	}
	if firefox == "" {
		missing("Firefox is not installed (Debian: apt-get install firefox-esr), so the Firefox tests skip")
	}
	if _, err := exec.LookPath("node"); err != nil {
		missing("Node.js is not installed, so the Firefox tests skip")
	}
	dir := filepath.Join(repoRoot(t), "game", "e2e", "browser", "firefox")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "puppeteer-core")); err != nil {
		missing("puppeteer-core is not installed: run make test-e2e, which runs npm ci in game/e2e/browser/firefox")
	}
	return firefox, filepath.Join(dir, "firefox.mjs")
}

// startDisplay starts an Xvfb for the test and returns its display; tests
// names the tests that need it, for the line that says Xvfb is missing.
func startDisplay(t testing.TB, tests string) string {
	t.Helper()
	path := testkit.XvfbPath(t, tests)
	x, err := testkit.StartXvfb(path, 1280, 1024)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(x.Stop)
	return x.Display
}

// seedWithOrbToTheRight finds a seed whose first run has an orb on the
// player's row, right of the centre, so that holding the right arrow takes
// it and the run scores.
func seedWithOrbToTheRight(t *testing.T) uint64 {
	t.Helper()
	for seed := uint64(1); seed < 10_000; seed++ {
		r := game.NewRun(game.Options{Seed: seed, Invulnerable: true})
		for i := range game.NumOrbs {
			if dy := r.OrbY[i] - r.PlayerY; dy > -10 && dy < 10 && r.OrbX[i] > r.PlayerX+40 && r.OrbX[i] < game.FieldWidth-60 {
				return seed
			}
		}
	}
	t.Fatal("no seed below 10000 has an orb right of the centre")
	return 0
}

// shotPath returns the path of a screenshot under dist/e2e.
func shotPath(t testing.TB, name string) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "dist", "e2e")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, name)
}

// runFirefox runs the script with env added, logging what it prints, and
// fails the test with the script's FAIL line if it fails.
func runFirefox(t *testing.T, script string, env ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Base(script))
	cmd.Dir = filepath.Dir(script)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	t.Logf("firefox.mjs:\n%s", out)
	if ctx.Err() != nil {
		t.Fatal("firefox.mjs did not finish within four minutes")
	}
	if err != nil {
		line := "no FAIL line"
		for _, l := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(l, "FAIL: ") {
				line = l
			}
		}
		t.Fatalf("firefox.mjs: %v: %s", err, line)
	}
}
