//go:build !js

package browser

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"swarmfield/game"
)

// feelState is the part of window.swarmfield.state() this test reads.
type feelState struct {
	state
	Shake float64 `json:"shake"`
}

// runUntouched stores settings, reloads, starts a run with a click and
// leaves it alone until the swarm ends it, sampling the state every few
// milliseconds; it returns the samples from the end of the run on.
func runUntouched(ctx context.Context, t *testing.T, stored string) []feelState {
	t.Helper()
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`localStorage.setItem("swarmfield:settings", %q)`, stored)),
		chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
	clickCanvas(ctx, t)
	var after []feelState
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(15 * time.Millisecond) {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[feelState](`window.swarmfield.state()`))
		if err != nil {
			t.Fatal(err)
		}
		if s.GameOver {
			after = append(after, s)
			if len(after) == 1 {
				screenshot(ctx, t, fmt.Sprintf("feel-hit-%d.png", len(stored)))
			}
		}
		if len(after) > 0 && s.Frames > after[0].Frames+90 {
			return after
		}
		if time.Now().After(deadline) {
			t.Fatalf("the run did not end: %+v", s)
		}
	}
}

// TestBrowserFeel takes an orb, then lets the swarm end two runs of one seed untouched: with
// the defaults the screen shakes at game over; with every presentation
// setting changed (reduce motion, high contrast, no FPS line, silent, the
// d-pad moved) it never shakes, and the runs end on the same tick with the
// same state hash.
func TestBrowserFeel(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))

	// Take the first orb: a "+1" rises and the score pulses.
	startRun(ctx, t, base+"/?seed=7&bench=1")
	r := game.NewRun(game.Options{Seed: 7})
	stepTo(ctx, t, r.OrbX[0], r.OrbY[0])
	screenshot(ctx, t, "feel-orb.png")
	if s := readState(ctx, t); s.Score < 1 {
		t.Fatalf("reaching the orb did not score: %+v", s)
	}

	openPage(ctx, t, base+"/?seed=1&hazards=50")
	plain := runUntouched(ctx, t, "v1\n")
	if plain[0].Shake <= 0 {
		t.Fatalf("at game over with the defaults: %+v, want the screen shaking", plain[0])
	}
	screenshot(ctx, t, "feel-gameover.png")
	changed := runUntouched(ctx, t, "v1\nmusic=0\nsfx=0\nreduce-motion=true\nfps=false\nhigh-contrast=true\ndpad=right\ndpad-size=3\n")
	for _, s := range changed {
		if s.Shake != 0 {
			t.Fatalf("with reduce motion the screen shook at frame %v: %+v", s.Frames, s)
		}
	}
	screenshot(ctx, t, "feel-gameover-reduced.png")
	if a, b := plain[0].state, changed[0].state; a.Tick != b.Tick || a.Hash != b.Hash || a.Score != b.Score {
		t.Fatalf("the same untouched run ended differently: tick %v hash %s with the defaults, tick %v hash %s with every presentation setting changed",
			a.Tick, a.Hash, b.Tick, b.Hash)
	}
}

// TestBrowserPrefersReducedMotion opens the game in a browser that asks for
// reduced motion (prefers-reduced-motion: reduce): with nothing stored,
// the reduce-motion setting starts on.
func TestBrowserPrefersReducedMotion(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}}})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	openPage(ctx, t, base+"/?seed=1")
	if s := readSettings(ctx, t); !s.ReduceMotion {
		t.Fatalf("asked for reduced motion, the game started with %+v", s)
	}
}
