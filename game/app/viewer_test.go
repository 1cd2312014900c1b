//go:build !js

package app

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/assets"
	"swarmfield/engine/input"
	"swarmfield/engine/loop"
	"swarmfield/engine/sprite"
	"swarmfield/game"
	"swarmfield/game/replay"
	"swarmfield/game/save"
)

// TestEndMessage checks the replay viewer's last status line: what it says for
// each ending, and that even the longest fits the status bar.
func TestEndMessage(t *testing.T) {
	// One 8-byte checkpoint per interval bounds a replay's ticks, and a
	// run scores at most a point per tick.
	const longest = replay.MaxFileSize / 8 * replay.CheckpointInterval
	const hash = 1<<64 - 1
	// The panel on a phone held upright, 390 CSS pixels wide.
	fits := int((390 - 2*marginCSS) / assets.GlyphAdvance)
	for _, tc := range []struct {
		err  error
		want string
	}{
		{nil, "END: every checkpoint and the end match"},
		{&replay.Divergence{Tick: 180, Want: 0xab, Got: 0xcd}, "DIVERGED between ticks 121 and 180"},
		{&replay.Divergence{Tick: longest, Want: hash, Got: hash}, "DIVERGED between ticks"},
		{&replay.Divergence{Tick: 3294, Final: true, Want: 1, Got: 2, WantScore: 7, GotScore: 8}, "DIVERGED at the end: scored 8, not 7"},
		{&replay.Divergence{Tick: longest, Final: true, Want: hash, Got: hash, WantScore: longest, GotScore: longest}, "DIVERGED at the end"},
		{errors.New("game: the run ended at tick 5"), "DIVERGED: the run ended before the recording did"},
	} {
		got := endMessage(tc.err)
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("endMessage(%v) = %q, want it to start with %q", tc.err, got, tc.want)
		}
		if len(got) > fits {
			t.Errorf("endMessage(%v) is %d characters, more than the %d that fit", tc.err, len(got), fits)
		}
	}
}

// recordReplay records a run of opts for ticks ticks, stepping right and
// left in turn, with version as its build.
func recordReplay(t testing.TB, opts game.Options, ticks int, version string) *replay.Replay {
	t.Helper()
	r := game.NewRun(opts)
	rec := game.NewRecorder(r, version)
	steps := [...]game.Input{game.PressRight | game.HoldRight, 0, game.PressLeft | game.HoldLeft, 0}
	for i := 0; i < ticks && !r.GameOver; i++ {
		in := steps[i%len(steps)]
		r.Step(in)
		rec.Step(in)
	}
	rp, err := rec.Replay()
	if err != nil {
		t.Fatal(err)
	}
	return rp
}

// openViewer opens a's viewer on rp through its code, as watch() does.
func openViewer(t testing.TB, a *App, rp *replay.Replay) {
	t.Helper()
	code, err := rp.Code()
	if err != nil {
		t.Fatal(err)
	}
	if msg := a.watch(code); msg != "" {
		t.Fatalf("watch() = %q", msg)
	}
}

// TestViewerControls drives the viewer through its actions, as keys, a
// gamepad or its buttons press them: the speeds, pause, step, faster and
// slower, start over; plays to the end with every checkpoint matched, as
// state().replay reports; and Esc goes back to the title as it was.
func TestViewerControls(t *testing.T) {
	rp, _, _ := goldenCode(t)
	a := newWatchApp(t)
	a.set = defaultSettings(false)
	if _, err := a.board.scores.Add(save.Entry{Initials: "ABC", Score: 42, Ticks: 600, Date: 1764440000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	titleRun, table, set := a.sess.Run, fmt.Sprint(a.board.scores.Table()), a.set
	openViewer(t, a, rp)
	p := a.viewer
	for _, step := range []struct {
		acts   []input.Action
		tick   uint64
		speed  int
		paused bool
	}{
		{nil, 1, 1, false},
		{[]input.Action{viewSpeed4}, 5, 4, false},
		{[]input.Action{viewSpeed16}, 21, 16, false},
		{[]input.Action{viewPause}, 21, 16, true},
		{nil, 21, 16, true},
		{[]input.Action{viewStep}, 22, 16, true},
		{[]input.Action{viewStep}, 23, 16, true},
		{[]input.Action{viewPause}, 39, 16, false},
		{[]input.Action{viewSlower}, 43, 4, false},
		{[]input.Action{viewSlower}, 44, 1, false},
		{[]input.Action{viewSlower}, 45, 1, false},
		{[]input.Action{viewFaster}, 49, 4, false},
		{[]input.Action{viewSpeed1}, 50, 1, false},
		{[]input.Action{viewRestart}, 1, 1, false},
		{[]input.Action{viewStep}, 2, 1, true},
		{[]input.Action{viewPause, viewRestart}, 1, 1, false},
		{[]input.Action{viewPause}, 1, 1, true},
		{[]input.Action{viewRestart}, 0, 1, true},
		{[]input.Action{viewStep}, 1, 1, true},
	} {
		press(t, a, step.acts...)
		if p.pb.Run.Tick != step.tick || p.speed != step.speed || p.paused != step.paused || a.sess.Run != p.pb.Run {
			t.Fatalf("after %v: tick %d speed %d paused %v; want tick %d speed %d paused %v",
				step.acts, p.pb.Run.Tick, p.speed, p.paused, step.tick, step.speed, step.paused)
		}
	}
	st := a.replayState().(map[string]any)
	if st["tick"] != 1.0 || st["total"] != 3294.0 || st["speed"] != 1 || st["checkpointsMatched"] != 0 || st["divergedAt"] != nil {
		t.Fatalf("state().replay = %v", st)
	}
	press(t, a, viewPause, viewSpeed16)
	for i := 0; !p.pb.Done(); i++ {
		if i > 3294/16+1 {
			t.Fatal("the replay did not end at 16x")
		}
		press(t, a)
	}
	st = a.replayState().(map[string]any)
	if st["tick"] != 3294.0 || st["checkpointsMatched"] != 54 || st["divergedAt"] != nil || st["done"] != true ||
		a.sess.Run.Hash() != rp.FinalHash || a.sess.Run.Score != int(rp.Score) || p.end != endMessage(nil) {
		t.Fatalf("at the end: state().replay = %v, hash %x score %d, %q", st, a.sess.Run.Hash(), a.sess.Run.Score, p.end)
	}
	press(t, a, viewBack)
	if a.viewer != nil || a.modeName() != "normal" || a.replayState() != nil || a.sess.Scene != game.SceneTitle ||
		a.sess.Run != titleRun || a.sess.Run.Tick != 0 || a.sess.Best != 42 {
		t.Fatalf("Esc left mode %q, scene %v, the title's run back %v, best %d", a.modeName(), a.sess.Scene, a.sess.Run == titleRun, a.sess.Best)
	}
	if got := fmt.Sprint(a.board.scores.Table()); got != table || !a.set.Equal(set) {
		t.Fatalf("watching changed the table to %s (was %s) or the settings", got, table)
	}
	a.sess.Update(game.PressConfirm)
	if a.sess.Scene != game.ScenePlaying {
		t.Fatalf("the title did not start a run after the viewer: scene %v", a.sess.Scene)
	}
}

// TestViewerKeepsTheRun opens the viewer during a run and leaves it: the
// run comes back paused, where it was, and is still recorded; from the
// game over, it comes back to the game over with the run's code.
func TestViewerKeepsTheRun(t *testing.T) {
	rp, _, _ := goldenCode(t)
	a := newWatchApp(t)
	a.sess.Update(game.PressConfirm)
	for range 30 {
		a.sess.Update(game.PressRight | game.HoldRight)
	}
	run, hash := a.sess.Run, a.sess.Run.Hash()
	openViewer(t, a, rp)
	press(t, a, viewSpeed16)
	press(t, a, viewBack)
	if a.sess.Run != run || run.Hash() != hash || a.sess.Scene != game.ScenePaused {
		t.Fatalf("after watching: the run is back %v, hash kept %v, scene %v; want the run, paused", a.sess.Run == run, run.Hash() == hash, a.sess.Scene)
	}
	a.sess.Update(game.PressPause)
	a.sess.Update(game.PressUp | game.HoldUp)
	if got, err := a.rec.Replay(); err != nil || got.Ticks != 31 {
		t.Fatalf("the run's recording after watching: %v ticks, %v; want 31", got.Ticks, err)
	}
	for !run.GameOver {
		a.sess.Update(game.HoldUp)
	}
	code := a.replayCode()
	openViewer(t, a, rp)
	if a.replayCode() != code {
		t.Error("while watching, replayCode() is not the finished run's")
	}
	press(t, a, viewBack)
	if a.sess.Run != run || a.sess.Scene != game.SceneGameOver || a.replayCode() != code || code == "" {
		t.Fatalf("after watching from the game over: the run is back %v, scene %v", a.sess.Run == run, a.sess.Scene)
	}
}

// TestViewerOtherBuild watches a replay that another build recorded and
// whose checkpoint at tick 300 does not match: the panel names both
// builds, and the playback stops, paused, with the divergence at tick 300
// in state().replay, the end line and the bar.
func TestViewerOtherBuild(t *testing.T) {
	rp, _, _ := goldenCode(t)
	rp.Version = "v0.9-other"
	rp.Checkpoints[4] ^= 1
	a := newWatchApp(t)
	openViewer(t, a, rp)
	p := a.viewer
	if want := "recorded by build v0.9-other, running test"; p.build != want {
		t.Errorf("the build line is %q, want %q", p.build, want)
	}
	for range 100 {
		press(t, a, viewSpeed16)
	}
	st := a.replayState().(map[string]any)
	if st["divergedAt"] != 300.0 || st["checkpointsMatched"] != 4 || st["tick"] != 300.0 || st["done"] != true || !p.paused ||
		p.end != "DIVERGED between ticks 241 and 300" || st["recordedBy"] != "v0.9-other" {
		t.Fatalf("state().replay = %v, paused %v, end %q", st, p.paused, p.end)
	}
	a.dev.screenW, a.dev.screenH, a.dev.fit = 1000, 750, loop.Fit{Scale: 1.25}
	a.ctl.layout.css = 1
	b, txt := sprite.NewBatch(nil), sprite.NewBatch(nil)
	a.drawViewer(b, txt)
	l := a.viewerLayout()
	x300 := l.bar.X + l.bar.W*300/3294
	red, green := 0, 0
	vs := b.Vertices()
	for q := 0; q+3 < len(vs); q += 4 {
		c := sprite.Color{R: vs[q].ColorR, G: vs[q].ColorG, B: vs[q].ColorB, A: vs[q].ColorA}
		switch {
		case c == danger && vs[q].DstX < x300 && vs[q+3].DstX >= x300-1:
			red++
		case c == markMatched && vs[q+3].DstX-vs[q].DstX == 2:
			green++
		}
	}
	if red != 1 || green != 4 {
		t.Errorf("the bar has %d red marks at tick 300 and %d green checkpoint marks; want 1 and 4", red, green)
	}

	// A replay whose run ends early, here because it was recorded in
	// bench mode and is played without, diverges at the first
	// checkpoint it can no longer match.
	early := recordReplay(t, game.Options{Seed: 8, StartHazards: 300, Invulnerable: true}, 3000, "test")
	early.Flags = 0
	a = newWatchApp(t)
	openViewer(t, a, early)
	for range 200 {
		press(t, a, viewSpeed16)
	}
	st = a.replayState().(map[string]any)
	died := a.sess.Run.Tick
	want := float64((died + 59) / 60 * 60)
	if !a.sess.Run.GameOver || st["divergedAt"] != want || st["done"] != true {
		t.Fatalf("a run that ended at tick %d (over %v): state().replay = %v, want divergedAt %v", died, a.sess.Run.GameOver, st, want)
	}
}

// TestViewerAllocatesNothing plays a 300-hazard replay at 16x and draws
// the field and the viewer's panel each frame: a steady-state frame
// allocates nothing.
func TestViewerAllocatesNothing(t *testing.T) {
	rp := recordReplay(t, game.Options{Seed: 8, StartHazards: 300, Invulnerable: true}, 8000, "test")
	a := newWatchApp(t)
	a.dev.screenW, a.dev.screenH, a.dev.fit = 1000, 750, loop.Fit{Scale: 1.25}
	a.ctl.layout.css = 1
	openViewer(t, a, rp)
	press(t, a, viewSpeed16)
	b, txt := sprite.NewBatch(nil), sprite.NewBatch(nil)
	frame := func() {
		press(t, a)
		a.view.draw(nil, a.sess, true)
		a.drawViewer(b, txt)
		a.view.sprites.Reset()
		a.view.glyphs.Reset()
		b.Reset()
		txt.Reset()
	}
	if allocs := steadyMallocs(100, 100, func(int) { frame() }); allocs != 0 {
		t.Errorf("every window of 100 frames at 16x allocated, at least %d times, want 0", allocs)
	}
	if a.viewer.pb.Done() || a.sess.Run.Hazards.Len() < 300 {
		t.Fatalf("the replay ended or has %d hazards; the test must measure 300 at 16x", a.sess.Run.Hazards.Len())
	}
}

// TestViewerBindings pins the viewer's keys and gamepad buttons as the
// table in docs/replays.md gives them, and checks that no key or button does two
// things.
func TestViewerBindings(t *testing.T) {
	keys := map[ebiten.Key]input.Action{}
	pad := map[ebiten.StandardGamepadButton]input.Action{}
	for _, b := range viewerBindings {
		for _, k := range b.keys {
			if _, dup := keys[k]; dup {
				t.Errorf("%v is bound twice", k)
			}
			keys[k] = b.act
		}
		for _, p := range b.pad {
			if _, dup := pad[p]; dup {
				t.Errorf("gamepad button %v is bound twice", p)
			}
			pad[p] = b.act
		}
	}
	for k, act := range map[ebiten.Key]input.Action{
		ebiten.KeyP: viewPause, ebiten.KeySpace: viewPause, ebiten.KeyPeriod: viewStep, ebiten.KeyDigit1: viewSpeed1,
		ebiten.KeyDigit4: viewSpeed4, ebiten.KeyDigit6: viewSpeed16, ebiten.KeyR: viewRestart,
		ebiten.KeyEscape: viewBack, ebiten.KeyBackspace: viewBack,
	} {
		if got, ok := keys[k]; !ok || got != act {
			t.Errorf("%v does action %d (bound %v), docs/replays.md says %d", k, got, ok, act)
		}
	}
	for p, act := range map[ebiten.StandardGamepadButton]input.Action{
		ebiten.StandardGamepadButtonRightBottom: viewPause, ebiten.StandardGamepadButtonCenterRight: viewPause,
		ebiten.StandardGamepadButtonRightLeft: viewStep, ebiten.StandardGamepadButtonRightTop: viewRestart,
		ebiten.StandardGamepadButtonRightRight: viewBack, ebiten.StandardGamepadButtonFrontTopLeft: viewSlower,
		ebiten.StandardGamepadButtonFrontTopRight: viewFaster,
	} {
		if got, ok := pad[p]; !ok || got != act {
			t.Errorf("gamepad button %v does action %d (bound %v), docs/replays.md says %d", p, got, ok, act)
		}
	}
}

// TestViewerPanelOnPhone lays the viewer out on a phone held upright
// (390×844 CSS pixels at 2 device pixels each) and in landscape: the
// panel sits below the field where the bar has room, over the field's
// bottom otherwise, on the screen; every button is at least 44 CSS pixels
// each way, and every glyph of the panel at least 12 CSS pixels tall.
func TestViewerPanelOnPhone(t *testing.T) {
	rp, _, _ := goldenCode(t)
	for _, c := range []struct {
		w, h  int
		below bool
	}{{780, 1688, true}, {1688, 780, false}} {
		a := newWatchApp(t)
		a.dev.touch.seen = true
		a.dev.screenW, a.dev.screenH = c.w, c.h
		a.dev.fit = loop.FitField(c.w, c.h, game.FieldWidth, game.FieldHeight)
		a.ctl.layout.css = 2
		openViewer(t, a, rp)
		l := a.viewerLayout()
		fieldBottom := a.dev.fit.Y + game.FieldHeight*a.dev.fit.Scale
		if below := l.panel.Y >= fieldBottom; below != c.below || l.panel.Y+l.panel.H > float32(c.h) || l.panel.X < 0 {
			t.Errorf("%dx%d: the panel %+v is below the field (bottom %v): %v, want %v, and on the screen", c.w, c.h, l.panel, fieldBottom, below, c.below)
		}
		for i, r := range l.buttons {
			if r.W < 44*2 || r.H < 44*2 || r.X < 0 || r.X+r.W > float32(c.w) {
				t.Errorf("%dx%d: the %s button is %+v, want at least 88×88 device pixels on the screen", c.w, c.h, viewerButtons[i].label, r)
			}
		}
		b, txt := sprite.NewBatch(nil), sprite.NewBatch(nil)
		press(t, a, viewPause)
		a.drawViewer(b, txt)
		vs := txt.Vertices()
		if len(vs) == 0 {
			t.Fatal("the panel drew no text")
		}
		for q := 0; q+3 < len(vs); q += 4 {
			if h := (vs[q+3].DstY - vs[q].DstY) / 2; h < 12 {
				t.Fatalf("%dx%d: a glyph at y %v is %.1f CSS pixels tall, want at least 12", c.w, c.h, vs[q].DstY, h)
			}
			if !l.panel.contains(vs[q].DstX, vs[q].DstY) || !l.panel.contains(vs[q+3].DstX-1, vs[q+3].DstY-1) {
				t.Fatalf("%dx%d: a glyph at (%v, %v) is outside the panel %+v", c.w, c.h, vs[q].DstX, vs[q].DstY, l.panel)
			}
		}
	}
}
