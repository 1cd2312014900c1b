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
	end      string // how the playback ended, once it has
}

// startPlayback puts the app in playback mode for rp.
func (a *App) startPlayback(rp *replay.Replay) error {
	keys := &input.Map{}
	keys.BindKeys(pbPause, ebiten.KeyP, ebiten.KeySpace)
	keys.BindKeys(pbStep, ebiten.KeyPeriod, ebiten.KeyNumpadDecimal)
	keys.BindKeys(pbSpeed1, ebiten.KeyDigit1, ebiten.KeyNumpad1)
	keys.BindKeys(pbSpeed4, ebiten.KeyDigit4, ebiten.KeyNumpad4)
	keys.BindKeys(pbSpeed16, ebiten.KeyDigit6, ebiten.KeyNumpad6)
	keys.BindKeys(pbRestart, ebiten.KeyR)
	a.player = &player{rp: rp, keys: keys, speed: 1, line: make([]byte, 0, 128)}
	if err := a.restartPlayback(); err != nil {
		return fmt.Errorf("app: %w", err)
	}
	return nil
}

// restartPlayback plays the replay again from its first tick. It fails
// only for a header this build cannot play, so only the first call can.
func (a *App) restartPlayback() error {
	p := a.player
	pb, err := game.NewPlayback(p.rp)
	if err != nil {
		return err
	}
	p.pb, p.reported, p.end = pb, false, ""
	p.pb.Run.SetParallel(a.sess.Parallel)
	p.pb.Run.Instruments = a.sess.Instruments
	sess := &game.Session{Scene: game.ScenePlaying, Run: p.pb.Run, Best: a.sess.Best,
		Parallel: a.sess.Parallel, Instruments: a.sess.Instruments}
	a.sess = sess
	return nil
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
		if err := a.restartPlayback(); err != nil {
			return fmt.Errorf("app: %w", err)
		}
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
		p.end = endMessage(p.pb.Err())
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
	if p.end == "" {
		return
	}
	clr := danger
	if p.pb.Err() == nil {
		clr = cyan
	}
	text.Draw(v.glyphs, p.end, 12, top+40, 1, clr)
}

// endMessage returns the line that says how a playback ended with err,
// short enough for the status bar.
func endMessage(err error) string {
	var d *replay.Divergence
	switch {
	case err == nil:
		return "END: the replay matches the recording at every checkpoint and at the end"
	case errors.As(err, &d) && d.Final:
		return fmt.Sprintf("DIVERGED at the end: recorded %x score %d, replayed %x score %d",
			d.Want, d.WantScore, d.Got, d.GotScore)
	case errors.As(err, &d):
		return fmt.Sprintf("DIVERGED between ticks %d and %d: recorded %x, replayed %x",
			d.FirstTick(), d.Tick, d.Want, d.Got)
	default:
		return "DIVERGED: " + err.Error()
	}
}
