//go:build !js

package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"swarmfield/engine/loop"
	"swarmfield/game"
)

// TestMetricsAndPerfLogShareOneEncoding checks that the bridge's
// metrics() and the desktop perf log write the same JSON form of a
// snapshot, with the game's own figures named only here.
func TestMetricsAndPerfLogShareOneEncoding(t *testing.T) {
	m := newMeter()
	var log bytes.Buffer
	m.log = &log
	s := game.NewSession(game.Options{Seed: 5, StartHazards: 40, Invulnerable: true}, 0)
	s.Instruments = &m.ins
	s.Update(game.PressConfirm)
	for i := range logTicks {
		m.UpdateBegin()
		s.Update(game.Input(i%2) * game.HoldUp)
		m.afterTick(s, 17)
		m.UpdateEnd()
		m.DrawBegin()
		m.beforeDraw(s, false)
		m.DrawEnd()
	}
	lines := bytes.Split(bytes.TrimSuffix(log.Bytes(), []byte("\n")), []byte("\n"))
	if len(lines) != 1 {
		t.Fatalf("after %d ticks the perf log has %d lines, want 1:\n%s", logTicks, len(lines), log.Bytes())
	}
	var fromLog, fromBridge map[string]any
	if err := json.Unmarshal(lines[0], &fromLog); err != nil {
		t.Fatalf("perf log line %s: %v", lines[0], err)
	}
	if err := json.Unmarshal(m.metrics(), &fromBridge); err != nil {
		t.Fatalf("metrics() %s: %v", m.metrics(), err)
	}
	if a, b := slices.Sorted(maps.Keys(fromLog)), slices.Sorted(maps.Keys(fromBridge)); !slices.Equal(a, b) {
		t.Fatalf("the perf log has the keys %v, metrics() %v", a, b)
	}
	for _, fig := range []map[string]any{fromLog, fromBridge} {
		phases, _ := fig["phases"].(map[string]any)
		if got := slices.Sorted(maps.Keys(phases)); !slices.Equal(got, []string{"collide", "draw", "swarm", "update"}) {
			t.Errorf("phases %v, want collide, draw, swarm and update", got)
		}
		gauges, _ := fig["gauges"].(map[string]any)
		want := map[string]any{"hazards": float64(s.Run.Hazards.Len()), "orbs": float64(game.NumOrbs), "particles": 17.0}
		if !maps.Equal(gauges, want) {
			t.Errorf("gauges %v, want %v", gauges, want)
		}
		counters, _ := fig["counters"].(map[string]any)
		if got := slices.Sorted(maps.Keys(counters)); !slices.Equal(got, []string{"collisionCandidates", "collisionTests"}) {
			t.Errorf("counters %v, want collisionCandidates and collisionTests", counters)
		}
	}
	if got, want := string(m.hud.Summary()), fmt.Sprintf("  hazards %d  orbs %d", s.Run.Hazards.Len(), game.NumOrbs); !strings.HasSuffix(got, want) {
		t.Errorf("the HUD summary %q does not end with %q", got, want)
	}
	if _, tests := s.Run.CollisionStats(); fromLog["counters"].(map[string]any)["collisionTests"] != float64(tests) {
		t.Errorf("the log counts %v collision tests in the last tick, the run %d", fromLog["counters"].(map[string]any)["collisionTests"], tests)
	}
}

// TestMeterShowsSlow checks that the loop's pace reaches metrics() and the
// HUD: its rates, catch-up ticks included, and SLOW while the game runs slower
// than real time.
func TestMeterShowsSlow(t *testing.T) {
	m := newMeter()
	s := game.NewSession(game.Options{Seed: 5, StartHazards: 40}, 0)
	read := func(p loop.Pace) (map[string]any, string) {
		m.SetPace(p)
		m.afterTick(s, 0)
		m.frames = hudFirstFrame - 1 // the next beforeDraw refreshes
		m.beforeDraw(s, true)
		var fig map[string]any
		if err := json.Unmarshal(m.metrics(), &fig); err != nil {
			t.Fatal(err)
		}
		return fig, string(m.hud.Summary())
	}
	fig, summary := read(loop.Pace{FPS: 4, TPS: 48, CatchUp: 28, Dropped: 12, Slow: true})
	if fig["slow"] != true || fig["fps"] != 4.0 || fig["tps"] != 48.0 {
		t.Errorf("a slow pace gave metrics() %v", fig)
	}
	if !strings.HasPrefix(summary, "FPS 4.0  TPS 48.0  SLOW") {
		t.Errorf("a slow pace gave the summary %q", summary)
	}
	fig, summary = read(loop.Pace{FPS: 8, TPS: 60, CatchUp: 100})
	if fig["slow"] != false || fig["tps"] != 60.0 || strings.Contains(summary, "SLOW") {
		t.Errorf("a pace caught up gave metrics() %v and the summary %q", fig, summary)
	}
}

// TestSummaryClearsTheScoreLine checks that a summary too long to fit
// beside the HUD's score line, SLOW with hundreds of hazards, is drawn
// below it, and a short one beside it.
func TestSummaryClearsTheScoreLine(t *testing.T) {
	for _, tc := range []struct {
		hazards int
		slow    bool
		wantY   float32
	}{{6, false, 14}, {300, true, 34}} {
		m := newMeter()
		s := game.NewSession(game.Options{Seed: 5, StartHazards: tc.hazards, Invulnerable: true}, 0)
		m.SetPace(loop.Pace{FPS: 4.5, TPS: 48.5, Slow: tc.slow})
		m.afterTick(s, 0)
		m.frames = hudFirstFrame - 1 // the next beforeDraw refreshes
		m.beforeDraw(s, false)
		v := bareView(1)
		drawSummary(v.glyphs, m.hud, true)
		top := v.glyphs.Vertices()[0].DstY
		for _, vx := range v.glyphs.Vertices() {
			top = min(top, vx.DstY)
		}
		if top != tc.wantY {
			t.Errorf("%d hazards, slow %v: the summary %q is drawn at y %v, want %v", tc.hazards, tc.slow, m.hud.Summary(), top, tc.wantY)
		}
	}
}

// TestFirstFrameLeavesTheMeter checks that the first frame neither
// refreshes the monitor's snapshot nor formats the HUD, whose code wasm
// would compile before that frame could show, and that the second frame
// does both.
func TestFirstFrameLeavesTheMeter(t *testing.T) {
	m := newMeter()
	s := game.NewSession(game.Options{Seed: 5}, 0)
	m.SetPace(loop.Pace{FPS: 30, TPS: 60})
	m.afterTick(s, 0)
	m.beforeDraw(s, false)
	if m.snap.FPS != 0 || len(m.hud.Summary()) != 0 {
		t.Fatalf("the first frame refreshed the meter: FPS %v, summary %q", m.snap.FPS, m.hud.Summary())
	}
	m.beforeDraw(s, false)
	if m.snap.FPS != 30 || !strings.HasPrefix(string(m.hud.Summary()), "FPS 30.0") {
		t.Fatalf("the second frame did not refresh the meter: FPS %v, summary %q", m.snap.FPS, m.hud.Summary())
	}
}
