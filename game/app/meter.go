package app

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"runtime"
	"strconv"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/perf"
	"swarmfield/game"
)

// How often the meter refreshes what it shows.
const (
	runtimeSampleTicks = 15 // runtime/metrics reads, 4 a second
	hudRefreshFrames   = 10 // snapshot and HUD text, 6 a second
)

// meter times the game with a perf.Monitor and keeps the HUD's text. It is
// the loop's Hooks: the loop brackets every update and draw with it.
type meter struct {
	mon                          *perf.Monitor
	update, swarm, collide, draw perf.Phase
	ins                          game.Instruments

	snap  perf.Snapshot
	hud   *perf.HUDText
	spark []float32
	// stateLine shows the tick, seed and state hash in the F3 panel.
	stateLine []byte
	// panelStale is set when the latest refresh left the panel's
	// sparkline and state line out.
	panelStale bool

	updateStart, drawStart perf.Stamp
	ticks, frames          int

	// log, if set, receives a JSON snapshot every logTicks ticks.
	log    io.Writer
	logErr error
}

// logTicks is how often the perf log gets a line: once a second.
const logTicks = game.TicksPerSecond

func newMeter() *meter {
	m := &meter{
		mon:       perf.NewMonitor(),
		hud:       perf.NewHUDText(),
		spark:     make([]float32, 0, perf.DefaultWindow),
		stateLine: make([]byte, 0, 96),
	}
	m.update = m.mon.Phase("update")
	m.swarm = m.mon.Phase("swarm")
	m.collide = m.mon.Phase("collide")
	m.draw = m.mon.Phase("draw")
	m.ins = game.Instruments{Monitor: m.mon, Swarm: m.swarm, Collide: m.collide}
	m.mon.Snapshot(&m.snap) // sizes snap.Phases once
	return m
}

// UpdateBegin starts timing a tick.
func (m *meter) UpdateBegin() { m.updateStart = m.mon.Begin(m.update) }

// UpdateEnd finishes timing a tick.
func (m *meter) UpdateEnd() {
	now := m.mon.Begin(m.update)
	m.mon.Record(m.update, time.Duration(now-m.updateStart))
	m.mon.TickDone(time.Duration(now - m.updateStart))
}

// DrawBegin starts timing a frame's drawing.
func (m *meter) DrawBegin() { m.drawStart = m.mon.Begin(m.draw) }

// DrawEnd finishes timing a frame's drawing.
func (m *meter) DrawEnd() {
	m.mon.End(m.draw, m.drawStart)
	m.mon.FrameMark()
}

// afterTick records what the tick did.
func (m *meter) afterTick(s *game.Session, particles int) {
	m.ticks++
	r := s.Run
	if s.Scene == game.ScenePlaying {
		m.mon.AddCollisionStats(r.CollisionStats())
	}
	m.mon.SetEntities(r.Hazards.Len(), game.NumOrbs, particles)
	m.mon.SetRates(ebiten.ActualFPS(), ebiten.ActualTPS())
	if m.ticks%runtimeSampleTicks == 0 {
		m.mon.SampleRuntime()
	}
	if m.log != nil && m.logErr == nil && m.ticks%logTicks == 0 {
		m.writeLog()
	}
}

// writeLog appends the current snapshot to the perf log as a JSON line.
// After a write error it stops logging.
func (m *meter) writeLog() {
	var s perf.Snapshot
	m.mon.Snapshot(&s)
	line, err := json.Marshal(&s)
	if err == nil {
		_, err = m.log.Write(append(line, '\n'))
	}
	if err != nil {
		m.logErr = fmt.Errorf("perf log: %w", err)
		log.Printf("swarmfield: %v", m.logErr)
	}
}

// beforeDraw refreshes the snapshot and the HUD text now and then. The F3
// panel's sparkline and state line, whose hash reads the whole swarm, are
// only built while the panel is shown; opening it refreshes at once.
func (m *meter) beforeDraw(s *game.Session, panel bool) {
	m.frames++
	if m.frames%hudRefreshFrames != 1 && !(panel && m.panelStale) {
		return
	}
	m.mon.Snapshot(&m.snap)
	m.hud.Update(&m.snap)
	m.panelStale = !panel
	if !panel {
		return
	}
	m.spark = m.mon.Sparkline(m.spark[:0])
	r := s.Run
	b := append(m.stateLine[:0], "tick "...)
	b = strconv.AppendUint(b, r.Tick, 10)
	b = append(b, "  seed "...)
	b = strconv.AppendUint(b, r.Options().Seed, 10)
	b = append(b, "  hash "...)
	b = strconv.AppendUint(b, r.Hash(), 16)
	m.stateLine = b
}

// metrics returns the latest snapshot as plain values for the JS bridge.
func (m *meter) metrics() map[string]any {
	s := &m.snap
	phases := make(map[string]any, len(s.Phases))
	for _, p := range s.Phases {
		phases[p.Name] = map[string]any{"p50Ms": p.P50Ms, "p95Ms": p.P95Ms, "p99Ms": p.P99Ms, "maxMs": p.MaxMs}
	}
	return map[string]any{
		"fps":                 s.FPS,
		"tps":                 s.TPS,
		"phases":              phases,
		"frameP50Ms":          s.FrameP50Ms,
		"frameP99Ms":          s.FrameP99Ms,
		"frameWorstMs":        s.FrameWorstMs,
		"ticks":               float64(s.Ticks),
		"ticksOverBudget":     float64(s.TicksOverBudget),
		"heapBytes":           float64(s.HeapBytes),
		"allocsPerTick":       s.AllocsPerTick,
		"gcCycles":            float64(s.GCCycles),
		"gcPauseLastMs":       s.GCPauseLastMs,
		"gcPauseWorstMs":      s.GCPauseWorstMs,
		"hazards":             s.Hazards,
		"orbs":                s.Orbs,
		"particles":           s.Particles,
		"collisionCandidates": s.CollisionCandidates,
		"collisionTests":      s.CollisionTests,
		"gomaxprocs":          s.GOMAXPROCS,
		"platform":            s.Platform,
		"numCPU":              runtime.NumCPU(),
	}
}
