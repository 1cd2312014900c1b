//go:build !js

package browser

import (
	"image"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"swarmfield/game/internal/testkit"
)

// metrics is part of what window.swarmfield.metrics() returns.
type metrics struct {
	FPS    float64 `json:"fps"`
	TPS    float64 `json:"tps"`
	Phases map[string]struct {
		P50Ms float64 `json:"p50Ms"`
		P95Ms float64 `json:"p95Ms"`
		P99Ms float64 `json:"p99Ms"`
	} `json:"phases"`
	Ticks      float64            `json:"ticks"`
	HeapBytes  float64            `json:"heapBytes"`
	Gauges     map[string]float64 `json:"gauges"`
	GOMAXPROCS int                `json:"gomaxprocs"`
	Platform   string             `json:"platform"`
}

// TestBrowserPerfHUD reads the performance monitor through the bridge and
// checks that F3 shows the detailed panel.
func TestBrowserPerfHUD(t *testing.T) {
	ctx := servedRun(t, "?seed=3&bench=1&hazards=400")
	waitFor(ctx, t, "30 ticks of the run", 5*time.Second, func(s state) bool { return s.Tick > 30 })
	time.Sleep(2 * time.Second) // let the monitor gather a few seconds of samples

	m, err := chromedp.Run(ctx, chromedp.Evaluate[metrics](`window.swarmfield.metrics()`))
	if err != nil {
		t.Fatalf("metrics(): %v", err)
	}
	s := readState(ctx, t)
	if m.FPS <= 0 || m.TPS <= 0 {
		t.Errorf("metrics() fps=%v tps=%v, want both > 0", m.FPS, m.TPS)
	}
	for _, name := range []string{"update", "swarm", "collide", "draw"} {
		p, ok := m.Phases[name]
		if !ok {
			t.Errorf("metrics() has no phase %q: %+v", name, m.Phases)
			continue
		}
		if !(p.P99Ms >= p.P95Ms && p.P95Ms >= p.P50Ms && p.P50Ms >= 0) {
			t.Errorf("phase %s: p50 %v p95 %v p99 %v, want 0 <= p50 <= p95 <= p99", name, p.P50Ms, p.P95Ms, p.P99Ms)
		}
	}
	if p := m.Phases["update"]; p.P99Ms <= 0 {
		t.Errorf("update p99 is %v ms: nothing was timed", p.P99Ms)
	}
	if m.Gauges["hazards"] != s.Hazards || m.Gauges["orbs"] != s.Orbs {
		t.Errorf("metrics() gauges %v, state() counts hazards %v and orbs %v", m.Gauges, s.Hazards, s.Orbs)
	}
	if m.Platform != "wasm" || m.GOMAXPROCS != 1 || m.HeapBytes <= 0 || m.Ticks <= 0 {
		t.Errorf("metrics() platform %q gomaxprocs %d heap %v ticks %v", m.Platform, m.GOMAXPROCS, m.HeapBytes, m.Ticks)
	}

	before := testkit.DecodePNG(t, screenshot(ctx, t, "browser-perf-before.png"))
	tapKey(ctx, t, "F3")
	time.Sleep(time.Second)
	after := testkit.DecodePNG(t, screenshot(ctx, t, "browser-perf-panel.png"))
	// The panel covers the top left of the field: most of that area must
	// have changed.
	changed, total := diffRegion(before, after, image.Rect(160, 80, 400, 250))
	if changed*2 < total {
		t.Errorf("F3 changed only %d of %d sampled pixels in the panel's area", changed, total)
	}
}

// diffRegion counts the sampled pixels of r that differ between a and b.
func diffRegion(a, b image.Image, r image.Rectangle) (changed, total int) {
	for y := r.Min.Y; y < r.Max.Y; y += 3 {
		for x := r.Min.X; x < r.Max.X; x += 3 {
			total++
			if a.At(x, y) != b.At(x, y) {
				changed++
			}
		}
	}
	return changed, total
}
