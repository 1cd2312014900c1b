//go:build !js

package browser

import (
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"swarmfield/game"
	"swarmfield/game/replay"
)

// TestBrowserReplayOnDesktop plays a scripted run in headless Chromium,
// takes its replay through window.swarmfield.replayBytes() and through an
// F9 download, and replays it natively: with no divergence it must end on
// the browser's tick, score and state hash.
func TestBrowserReplayOnDesktop(t *testing.T) {
	// bench=1: hazards cannot end the run on the way; leaving the field
	// still ends it.
	ctx := servedPage(t, "?seed=7&bench=1")
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads,
	}); err != nil {
		t.Fatalf("allowing downloads: %v", err)
	}
	if b64, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.swarmfield.replayBytes()`)); err != nil || b64 != "" {
		t.Fatalf("replayBytes() before any run = %q, %v; want \"\"", b64, err)
	}

	clickCanvas(ctx, t)
	waitFor(ctx, t, "a click to start the run", 5*time.Second, func(s state) bool { return s.Scene == "playing" })
	end := playScriptedRun(ctx, t)
	screenshot(ctx, t, "browser-replay-gameover.png")

	b64, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.swarmfield.replayBytes()`))
	if err != nil {
		t.Fatalf("replayBytes(): %v", err)
	}
	data, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatalf("replayBytes() is not base64: %v", err)
	}
	path := filepath.Join(t.TempDir(), "browser.replay")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	checkReplay(t, path, end)

	// F9 on the game-over screen downloads the same file.
	tapKey(ctx, t, "F9")
	name := fmt.Sprintf("swarmfield-7-%d.replay", int(end.Score))
	var got []byte
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if got, err = os.ReadFile(filepath.Join(downloads, name)); err == nil && len(got) == len(data) {
			break
		}
		if time.Now().After(deadline) {
			entries, _ := os.ReadDir(downloads)
			t.Fatalf("F9 did not download %s (downloads: %v, %v)", name, entries, err)
		}
	}
	if string(got) != string(data) {
		t.Errorf("the F9 download differs from replayBytes()")
	}
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.swarmfield.downloadReplay()`)); err != nil || n != name {
		t.Errorf("downloadReplay() = %q, %v; want %q", n, err, name)
	}
}

// playScriptedRun plays the run of seed 7 that has started: it steps to
// the first orb, which the seed places, to score a point, walks left a
// while, then up and out of the field. It returns the state at game over.
func playScriptedRun(ctx context.Context, t *testing.T) state {
	t.Helper()
	r := game.NewRun(game.Options{Seed: 7})
	stepTo(ctx, t, r.OrbX[0], r.OrbY[0])
	if s := readState(ctx, t); s.Score < 1 {
		t.Fatalf("reaching the orb at (%v, %v) did not score: %+v", r.OrbX[0], r.OrbY[0], s)
	}
	holdKey(ctx, t, "ArrowLeft", 300*time.Millisecond)
	if err := chromedp.Do(ctx, keyEvent(input.DispatchKeyEventTypeRawKeyDown, "ArrowUp")); err != nil {
		t.Fatal(err)
	}
	end := waitFor(ctx, t, "the run to end", time.Minute, func(s state) bool { return s.GameOver })
	if err := chromedp.Do(ctx, keyEvent(input.DispatchKeyEventTypeKeyUp, "ArrowUp")); err != nil {
		t.Fatal(err)
	}
	return end
}

// stepTo taps the arrow keys until the player is within a step of (x, y).
func stepTo(ctx context.Context, t *testing.T, x, y float32) {
	t.Helper()
	for range 200 {
		s := readState(ctx, t)
		dx, dy := float64(x)-s.Player.X, float64(y)-s.Player.Y
		switch {
		case s.GameOver:
			t.Fatalf("the run ended on the way to (%v, %v): %+v", x, y, s)
		case dx >= game.StepSize/2:
			tapKey(ctx, t, "ArrowRight")
		case dx <= -game.StepSize/2:
			tapKey(ctx, t, "ArrowLeft")
		case dy >= game.StepSize/2:
			tapKey(ctx, t, "ArrowDown")
		case dy <= -game.StepSize/2:
			tapKey(ctx, t, "ArrowUp")
		default:
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("the player did not reach (%v, %v)", x, y)
}

// checkReplay replays the file at path natively and checks that it ends
// where the browser's run did.
func checkReplay(t *testing.T, path string, end state) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rp, err := replay.Read(f)
	if err != nil {
		t.Fatalf("the browser's replay: %v", err)
	}
	if rp.Seed != 7 || rp.Flags != game.FlagInvulnerable || rp.Ticks != uint64(end.Tick) {
		t.Fatalf("the browser's replay has seed %d, flags %#x and %d ticks, want seed 7, bench and %v ticks", rp.Seed, rp.Flags, rp.Ticks, end.Tick)
	}
	res, err := game.Verify(rp, nil)
	if err != nil {
		t.Fatalf("replaying the browser's run natively: %v", err)
	}
	hash := strconv.FormatUint(res.Hash, 16)
	if res.Ticks != uint64(end.Tick) || float64(res.Score) != end.Score || hash != end.Hash {
		t.Fatalf("replayed natively: tick %d score %d hash %s; the browser ended at tick %v score %v hash %s",
			res.Ticks, res.Score, hash, end.Tick, end.Score, end.Hash)
	}
	t.Logf("browser run replayed natively: %d ticks, score %d, hash %s, %d checkpoints match", res.Ticks, res.Score, hash, res.Checkpoints)
}
