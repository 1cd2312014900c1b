//go:build !js

package app

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/assets"
	"swarmfield/engine/input"
	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/replay"
	"swarmfield/game/save"
)

// newScoresApp returns an app on its title, as newWatchApp does, whose
// table holds ACE's entry with the golden replay and BOB's without one.
func newScoresApp(t *testing.T) (*App, *replay.Replay, string) {
	t.Helper()
	a := newWatchApp(t)
	rp, data, code := goldenCode(t)
	a.board.scores = save.LoadScores(storage.NewMemory(), nil)
	for _, e := range []save.Entry{
		{Initials: "ACE", Score: 50, Ticks: 600, Date: 1764440000, Seed: rp.Seed, Replay: data},
		{Initials: "BOB", Score: 40, Ticks: 600, Date: 1764440000, Seed: 2},
	} {
		if _, err := a.board.scores.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	a.initShare()
	return a, rp, code
}

// shareTick runs one tick of the share screens with acts pressed, and reports
// whether they had the tick.
func shareTick(a *App, acts ...input.Action) bool {
	a.controls.Poll()
	for _, act := range acts {
		a.controls.Set(act, true)
	}
	return a.updateShare()
}

// TestScoreScreen drives the high-score screen: H opens it on the best
// entry, Down and Up select with wrapping, a tap selects a row, an entry
// without a replay says so on Enter and C, C copies an entry's replay
// code (on the desktop: to a file), Enter watches it, and Esc returns.
func TestScoreScreen(t *testing.T) {
	a, rp, code := newScoresApp(t)
	t.Chdir(t.TempDir())
	if !shareTick(a, actScores) || a.sceneName() != "scores" || a.share.screen.sel != 0 {
		t.Fatalf("H on the title: scene %q, entry %d; want the high scores on the best", a.sceneName(), a.share.screen.sel)
	}
	if got := string(a.share.screen.detail); got != fmt.Sprintf("ACE: seed %d, replay stored", rp.Seed) {
		t.Errorf("ACE's detail %q", got)
	}
	shareTick(a, actDown)
	if a.share.screen.sel != 1 || !strings.Contains(string(a.share.screen.detail), "no replay stored") {
		t.Fatalf("Down: entry %d, %q; want BOB's, without a replay", a.share.screen.sel, a.share.screen.detail)
	}
	for _, act := range []input.Action{actConfirm, actCopy} {
		a.share.note = ""
		shareTick(a, act)
		if a.share.note != "this entry has no stored replay" || a.viewer != nil || !a.share.screen.open {
			t.Fatalf("action %d on BOB: note %q, viewer %v; want the note and the screen kept", act, a.share.note, a.viewer != nil)
		}
	}
	if shareTick(a, actDown); a.share.screen.sel != 0 {
		t.Fatalf("Down on the last entry selected %d, want the first", a.share.screen.sel)
	}
	if shareTick(a, actUp); a.share.screen.sel != 1 {
		t.Fatalf("Up on the first entry selected %d, want the last", a.share.screen.sel)
	}
	a.scoresTick(game.FieldWidth/2, scoreRowsY+5, true)
	if a.share.screen.sel != 0 {
		t.Fatalf("a tap on the first row selected %d", a.share.screen.sel)
	}

	shareTick(a, actCopy)
	file := strings.TrimSuffix(rp.FileName(), ".replay") + ".txt"
	if a.share.note != "no clipboard here: code saved to "+file {
		t.Fatalf("C on ACE: note %q", a.share.note)
	}
	if got, err := os.ReadFile(file); err != nil || strings.TrimSpace(string(got)) != code {
		t.Fatalf("%s holds %.30q (%v), want ACE's code %.30q", file, got, err, code)
	}

	shareTick(a, actConfirm)
	if a.viewer == nil || a.share.screen.open || a.viewer.rp.Ticks != rp.Ticks || a.viewer.rp.Seed != rp.Seed {
		t.Fatalf("Enter on ACE: viewer %v, screen open %v; want ACE's replay playing", a.viewer != nil, a.share.screen.open)
	}
	a.leaveViewer()

	shareTick(a, actScores)
	back := a.share.screen.buttons[scoreBack].r
	a.scoresTick(back.X+1, back.Y+1, true)
	if a.share.screen.open || a.sceneName() != "title" {
		t.Fatalf("a tap on BACK left scene %q", a.sceneName())
	}
	for _, act := range []input.Action{actBack, actPause, actScores} {
		shareTick(a, actScores)
		if shareTick(a, act); a.share.screen.open {
			t.Fatalf("action %d did not close the high scores", act)
		}
	}
	if a.sess.Runs != 0 {
		t.Fatalf("the high-score screen started %d runs", a.sess.Runs)
	}
}

// TestScoreScreenEmpty opens the high-score screen on an empty table:
// Watch and Copy say there is nothing, the keys do nothing else, and it
// draws.
func TestScoreScreenEmpty(t *testing.T) {
	a := newWatchApp(t)
	a.board.scores = save.LoadScores(storage.NewMemory(), nil)
	a.initShare()
	a.openScores()
	for _, act := range []input.Action{actDown, actUp, actConfirm, actCopy} {
		shareTick(a, act)
		if a.viewer != nil || !a.share.screen.open || a.share.screen.sel != 0 {
			t.Fatalf("action %d on an empty table: viewer %v, open %v, entry %d", act, a.viewer != nil, a.share.screen.open, a.share.screen.sel)
		}
	}
	if a.share.note != "no high scores yet: play a run first" {
		t.Fatalf("C on an empty table: note %q", a.share.note)
	}
	a.drawScores()
}

// TestScoreScreenTabs checks the second table, today's daily challenge's:
// Right and Left change the tab, which shows its own entries.
func TestScoreScreenTabs(t *testing.T) {
	a, _, _ := newScoresApp(t)
	a.todayScores().Add(save.Entry{Initials: "DAY", Score: 9, Ticks: 60, Date: 1764440000, Seed: 20261201})
	a.openScores()
	s := &a.share.screen
	if len(s.tabs) != 2 || s.tabs[1].name != "DAILY "+a.daily.today() {
		t.Fatalf("the tabs: %+v, want the high scores and today's daily table", s.tabs)
	}
	if shareTick(a, actRight); s.tab != 1 || len(s.rows) != 1 || !strings.Contains(string(s.rows[0]), "DAY") {
		t.Fatalf("Right: tab %d, rows %q; want the second table", s.tab, s.rows)
	}
	if shareTick(a, actLeft); s.tab != 0 || len(s.rows) != 2 {
		t.Fatalf("Left: tab %d, %d rows; want the first table", s.tab, len(s.rows))
	}
}

// TestGameOverCopy ends a run and presses C, then taps COPY CODE: on the
// desktop the run's replay code goes to a file named after its replay,
// and the tap does not restart.
func TestGameOverCopy(t *testing.T) {
	t.Chdir(t.TempDir())
	a := newWatchApp(t)
	a.initShare()
	a.sess.Update(game.PressConfirm)
	walk(a.sess, game.PressUp, game.HoldUp, untilOver)
	walk(a.sess, 0, 0, game.RestartDelayTicks+1)
	code := a.replayCode()
	name, _, err := a.replayBytes()
	if code == "" || err != nil {
		t.Fatalf("no replay code after the run: %v", err)
	}
	file := strings.TrimSuffix(name, ".replay") + ".txt"
	if shareTick(a, actCopy); a.share.note != "no clipboard here: code saved to "+file {
		t.Fatalf("C on the game over: note %q", a.share.note)
	}
	if got, err := os.ReadFile(file); err != nil || strings.TrimSpace(string(got)) != code {
		t.Fatalf("%s holds %.30q (%v), want the run's code", file, got, err)
	}
	os.Remove(file)
	b := a.share.copy[0].r
	if !a.gameOverTick(b.X+1, b.Y+1, true) {
		t.Fatal("a tap on COPY CODE was not taken: it would restart")
	}
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("a tap on COPY CODE: %v", err)
	}
	a.share.noteTicks = 1
	if shareTick(a); a.share.note != "" {
		t.Fatalf("the note %q outlived its time", a.share.note)
	}
}

// TestShareKeysFixed checks that the keys of the title's buttons and C
// are fixed keys, which a rebinding cannot take.
func TestShareKeysFixed(t *testing.T) {
	s := defaultSettings(false)
	for _, e := range titleMenu {
		if keyConflict(&s, 0, 0, e.key) == "" {
			t.Errorf("%v (%s) is not among the fixed keys", e.key, e.label)
		}
	}
	if keyConflict(&s, 0, 0, ebiten.KeyC) == "" {
		t.Error("C is not among the fixed keys")
	}
	for _, e := range titleMenu {
		if !strings.Contains(titleKeysHint, keyLabel(e.key)+" "+e.hint) {
			t.Errorf("the title's keys %q do not name %s", titleKeysHint, e.label)
		}
	}
	// The gamepad buttons docs/replays.md names.
	if g := titleMenu[0].gamepad; titleMenu[0].act != actScores || len(g) != 1 || g[0] != ebiten.StandardGamepadButtonRightTop {
		t.Errorf("HIGH SCORES is on gamepad buttons %v, docs/replays.md says Y", g)
	}
	if copyGamepad != ebiten.StandardGamepadButtonRightLeft {
		t.Errorf("copying is on gamepad button %v, docs/replays.md says X", copyGamepad)
	}
}

// TestPasteOnDesktop presses V on the desktop's title, which has no page:
// a note says how to watch a code; and while a page's paste box is open,
// the game has every tick.
func TestPasteOnDesktop(t *testing.T) {
	a, _, _ := newScoresApp(t)
	if !shareTick(a, actPaste) || a.share.pasting || a.share.note != "to watch a replay code here, run with -replay FILE" {
		t.Fatalf("V on the desktop: pasting %v, note %q", a.share.pasting, a.share.note)
	}
	a.share.pasting = true
	if !shareTick(a, actConfirm) || a.sceneName() != "paste" || a.sess.Runs != 0 {
		t.Fatalf("with the paste box open: scene %q, %d runs; want the box to have the tick", a.sceneName(), a.sess.Runs)
	}
}

// TestShareDrawAllocatesNothing draws the title with its buttons, the
// game over with COPY CODE and a note, and the high-score screen with a
// full table, and counts the allocations of many frames exactly.
func TestShareDrawAllocatesNothing(t *testing.T) {
	a, _, _ := newScoresApp(t)
	for i := range save.TableSize - 2 {
		a.board.scores.Add(save.Entry{Initials: "ZED", Score: int64(30 - i), Ticks: 60, Date: 1764440000, Seed: 3})
	}
	a.board.format()
	a.openScores()
	v := a.view
	frame := func(i int) {
		a.sess.Scene = game.SceneTitle
		a.share.screen.open = false
		a.prepareShare()
		v.screens.touch = i%2 == 0
		v.draw(nil, a.sess, true)
		a.sess.Scene = game.SceneGameOver
		a.share.note = "replay code copied"
		a.prepareShare()
		v.draw(nil, a.sess, true)
		a.share.screen.open = true
		a.share.screen.sel = i % save.TableSize
		a.drawScores()
		v.sprites.Reset()
		v.glyphs.Reset()
	}
	const n = 200
	if got := steadyMallocs(100, n, frame); got != 0 {
		t.Errorf("%d frames of the title, the game over and the high scores allocated %d times, want 0", n, got)
	}
}

// TestWatchDropped drops, as the desktop window gets them, a folder, a
// file that is no replay, and the golden replay's code in a text file:
// the first two say why on the title, the last plays.
func TestWatchDropped(t *testing.T) {
	a, rp, code := newScoresApp(t)
	a.watchFS(fstest.MapFS{"sub/x": {Data: []byte("x")}})
	if a.viewer != nil || !strings.HasPrefix(a.watchNote, "drop a replay file") {
		t.Fatalf("a dropped folder: viewer %v, note %q", a.viewer != nil, a.watchNote)
	}
	a.watchFS(fstest.MapFS{"notes.txt": {Data: []byte("hello")}})
	if a.viewer != nil || !strings.Contains(a.watchNote, "Not a Swarmfield replay code") {
		t.Fatalf("a dropped text file: viewer %v, note %q", a.viewer != nil, a.watchNote)
	}
	a.watchFS(fstest.MapFS{"code.txt": {Data: []byte(code + "\n")}})
	if a.viewer == nil || a.viewer.rp.Ticks != rp.Ticks {
		t.Fatalf("a dropped code file did not play: note %q", a.watchNote)
	}
}

// TestScoreTabsFit: each tab's name fits in its own slot of the field's
// width, so the names never overlap.
func TestScoreTabsFit(t *testing.T) {
	names := []string{"HIGH SCORES", "DAILY " + "2026-11-29"}
	slot := float32(game.FieldWidth) / float32(len(names))
	for i, name := range names {
		half := float32(len(name)*assets.GlyphAdvance*scoreTabScale) / 2
		if c := tabCentre(i, len(names)); c-half < slot*float32(i) || c+half > slot*float32(i+1) {
			t.Errorf("tab %q spans %v to %v, outside its slot %v to %v", name, c-half, c+half, slot*float32(i), slot*float32(i+1))
		}
	}
}
