//go:build !js

package browser

import (
	"encoding/json"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"swarmfield/assets"
	"swarmfield/engine/loop"
	"swarmfield/game"
	"swarmfield/game/internal/testkit"
)

// peerSwarm is swarm.json, what the PixiJS peer (web/pixipeer/peer.js)
// draws and how its hazards move, taken from the game's own packages so
// that the peer draws the game's current art at the game's sizes.
type peerSwarm struct {
	Atlas            string     `json:"atlas"`
	Hazards          [][4]int   `json:"hazards"`   // atlas rectangles: x, y, w, h
	HazardArt        float32    `json:"hazardArt"` // atlas pixels across a hazard's circle (game/app)
	Field            [2]int     `json:"field"`
	Radius           [2]int     `json:"radius"`
	SpeedRange       []float32  `json:"speed"` // field units a tick
	Spin             float32    `json:"spin"`  // radians a tick, either way
	TPS              int        `json:"tps"`
	MaxTicksPerFrame int        `json:"maxTicksPerFrame"`
	SkyTop           [3]float32 `json:"skyTop"`
	SkyBottom        [3]float32 `json:"skyBottom"`
	GridTint         [4]float32 `json:"gridTint"`
	GridStep         int        `json:"gridStep"`
}

// requirePixi returns web/pixipeer's copy of PixiJS, installed by npm ci
// from its lock file (make bench runs it), skipping the benchmark with
// one line where it is missing, or failing it under CI.
func requirePixi(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(repoRoot(tb), "web", "pixipeer")
	js := filepath.Join(dir, "node_modules", "pixi.js", "dist", "pixi.min.js")
	if _, err := os.Stat(js); err == nil {
		return js
	}
	if _, err := exec.LookPath("npm"); err == nil {
		install := exec.Command("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error")
		install.Dir = dir
		if out, err := install.CombinedOutput(); err != nil {
			tb.Fatalf("npm ci in web/pixipeer: %v\n%s", err, out)
		}
		return js
	}
	if os.Getenv("CI") == "true" {
		tb.Fatal("npm is not installed, so PixiJS is missing; CI must run the PixiJS peer")
	}
	tb.Skip("npm is not installed (Debian: apt-get install npm), so the PixiJS peer cannot be installed")
	return ""
}

// peerDir returns a new folder that serves the PixiJS peer: its page and
// script from web/pixipeer, PixiJS from the lock file's install, the
// game's sprite atlas as a PNG and swarm.json.
func peerDir(tb testing.TB) string {
	tb.Helper()
	pixi := requirePixi(tb)
	dir := tb.TempDir()
	src := filepath.Join(repoRoot(tb), "web", "pixipeer")
	for _, f := range [][2]string{{filepath.Join(src, "index.html"), "index.html"}, {filepath.Join(src, "peer.js"), "peer.js"}, {pixi, "pixi.min.js"}} {
		data, err := os.ReadFile(f[0])
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, f[1]), data, 0o644)
		}
		if err != nil {
			tb.Fatal(err)
		}
	}
	atlas, err := assets.Sprites()
	if err != nil {
		tb.Fatal(err)
	}
	// The atlas is premultiplied, as Ebitengine takes it; a PNG holds
	// straight alpha, which PixiJS premultiplies again on upload.
	f, err := os.Create(filepath.Join(dir, "sprites.png"))
	if err != nil {
		tb.Fatal(err)
	}
	if err := png.Encode(f, straight(atlas)); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	cfg := peerSwarm{
		Atlas:     "sprites.png",
		HazardArt: 32, // hazardArt in game/app/view.go
		Field:     [2]int{game.FieldWidth, game.FieldHeight},
		Radius:    [2]int{game.MinHazardRadius, game.MaxHazardRadius},
		// spawnHazard in game/run.go, at the first wave.
		SpeedRange:       []float32{0.7, 1.6},
		Spin:             0.12,
		TPS:              game.TicksPerSecond,
		MaxTicksPerFrame: loop.DefaultMaxTicksPerFrame,
		// skyTop, skyBottom and gridTint in game/app/view.go.
		SkyTop:    [3]float32{0.035, 0.05, 0.13},
		SkyBottom: [3]float32{0.07, 0.03, 0.12},
		GridTint:  [4]float32{0.35, 0.5, 0.9, 0.10},
		GridStep:  32,
	}
	for _, r := range assets.Hazard {
		cfg.Hazards = append(cfg.Hazards, [4]int{r.Min.X, r.Min.Y, r.Dx(), r.Dy()})
	}
	data, err := json.Marshal(cfg)
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "swarm.json"), data, 0o644)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return dir
}

// straight returns img, premultiplied, with straight alpha.
func straight(img *image.RGBA) *image.NRGBA {
	out := image.NewNRGBA(img.Bounds())
	for i := 0; i+3 < len(img.Pix); i += 4 {
		a := img.Pix[i+3]
		out.Pix[i+3] = a
		if a == 0 {
			continue
		}
		for c := range 3 {
			out.Pix[i+c] = uint8(min(255, (int(img.Pix[i+c])*255+int(a)/2)/int(a)))
		}
	}
	return out
}

// TestBrowserPeer opens the PixiJS peer with 300 hazards in headless
// Chromium: it must draw them from the game's atlas (the hazards'
// colours on the screen) on a canvas of the game's size in device pixels,
// and run its ticks.
func TestBrowserPeer(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, peerDir(t))
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1000, 750), chromedp.Navigate(base+"/?hazards=300")); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!(window.peer && (window.peer.ticks > 90 || window.peer.error))`, chromedp.WithPollingTimeout(90*time.Second))); err != nil {
		t.Fatalf("the PixiJS peer did not run 90 ticks: %v", err)
	}
	if e := evaluate[string](ctx, t, `window.peer.error || ""`); e != "" {
		t.Fatalf("the PixiJS peer failed: %s", e)
	}
	size := evaluate[[2]float64](ctx, t, `[document.querySelector("canvas").width, document.querySelector("canvas").height]`)
	if size != [2]float64{1000, 750} {
		t.Errorf("the peer's canvas is %v device pixels, want the game's 1000×750", size)
	}
	if n := testkit.HazardPixels(testkit.DecodePNG(t, screenshot(ctx, t, "pixi-peer.png"))); n < 3000 {
		t.Errorf("the peer's screenshot has %d red to violet pixels; its hazards are not drawn", n)
	}
}
