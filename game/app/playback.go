package app

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/assets"
	"swarmfield/engine/input"
	"swarmfield/engine/text"
	"swarmfield/game"
	"swarmfield/game/replay"
)

// The playback controls.
const (
	pbPause input.Action = iota
	pbStep
	pbSpeed1
	pbSpeed4
	pbSpeed16
	pbRestart
)

// player plays a recorded run in the window (Config.Replay): paused,
// single-stepped or at 1×, 4× or 16× speed, checking it against the
// recording as it goes.
type player struct {
	rp       *replay.Replay
	pb       *game.Playback
	keys     *input.Map
	paused   bool
	speed    int
	reported bool
	line     []byte // scratch for the status line
}

// startPlayback puts the app in playback mode for rp.
func (a *App) startPlayback(rp *replay.Replay) error {
	if _, err := game.OptionsFromHeader(rp.Header); err != nil {
		return fmt.Errorf("app: %w", err)
	}
	keys := &input.Map{}
	keys.BindKeys(pbPause, ebiten.KeyP, ebiten.KeySpace)
	keys.BindKeys(pbStep, ebiten.KeyPeriod, ebiten.KeyNumpadDecimal)
	keys.BindKeys(pbSpeed1, ebiten.KeyDigit1, ebiten.KeyNumpad1)
	keys.BindKeys(pbSpeed4, ebiten.KeyDigit4, ebiten.KeyNumpad4)
	keys.BindKeys(pbSpeed16, ebiten.KeyDigit6, ebiten.KeyNumpad6)
	keys.BindKeys(pbRestart, ebiten.KeyR)
	a.player = &player{rp: rp, keys: keys, speed: 1, line: make([]byte, 0, 128)}
	a.restartPlayback()
	return nil
}

// restartPlayback plays the replay again from its first tick.
func (a *App) restartPlayback() {
	p := a.player
	p.pb, _ = game.NewPlayback(p.rp) // the header was checked in startPlayback
	p.reported = false
	p.pb.Run.SetParallel(a.sess.Parallel)
	p.pb.Run.Instruments = a.sess.Instruments
	sess := &game.Session{Scene: game.ScenePlaying, Run: p.pb.Run, Best: a.sess.Best,
		Parallel: a.sess.Parallel, Instruments: a.sess.Instruments}
	a.sess = sess
}

// updatePlayback advances playback mode by one update.
func (a *App) updatePlayback() error {
	a.controls.Poll()
	if a.controls.Pressed(actFullscreen) {
		ebiten.SetFullscreen(!ebiten.IsFullscreen())
	}
	if a.controls.Pressed(actPerf) {
		a.showPanel = !a.showPanel
	}
	p := a.player
	p.keys.Poll()
	switch {
	case p.keys.Pressed(pbSpeed1):
		p.speed = 1
	case p.keys.Pressed(pbSpeed4):
		p.speed = 4
	case p.keys.Pressed(pbSpeed16):
		p.speed = 16
	}
	if p.keys.Pressed(pbRestart) {
		a.restartPlayback()
	}
	if p.keys.Pressed(pbPause) {
		p.paused = !p.paused
	}
	n := p.speed
	if p.paused {
		n = 0
	}
	if p.keys.Pressed(pbStep) {
		p.paused, n = true, 1
	}
	for range n {
		if !p.pb.Step() {
			break
		}
	}
	if p.pb.Done() && !p.reported {
		p.reported = true
		res := p.pb.Result()
		if err := p.pb.Err(); err != nil {
			p.paused = true
			a.cfg.Logf("swarmfield: replay diverged at tick %d: %v", res.Ticks, err)
		} else {
			a.cfg.Logf("swarmfield: replay finished: tick %d score %d hash %016x, %d checkpoints match", res.Ticks, res.Score, res.Hash, res.Checkpoints)
		}
	}
	a.view.update(a.sess)
	a.meter.afterTick(a.sess, a.view.particleCount())
	return nil
}

// drawPlayback draws the playback status and its keys at the bottom.
func (a *App) drawPlayback() {
	p, v := a.player, a.view
	const top = game.FieldHeight - 58
	v.sprites.AddRect(assets.White, 0, top, game.FieldWidth, 58, shade)
	b := append(p.line[:0], "REPLAY  tick "...)
	b = strconv.AppendUint(b, p.pb.Run.Tick, 10)
	b = append(b, " / "...)
	b = strconv.AppendUint(b, p.rp.Ticks, 10)
	b = append(b, "  speed "...)
	b = strconv.AppendInt(b, int64(p.speed), 10)
	b = append(b, 'x')
	if p.paused {
		b = append(b, "  PAUSED"...)
	}
	b = append(b, "  checkpoints ok "...)
	b = strconv.AppendInt(b, int64(p.pb.Checked()), 10)
	b = append(b, " / "...)
	b = strconv.AppendInt(b, int64(len(p.rp.Checkpoints)), 10)
	text.DrawBytes(v.glyphs, b, 12, top+6, 1, white)
	p.line = b
	text.Draw(v.glyphs, "P or Space pause   . step   1 / 4 / 6: 1x 4x 16x speed   R restart   F3 hash", 12, top+22, 1, dimText)
	if !p.pb.Done() {
		return
	}
	var d *replay.Divergence
	switch err := p.pb.Err(); {
	case err == nil:
		text.Draw(v.glyphs, "END: the replay matches the recording at every checkpoint and at the end", 12, top+40, 1, cyan)
	case errors.As(err, &d) && !d.Final:
		b = append(p.line[:0], "DIVERGED between ticks "...)
		b = strconv.AppendUint(b, max(d.Tick, replay.CheckpointInterval)-replay.CheckpointInterval+1, 10)
		b = append(b, " and "...)
		b = strconv.AppendUint(b, d.Tick, 10)
		b = append(b, ": recorded hash "...)
		b = strconv.AppendUint(b, d.Want, 16)
		b = append(b, ", replayed "...)
		b = strconv.AppendUint(b, d.Got, 16)
		text.DrawBytes(v.glyphs, b, 12, top+40, 1, danger)
		p.line = b
	default:
		text.Draw(v.glyphs, "DIVERGED: "+err.Error(), 12, top+40, 1, danger)
	}
}
