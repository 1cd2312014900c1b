//go:build !js

package app

import (
	"encoding/base64"
	"encoding/binary"
	"strings"
	"testing"

	"swarmfield/engine/input"
	"swarmfield/game"
	"swarmfield/game/internal/testkit"
	"swarmfield/game/replay"
)

// newWatchApp returns an app without a window or GPU, as New sets it up
// for watching: a session on its title that records its runs, the view,
// the controls and the monitor.
func newWatchApp(t testing.TB) *App {
	t.Helper()
	v := newTestView()
	a := &App{
		cfg:      Config{Version: "test", Logf: t.Logf},
		sess:     game.NewSession(game.Options{Seed: 3}, 42),
		controls: newControls(),
		view:     v,
		meter:    newMeter(),
		board:    *v.screens.board,
	}
	a.startRecording()
	return a
}

// goldenCode returns the golden replay, its file bytes and its code.
func goldenCode(t testing.TB) (*replay.Replay, []byte, string) {
	t.Helper()
	data := testkit.ReadFile(t, golden)
	rp, err := replay.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	code, err := rp.Code()
	if err != nil {
		t.Fatal(err)
	}
	return rp, data, code
}

// TestWatchCodeRefuses gives watch() each kind of bad code and checks the
// one sentence it returns and the title shows, and that the title stays
// as it was and still starts a run.
func TestWatchCodeRefuses(t *testing.T) {
	_, data, code := goldenCode(t)
	corrupt := append([]byte(nil), data...)
	corrupt[len(corrupt)/2] ^= 0x10
	wrongVersion := append([]byte(nil), data...)
	binary.LittleEndian.PutUint16(wrongVersion[len(replay.Magic):], 2)
	wrongVersion = testkit.Reseal(wrongVersion)
	for _, tc := range []struct {
		name, code, want string
	}{
		{"truncated", code[:len(code)/2], "The replay code is cut short: copy all of it, from SWF1. to its last character."},
		{"wrong checksum", code[:5] + "AAAAA" + code[10:], "The replay code is damaged: its checksum does not match."},
		{"unknown version", "SWF9." + code[5:], "Replay code version SWF9 is not supported: this build reads SWF1 codes."},
		{"too long", "SWF1." + strings.Repeat("AAAA", 64<<10), "The replay code is too long: 262149 bytes (limit 256 KiB)."},
		{"not base64", code[:20] + "*" + code[21:], "The replay code contains '*', which cannot be part of a code."},
		{"not a code", "hello", "Not a Swarmfield replay code: a code starts with SWF1."},
		{"empty", "", "Not a Swarmfield replay code: a code starts with SWF1."},
		{"file cut short", string(data[:len(data)/2]), "The replay is cut short."},
		{"damaged file", string(corrupt), "The replay is damaged: its checksum does not match."},
		{"file of another format", string(wrongVersion), "Replay format version 2 is not supported (want 1)."},
		{"base64 file cut short", base64.StdEncoding.EncodeToString(data[:len(data)-9]), "The replay is cut short."},
		{"huge", strings.Repeat("A", maxWatchLen+1), "The replay is too large to watch: the limit is 64 MiB."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newWatchApp(t)
			run := a.sess.Run
			if got := a.watch(tc.code); got != tc.want {
				t.Errorf("watch() = %q, want %q", got, tc.want)
			}
			if a.viewer != nil || a.modeName() != "normal" || a.replayState() != nil {
				t.Fatalf("a bad code opened the viewer (mode %q)", a.modeName())
			}
			if note := strings.ReplaceAll(a.titleNote(), "\n", " "); note != tc.want {
				t.Errorf("the title's note is %q, want %q", note, tc.want)
			}
			for _, line := range strings.Split(a.titleNote(), "\n") {
				if len(line) > noteChars {
					t.Errorf("the note's line %q is longer than the %d characters that fit", line, noteChars)
				}
			}
			if a.sess.Scene != game.SceneTitle || a.sess.Run != run || a.sess.Best != 42 {
				t.Fatalf("after a bad code: scene %v, run changed %v, best %d", a.sess.Scene, a.sess.Run != run, a.sess.Best)
			}
			a.sess.Update(game.PressConfirm)
			if a.sess.Scene != game.ScenePlaying || a.rec == nil {
				t.Fatalf("the title did not start a recorded run after a bad code: scene %v", a.sess.Scene)
			}
		})
	}
}

// TestWatchCodeForms opens the viewer on the golden replay as a code, as
// a code pasted with line breaks, as a replay file's bytes and as those
// bytes in base64, and checks that each plays it.
func TestWatchCodeForms(t *testing.T) {
	rp, data, code := goldenCode(t)
	for name, text := range map[string]string{
		"code":    code,
		"wrapped": " " + code[:70] + "\r\n" + code[70:] + "\n",
		"file":    string(data),
		"base64":  base64.StdEncoding.EncodeToString(data),
	} {
		a := newWatchApp(t)
		if got := a.watch(text); got != "" {
			t.Fatalf("%s: watch() = %q, want \"\"", name, got)
		}
		if a.modeName() != "replay" || a.viewer.rp.FinalHash != rp.FinalHash || a.sess.Run != a.viewer.pb.Run {
			t.Fatalf("%s: the viewer is not showing the golden replay (mode %q)", name, a.modeName())
		}
	}
}

// press runs one viewer tick with the actions pressed, as the keys, the
// gamepad or the panel's buttons press them.
func press(t testing.TB, a *App, acts ...input.Action) {
	t.Helper()
	a.viewer.keys.Poll()
	for _, act := range acts {
		a.viewer.keys.Set(act, true)
	}
	if err := a.viewerTick(); err != nil {
		t.Fatal(err)
	}
}

// TestTitleNoteFits draws the title with the longest sentence a replay
// code gets, for a keyboard: its lines fit the field and overlap no other
// text.
func TestTitleNoteFits(t *testing.T) {
	v := newTestView()
	v.screens.note = wrapWords("The replay code is cut short: copy all of it, from SWF1. to its last character.", noteChars)
	v.screens.focused = true
	s := game.NewSession(game.Options{Seed: 1}, 0)
	for anim := range 2 {
		v.anim = anim * 30 // with and without the blinking call to action
		v.glyphs.Reset()
		v.draw(nil, s, true)
		vs := v.glyphs.Vertices()
		type box struct{ x0, y0, x1, y1 float32 }
		var boxes []box
		for q := 0; q+3 < len(vs); q += 4 {
			b := box{vs[q].DstX, vs[q].DstY, vs[q+3].DstX, vs[q+3].DstY}
			if b.x0 < 0 || b.y0 < 0 || b.x1 > game.FieldWidth || b.y1 > game.FieldHeight {
				t.Fatalf("a glyph at %+v is off the field", b)
			}
			for _, o := range boxes {
				if b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1 {
					t.Fatalf("glyphs at %+v and %+v overlap", b, o)
				}
			}
			boxes = append(boxes, b)
		}
	}
}
