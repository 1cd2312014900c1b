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

// The replay viewer's controls.
const (
	viewPause input.Action = iota
	viewStep
	viewSpeed1
	viewSpeed4
	viewSpeed16
	viewRestart
)

// viewer shows a recorded run in the window (Config.ReplayFile): paused,
// single-stepped or at 1×, 4× or 16× speed, while a game.Playback plays
// it back and checks it against the recording.
type viewer struct {
	rp       *replay.Replay
	pb       *game.Playback
	keys     *input.Map
	paused   bool
	speed    int
	reported bool
	line     []byte // scratch for the status line
	end      string // how the playback ended, once it has
}

// startViewer puts the app in replay viewer mode for rp.
func (a *App) startViewer(rp *replay.Replay) error {
	keys := &input.Map{}
	keys.BindKeys(viewPause, ebiten.KeyP, ebiten.KeySpace)
	keys.BindKeys(viewStep, ebiten.KeyPeriod, ebiten.KeyNumpadDecimal)
	keys.BindKeys(viewSpeed1, ebiten.KeyDigit1, ebiten.KeyNumpad1)
	keys.BindKeys(viewSpeed4, ebiten.KeyDigit4, ebiten.KeyNumpad4)
	keys.BindKeys(viewSpeed16, ebiten.KeyDigit6, ebiten.KeyNumpad6)
	keys.BindKeys(viewRestart, ebiten.KeyR)
	a.viewer = &viewer{rp: rp, keys: keys, speed: 1, line: make([]byte, 0, 128)}
	if err := a.restartViewer(); err != nil {
		return fmt.Errorf("app: %w", err)
	}
	return nil
}

// restartViewer plays the replay again from its first tick. It fails
// only for a header this build cannot play, so only the first call can.
func (a *App) restartViewer() error {
	p := a.viewer
	pb, err := game.NewPlayback(p.rp)
	if err != nil {
		return err
	}
	p.pb, p.reported, p.end = pb, false, ""
	a.sess.Watch(pb.Run)
	return nil
}

// updateViewer advances the replay viewer by one update.
func (a *App) updateViewer() error {
	a.controls.Poll()
	a.pollToggles()
	p := a.viewer
	p.keys.Poll()
	switch {
	case p.keys.Pressed(viewSpeed1):
		p.speed = 1
	case p.keys.Pressed(viewSpeed4):
		p.speed = 4
	case p.keys.Pressed(viewSpeed16):
		p.speed = 16
	}
	if p.keys.Pressed(viewRestart) {
		if err := a.restartViewer(); err != nil {
			return fmt.Errorf("app: %w", err)
		}
	}
	if p.keys.Pressed(viewPause) {
		p.paused = !p.paused
	}
	n := p.speed
	if p.paused {
		n = 0
	}
	if p.keys.Pressed(viewStep) {
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

// drawViewer draws the replay viewer's status and keys at the bottom.
func (a *App) drawViewer() {
	p, v := a.viewer, a.view
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
