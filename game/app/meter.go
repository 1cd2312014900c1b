package app

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/loop"
	"swarmfield/engine/perf"
	"swarmfield/game"
)

// How often the meter refreshes what it shows.
const (
	runtimeSampleTicks = 15 // runtime/metrics reads, 4 a second
	hudRefreshFrames   = 10 // snapshot and HUD text, 6 a second
	// hudFirstFrame is the frame of the first refresh: the second, so
	// that the first frame does not wait for the browser to compile the
	// HUD's number formatting, which wasm does on a function's first
	// call. Until then the HUD is empty and metrics() has the figures of
	// the snapshot newMeter takes.
	hudFirstFrame = 2
)

// meter times the game with a perf.Monitor and keeps the HUD's text. It is
// the loop's Hooks: the loop brackets every update and draw with it.
type meter struct {
	mon          *perf.Monitor
	update, draw perf.Phase
	ins          tickPhases

	// The game's own figures.
	hazards, orbs, particles *perf.Gauge
	candidates, tests        *perf.Counter

	snap  perf.Snapshot
	hud   *perf.HUDText
	spark []float32
	// stateLine shows the tick, seed and state hash in the F3 panel.
	stateLine []byte
	// panelStale is set when the latest refresh left the panel's
	// sparkline and state line out.
	panelStale bool

	ticks, frames int

	// pace is the loop's latest (catchup.go); until the first, paced
	// unset, the rates are Ebitengine's.
	pace  loop.Pace
	paced bool

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
	m.ins = tickPhases{mon: m.mon}
	m.ins.of[game.PhaseSwarm] = m.mon.Phase("swarm")
	m.ins.of[game.PhaseCollide] = m.mon.Phase("collide")
	m.draw = m.mon.Phase("draw")
	m.hazards = m.mon.Gauge("hazards", perf.Summary)
	m.orbs = m.mon.Gauge("orbs", perf.Summary)
	m.particles = m.mon.Gauge("particles", perf.Hidden)
	m.candidates = m.mon.Counter("collisionCandidates", perf.Details)
	m.tests = m.mon.Counter("collisionTests", perf.Details)
	m.mon.Snapshot(&m.snap) // sizes snap's slices once; metrics() has its shape from the start
	return m
}

// tickPhases times the simulation's phases with the monitor: it is the
// session's game.Instruments.
type tickPhases struct {
	mon *perf.Monitor
	of  [game.PhaseCollide + 1]perf.Phase // by game.Phase
}

// Begin starts timing phase p.
func (t *tickPhases) Begin(p game.Phase) { t.mon.Begin(t.of[p]) }

// End finishes timing phase p.
func (t *tickPhases) End(p game.Phase) { t.mon.End(t.of[p]) }

// UpdateBegin starts timing a tick.
func (m *meter) UpdateBegin() { m.mon.Begin(m.update) }

// UpdateEnd finishes timing a tick.
func (m *meter) UpdateEnd() { m.mon.TickDone(m.mon.End(m.update)) }

// DrawBegin starts timing a frame's drawing.
func (m *meter) DrawBegin() { m.mon.Begin(m.draw) }

// DrawEnd finishes timing a frame's drawing.
func (m *meter) DrawEnd() {
	m.mon.End(m.draw)
	m.mon.FrameMark()
}

// afterTick records what the tick did.
func (m *meter) afterTick(s *game.Session, particles int) {
	m.ticks++
	r := s.Run
	if s.Scene == game.ScenePlaying {
		candidates, tests := r.CollisionStats()
		m.candidates.Add(int64(candidates))
		m.tests.Add(int64(tests))
	}
	m.hazards.Set(float64(r.Hazards.Len()))
	m.orbs.Set(game.NumOrbs)
	m.particles.Set(float64(particles))
	if m.paced {
		m.mon.SetRates(m.pace.FPS, m.pace.TPS)
		m.mon.SetSlow(m.pace.Slow)
	} else {
		m.mon.SetRates(ebiten.ActualFPS(), ebiten.ActualTPS())
	}
	if m.ticks%runtimeSampleTicks == 0 {
		m.mon.SampleRuntime()
	}
	if m.log != nil && m.logErr == nil && m.ticks%logTicks == 0 {
		m.writeLog()
	}
}

// writeLog appends the current snapshot to the perf log as a JSON line,
// in the form metrics gives the page. After a write error it stops
// logging.
func (m *meter) writeLog() {
	var s perf.Snapshot
	m.mon.Snapshot(&s)
	line, err := json.Marshal(s)
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
	if m.frames%hudRefreshFrames != hudFirstFrame && !(panel && m.panelStale) {
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

// metrics returns the latest snapshot as JSON for the JS bridge, or nil
// if it cannot be encoded.
func (m *meter) metrics() []byte {
	b, err := json.Marshal(m.snap)
	if err != nil {
		log.Printf("swarmfield: metrics: %v", err)
		return nil
	}
	return b
}
