package app

import (
	"errors"
	"fmt"

	"swarmfield/engine/input"
	"swarmfield/game"
	"swarmfield/game/replay"
)

// viewer shows a recorded run in the page or the window: paused,
// single-stepped or at 1×, 4× or 16× speed, while a game.Playback plays
// it back and checks it against the recording. watchCode opens it from a
// replay code; Esc, gamepad B or the BACK button close it (watch.go).
// Its controls are in viewerctl.go, its panel in viewerbar.go.
type viewer struct {
	rp       *replay.Replay
	pb       *game.Playback
	keys     *input.Map
	back     viewerScene // what the player was doing before
	paused   bool
	speed    int
	reported bool
	end      string // how the playback ended, once it has
	// diverged is the tick whose checkpoint first differed, or the tick
	// at which the replayed run ended early, once the playback diverged.
	diverged uint64
	line     []byte // scratch for the panel's lines
	build    string // which build recorded the replay, and which runs
}

// startViewer puts the app in replay viewer mode for rp; leaving it
// returns to the session's current run and scene.
func (a *App) startViewer(rp *replay.Replay) error {
	p := &viewer{rp: rp, keys: viewerKeys(), speed: 1, line: make([]byte, 0, 128),
		back: viewerScene{run: a.sess.Run, scene: a.sess.Scene}, build: buildLine(rp.Version, a.cfg.Version)}
	a.viewer = p
	if err := a.restartViewer(); err != nil {
		a.viewer = nil
		return fmt.Errorf("app: %w", err)
	}
	return nil
}

// buildLine says which build recorded a replay and which build plays it.
func buildLine(recorded, running string) string {
	if recorded == running {
		return "recorded by this build (" + recorded + ")"
	}
	if recorded == "" {
		recorded = "an unnamed build"
	}
	return "recorded by build " + recorded + ", running " + running
}

// restartViewer plays the replay again from its first tick. It fails
// only for a header this build cannot play, which watchCode refuses
// before the viewer opens.
func (a *App) restartViewer() error {
	p := a.viewer
	pb, err := game.NewPlayback(p.rp)
	if err != nil {
		return err
	}
	p.pb, p.reported, p.end, p.diverged = pb, false, "", 0
	a.sess.Watch(pb.Run)
	return nil
}

// updateViewer advances the replay viewer by one update: it reads the
// keys, the gamepad and the panel's buttons, then runs viewerTick.
func (a *App) updateViewer() error {
	a.controls.Poll()
	a.pollToggles()
	a.viewer.keys.Poll()
	a.pollViewerButtons()
	return a.viewerTick()
}

// viewerTick is updateViewer after the polling: it acts on the viewer's
// actions that were pressed, then steps the playback as many ticks as the
// speed asks.
func (a *App) viewerTick() error {
	p := a.viewer
	k := p.keys
	if k.Pressed(viewBack) {
		a.leaveViewer()
		return nil
	}
	switch {
	case k.Pressed(viewSpeed1):
		p.speed = 1
	case k.Pressed(viewSpeed4):
		p.speed = 4
	case k.Pressed(viewSpeed16):
		p.speed = 16
	case k.Pressed(viewFaster):
		p.speed = min(16, p.speed*4)
	case k.Pressed(viewSlower):
		p.speed = max(1, p.speed/4)
	}
	if k.Pressed(viewRestart) {
		if err := a.restartViewer(); err != nil {
			return fmt.Errorf("app: %w", err)
		}
	}
	if k.Pressed(viewPause) {
		p.paused = !p.paused
	}
	n := p.speed
	if p.paused {
		n = 0
	}
	if k.Pressed(viewStep) {
		p.paused, n = true, 1
	}
	for range n {
		if !p.pb.Step() {
			break
		}
	}
	if p.pb.Done() && !p.reported {
		a.reportPlayback()
	}
	a.view.update(a.sess)
	a.meter.afterTick(a.sess, a.view.particleCount())
	return nil
}

// reportPlayback notes, once, how the playback ended: in the panel, in
// the log, and as the divergence's tick.
func (a *App) reportPlayback() {
	p := a.viewer
	p.reported = true
	err := p.pb.Err()
	p.end = endMessage(err)
	res := p.pb.Result()
	if err == nil {
		a.cfg.Logf("swarmfield: replay finished: tick %d score %d hash %016x, %d checkpoints match", res.Ticks, res.Score, res.Hash, res.Checkpoints)
		return
	}
	p.paused = true
	p.diverged = res.Ticks
	var d *replay.Divergence
	if errors.As(err, &d) {
		p.diverged = d.Tick
	}
	a.cfg.Logf("swarmfield: replay diverged at tick %d: %v", res.Ticks, err)
}

// replayState returns the viewer for the bridge's state().replay: the
// tick, the recorded ticks, the speed, the checkpoints matched and the
// tick of the divergence (null while there is none), whether it is
// paused or done, and which build recorded it; nil when not watching.
func (a *App) replayState() any {
	p := a.viewer
	if p == nil {
		return nil
	}
	var diverged any
	if p.pb.Err() != nil {
		diverged = float64(p.diverged)
	}
	return map[string]any{
		"tick":               float64(p.pb.Run.Tick),
		"total":              float64(p.rp.Ticks),
		"speed":              p.speed,
		"checkpointsMatched": p.pb.Checked(),
		"checkpoints":        len(p.rp.Checkpoints),
		"divergedAt":         diverged,
		"paused":             p.paused,
		"done":               p.pb.Done(),
		"recordedBy":         p.rp.Version,
	}
}

// endMessage returns the line that says how a playback ended with err,
// short enough for the panel on a phone; the log has the hashes.
func endMessage(err error) string {
	var d *replay.Divergence
	switch {
	case err == nil:
		return "END: every checkpoint and the end match"
	case errors.As(err, &d) && d.Final:
		return fmt.Sprintf("DIVERGED at the end: scored %d, not %d", d.GotScore, d.WantScore)
	case errors.As(err, &d):
		return fmt.Sprintf("DIVERGED between ticks %d and %d", d.FirstTick(), d.Tick)
	default:
		return "DIVERGED: the run ended before the recording did"
	}
}
