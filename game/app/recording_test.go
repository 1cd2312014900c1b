//go:build !js

package app

import (
	"bytes"
	"encoding/base64"
	"path/filepath"
	"strings"
	"testing"

	"swarmfield/game"
	"swarmfield/game/internal/testkit"
	"swarmfield/game/replay"
)

// newRecordingApp returns an app without a window or GPU that records
// every run of its session, as New sets it up.
func newRecordingApp(t *testing.T, recordFile string) *App {
	t.Helper()
	a := &App{
		cfg:  Config{Version: "test", RecordFile: recordFile, Logf: t.Logf},
		sess: game.NewSession(game.Options{Seed: 99, Invulnerable: true}, 0),
	}
	a.startRecording()
	return a
}

// verifyFile replays the file at path and checks it ends as r did.
func verifyFile(t *testing.T, path string, r *game.Run) []byte {
	t.Helper()
	rp, err := replay.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := game.Verify(rp, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Ticks != r.Tick || res.Score != r.Score || res.Hash != r.Hash() || rp.Version != "test" || rp.Seed != r.Options().Seed {
		t.Fatalf("%s replays to %+v (version %q, seed %d); the run is at tick %d score %d hash %016x",
			path, res, rp.Version, rp.Seed, r.Tick, r.Score, r.Hash())
	}
	return testkit.ReadFile(t, path)
}

func TestRecordEveryRun(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	recordFile := filepath.Join(dir, "record.replay")
	a := newRecordingApp(t, recordFile)
	if a.ReplayBase64() != "" {
		t.Fatal("a replay before any run")
	}
	if _, err := a.SaveReplay(); err == nil {
		t.Fatal("SaveReplay before any run did not fail")
	}
	s := a.sess
	s.Update(game.PressConfirm)
	// Walk right a while, pause in between (paused ticks are not
	// recorded), then up and out of the field.
	walk(s, game.PressRight, game.HoldRight, 100)
	walk(s, 0, game.PressPause, 2)
	walk(s, 0, game.HoldRight, 198)
	walk(s, game.PressUp, game.HoldUp, untilOver)
	if err := a.writeRecording(); err != nil {
		t.Fatal(err)
	}
	first := verifyFile(t, recordFile, s.Run)

	// The bridge's bytes and an F9 save are the same file.
	b64, err := base64.StdEncoding.DecodeString(a.ReplayBase64())
	if err != nil || !bytes.Equal(b64, first) {
		t.Fatalf("ReplayBase64 differs from the recorded file (%v)", err)
	}
	name, err := a.SaveReplay()
	if err != nil || name != "swarmfield-99-0.replay" {
		t.Fatalf("SaveReplay = %q, %v", name, err)
	}
	verifyFile(t, filepath.Join(dir, name), s.Run)

	// The next run is recorded afresh; Close keeps it mid-run.
	for i := 0; s.Runs < 2; i++ {
		s.Update(game.PressConfirm)
	}
	for range 130 {
		s.Update(game.HoldDown)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	second := verifyFile(t, recordFile, s.Run)
	if s.Run.Tick != 130 || bytes.Equal(first, second) {
		t.Fatalf("the second run: tick %d, same file as the first: %v", s.Run.Tick, bytes.Equal(first, second))
	}
}

func TestRecordFileError(t *testing.T) {
	a := newRecordingApp(t, filepath.Join(t.TempDir(), "no", "such", "dir", "x.replay"))
	a.sess.Update(game.PressConfirm)
	a.sess.Update(0)
	if err := a.Close(); err == nil {
		t.Fatal("writing to a missing folder did not fail")
	}
}

func TestReplayCodeOfFinishedRun(t *testing.T) {
	a := newRecordingApp(t, "")
	if a.replayCode() != "" {
		t.Fatal("a replay code before any run")
	}
	s := a.sess
	s.Update(game.PressConfirm)
	walk(s, game.PressLeft, game.HoldLeft, 120)
	if code := a.replayCode(); code != "" {
		t.Fatalf("a replay code while the run is going: %q", code)
	}
	walk(s, game.PressDown, game.HoldDown, untilOver)
	code := a.replayCode()
	if !strings.HasPrefix(code, "SWF1.") {
		t.Fatalf("replay code %q does not start with SWF1.", code)
	}
	rp, err := replay.Read(strings.NewReader(code))
	if err != nil {
		t.Fatal(err)
	}
	res, err := game.Verify(rp, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := s.Run; res.Ticks != r.Tick || res.Score != r.Score || res.Hash != r.Hash() {
		t.Fatalf("the code replays to %+v; the run ended at tick %d score %d hash %016x", res, r.Tick, r.Score, r.Hash())
	}
}

// untilOver, as walk's ticks, walks until the run is over.
const untilOver = -1

// walk updates s with hold for ticks ticks, or until the run is over when
// ticks is untilOver, adding press on the first: a key pressed and held.
func walk(s *game.Session, press, hold game.Input, ticks int) {
	for i := 0; i < ticks || ticks == untilOver && !s.Run.GameOver; i++ {
		in := hold
		if i == 0 {
			in |= press
		}
		s.Update(in)
	}
}
