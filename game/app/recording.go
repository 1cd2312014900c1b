package app

import (
	"encoding/base64"
	"fmt"
	"os"

	"swarmfield/game"
)

// startRecording records every run the session starts: the inputs and
// the checkpoint hashes, in a game.Recorder per run. It also starts and
// steps the ghost (ghost.go), in lockstep with the run.
func (a *App) startRecording() {
	a.sess.OnRunStart = func(r *game.Run) {
		a.rec = game.NewRecorder(r, a.cfg.Version)
		a.startGhost(r)
	}
	a.sess.OnStep = func(_ *game.Run, in game.Input) {
		a.rec.Step(in)
		a.ghost.step()
	}
}

// replayBytes returns the latest run's replay so far in the replay file
// format, and its conventional file name. It fails before the first run.
func (a *App) replayBytes() (name string, data []byte, err error) {
	if a.rec == nil {
		return "", nil, fmt.Errorf("app: no run has been played yet")
	}
	rp, err := a.rec.Replay()
	if err != nil {
		return "", nil, err
	}
	data, err = rp.MarshalBinary()
	if err != nil {
		return "", nil, fmt.Errorf("app: encoding the replay: %w", err)
	}
	return rp.FileName(), data, nil
}

// ReplayBase64 returns the latest run's replay so far, base64 encoded,
// or "" before the first run. The bridge exposes it as replayBytes().
func (a *App) ReplayBase64() string {
	_, data, err := a.replayBytes()
	if err != nil {
		return ""
	}
	return base64.StdEncoding.EncodeToString(data)
}

// replayCode returns the replay code (replay.Replay.Code) of the latest
// run once it has ended, or "" while it is still going or before the
// first run, whether or not a replay is being watched. The bridge
// exposes it as replayCode().
func (a *App) replayCode() string {
	run := a.sess.Run
	if a.viewer != nil {
		run = a.viewer.back.run
	}
	if a.rec == nil || !run.GameOver {
		return ""
	}
	rp, err := a.rec.Replay()
	if err != nil {
		return ""
	}
	code, err := rp.Code()
	if err != nil {
		a.cfg.Logf("swarmfield: %v", err)
		return ""
	}
	return code
}

// SaveReplay saves the latest run's replay as
// swarmfield-<seed>-<score>.replay: a download in the browser, a file in
// the current folder on the desktop. It returns the file name. F9 and the
// bridge's downloadReplay() call it.
func (a *App) SaveReplay() (string, error) {
	name, data, err := a.replayBytes()
	if err != nil {
		return "", err
	}
	if err := download(name, data); err != nil {
		return "", fmt.Errorf("app: saving the replay: %w", err)
	}
	return name, nil
}

// saveReplayKey handles F9.
func (a *App) saveReplayKey() {
	if !a.controls.Pressed(actSaveReplay) {
		return
	}
	if name, err := a.SaveReplay(); err != nil {
		a.cfg.Logf("swarmfield: %v", err)
	} else {
		a.cfg.Logf("swarmfield: saved the replay %s", name)
	}
}

// writeRecording writes the latest run's replay to Config.RecordFile, if
// set. The app calls it when a run ends; Close calls it as well.
func (a *App) writeRecording() error {
	if a.cfg.RecordFile == "" || a.rec == nil {
		return nil
	}
	_, data, err := a.replayBytes()
	if err != nil {
		return err
	}
	if err := os.WriteFile(a.cfg.RecordFile, data, 0o644); err != nil {
		return fmt.Errorf("app: -record: %w", err)
	}
	return nil
}

// Close writes the latest run's replay to Config.RecordFile, if set, so
// that closing the window mid-run keeps it. Call it once the loop ends.
func (a *App) Close() error {
	if a.pool != nil {
		defer a.pool.Close()
	}
	return a.writeRecording()
}
