//go:build !js

package browser

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"swarmfield/game/internal/testkit"
	"swarmfield/game/replay"
)

func init() {
	keys["Escape"] = struct {
		code string
		vk   int64
	}{"Escape", 27}
	keys["6"] = struct {
		code string
		vk   int64
	}{"Digit6", 54}
}

// replayState is what window.swarmfield.state().replay holds while the
// replay viewer is open.
type replayState struct {
	Tick               float64  `json:"tick"`
	Total              float64  `json:"total"`
	Speed              float64  `json:"speed"`
	CheckpointsMatched float64  `json:"checkpointsMatched"`
	Checkpoints        float64  `json:"checkpoints"`
	DivergedAt         *float64 `json:"divergedAt"`
	Done               bool     `json:"done"`
	Paused             bool     `json:"paused"`
	RecordedBy         string   `json:"recordedBy"`
}

// watchState is the part of window.swarmfield.state() about watching.
type watchState struct {
	Mode   string       `json:"mode"`
	Scene  string       `json:"scene"`
	Note   string       `json:"note"`
	Replay *replayState `json:"replay"`
}

func readWatch(ctx context.Context, t testing.TB) watchState {
	t.Helper()
	return evaluate[watchState](ctx, t, `window.swarmfield.state()`)
}

// TestBrowserWatchReplayCode plays a scripted run with a fixed seed to
// game over and takes its replayCode(). The desktop binary replays the
// code with -replay FILE -headless to the same end; a fresh page opened
// with ?replay=CODE, and one with #replay=CODE, watches it at 16x to the
// browser run's final hash and score, with every checkpoint matched; Esc
// leaves the viewer for the title. A corrupted code gives the title one
// sentence, and the title still starts a run.
func TestBrowserWatchReplayCode(t *testing.T) {
	ctx, base := browserAndServer(t)
	openPage(ctx, t, base+"/?seed=7&bench=1")
	clickCanvas(ctx, t)
	waitFor(ctx, t, "a click to start the run", 5*time.Second, func(s state) bool { return s.Scene == "playing" })
	end := playScriptedRun(ctx, t)
	code := evaluate[string](ctx, t, `window.swarmfield.replayCode()`)
	if !strings.HasPrefix(code, "SWF1.") || end.Score < 1 {
		t.Fatalf("replayCode() = %.40q after a run that scored %v", code, end.Score)
	}
	t.Logf("the browser's run: tick %v score %v hash %s, code of %d bytes", end.Tick, end.Score, end.Hash, len(code))
	replayOnDesktop(t, code, end)

	for _, page := range []string{"/?replay=" + url.QueryEscape(code), "/#replay=" + code} {
		openPage(ctx, t, base+page)
		w := readWatch(ctx, t)
		if w.Mode != "replay" || w.Replay == nil || w.Replay.Total != end.Tick {
			t.Fatalf("%.20s…: mode %q, replay %+v; want the viewer on %v ticks", page, w.Mode, w.Replay, end.Tick)
		}
		clickCanvas(ctx, t) // the keys' focus; the middle has no button
		tapKey(ctx, t, "6")
		for deadline := time.Now().Add(2 * time.Minute); !w.Replay.Done; time.Sleep(100 * time.Millisecond) {
			if w = readWatch(ctx, t); w.Replay == nil || time.Now().After(deadline) {
				t.Fatalf("%.20s…: the replay did not end: %+v", page, w.Replay)
			}
		}
		s := readState(ctx, t)
		rs := w.Replay
		if s.Hash != end.Hash || s.Score != end.Score || s.Tick != end.Tick || rs.Speed != 16 ||
			rs.DivergedAt != nil || rs.CheckpointsMatched != rs.Checkpoints || rs.Checkpoints != float64(int(end.Tick)/60) {
			t.Fatalf("%.20s…: watched to tick %v score %v hash %s, %+v; the run ended at tick %v score %v hash %s",
				page, s.Tick, s.Score, s.Hash, rs, end.Tick, end.Score, end.Hash)
		}
		tapKey(ctx, t, "Escape")
		if w := readWatch(ctx, t); w.Mode != "normal" || w.Scene != "title" || w.Replay != nil {
			t.Fatalf("%.20s…: Esc left mode %q scene %q", page, w.Mode, w.Scene)
		}
	}

	openPage(ctx, t, base+"/?replay="+code[:len(code)/2])
	const cutShort = "The replay code is cut short"
	w := readWatch(ctx, t)
	if w.Mode != "normal" || w.Scene != "title" || !strings.HasPrefix(w.Note, cutShort) {
		t.Fatalf("a code cut short in the URL: mode %q scene %q note %q; want the title saying %q", w.Mode, w.Scene, w.Note, cutShort)
	}
	screenshot(ctx, t, "watch-bad-code.png")
	damaged := code[:10] + "AAAA" + code[14:]
	if got := evaluate[string](ctx, t, fmt.Sprintf(`window.swarmfield.watch(%q)`, damaged)); !strings.HasPrefix(got, "The replay code is damaged: ") {
		t.Fatalf("watch(a damaged code) = %q", got)
	}
	clickCanvas(ctx, t)
	waitFor(ctx, t, "the title to start a run after bad codes", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
}

// replayOnDesktop writes code to a file and replays it with the desktop
// binary's -replay FILE -headless, which must end where the browser's
// run did with every checkpoint matched.
func replayOnDesktop(t *testing.T, code string, end state) {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "swarmfield")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = repoRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the desktop binary: %v\n%s", err, out)
	}
	path := filepath.Join(dir, "code.txt")
	if err := os.WriteFile(path, []byte(code+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-replay", path, "-headless").CombinedOutput()
	if err != nil {
		t.Fatalf("-replay code.txt -headless: %v\n%s", err, out)
	}
	hash, err := strconv.ParseUint(end.Hash, 16, 64)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("tick %d score %d hash %016x\nok: %d checkpoints and the final state match\n",
		int(end.Tick), int(end.Score), hash, int(end.Tick)/60)
	if !strings.HasSuffix(string(out), want) {
		t.Fatalf("-replay code.txt -headless printed\n%s\nwant it to end with\n%s", out, want)
	}
}

// TestBrowserWatchTouch watches the golden replay's code on a phone held
// upright, by touch alone: the viewer's buttons are at least 44 CSS
// pixels each way and on the screen, and PAUSE, STEP, 16x, RESTART and
// BACK do what they say. At 1000×750 a mouse clicks 4x. It also takes
// the viewer's pictures at 1000×750 and 390×844.
func TestBrowserWatchTouch(t *testing.T) {
	rp, err := replay.Parse(testkit.ReadFile(t, filepath.Join(repoRoot(t), "game", "testdata", "golden.replay")))
	if err != nil {
		t.Fatal(err)
	}
	code, err := rp.Code()
	if err != nil {
		t.Fatal(err)
	}
	ctx, base := browserAndServer(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1000, 750)); err != nil {
		t.Fatal(err)
	}
	openPage(ctx, t, base+"/?replay="+code)
	waitWatch(ctx, t, "two seconds of the replay", func(r *replayState) bool { return r.Tick >= 120 })
	screenshot(ctx, t, "watch-1000x750.png")
	four := evaluate[box](ctx, t, `window.swarmfield.layout().viewer["4x"]`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(four.X+four.W/2, four.Y+four.H/2)); err != nil {
		t.Fatal(err)
	}
	waitWatch(ctx, t, "a click on 4x to set the speed", func(r *replayState) bool { return r.Speed == 4 })

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateTouch, chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	openPage(ctx, t, base+"/?replay="+code)
	var buttons map[string]box
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		l := evaluate[struct {
			Field  box            `json:"field"`
			Viewer map[string]box `json:"viewer"`
		}](ctx, t, `window.swarmfield.layout()`)
		// The layout follows the screen once a frame is drawn at its size.
		if b, ok := l.Viewer["BACK"]; ok && b.Y >= l.Field.Y+l.Field.H {
			buttons = l.Viewer
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the viewer's buttons are not below the field on a phone: %+v", l)
		}
	}
	for label, b := range buttons {
		if b.W < 44 || b.H < 44 || !b.inside(390, 844) {
			t.Errorf("the %s button is %+v: want at least 44×44 CSS pixels, on the 390×844 screen", label, b)
		}
	}
	tap := func(label string) {
		b := buttons[label]
		tapAt(ctx, t, b.X+b.W/2, b.Y+b.H/2, 60*time.Millisecond)
	}
	waitWatch(ctx, t, "two seconds of the replay", func(r *replayState) bool { return r.Tick >= 120 })
	screenshot(ctx, t, "watch-390x844.png")
	tap("PAUSE")
	paused := waitWatch(ctx, t, "PAUSE to pause", func(r *replayState) bool { return r.Paused })
	time.Sleep(300 * time.Millisecond)
	if r := readWatch(ctx, t).Replay; r.Tick != paused.Tick {
		t.Fatalf("paused at tick %v, the replay went on to %v", paused.Tick, r.Tick)
	}
	tap("STEP")
	waitWatch(ctx, t, "STEP to step one tick", func(r *replayState) bool { return r.Tick == paused.Tick+1 && r.Paused })
	tap("16x")
	waitWatch(ctx, t, "16x to set the speed", func(r *replayState) bool { return r.Speed == 16 })
	tap("PAUSE") // reads PLAY now
	waitWatch(ctx, t, "PLAY to go on at 16x", func(r *replayState) bool { return !r.Paused && r.Tick > paused.Tick+32 })
	tap("PAUSE")
	waitWatch(ctx, t, "PAUSE to pause", func(r *replayState) bool { return r.Paused })
	tap("RESTART")
	waitWatch(ctx, t, "RESTART to start over", func(r *replayState) bool { return r.Tick == 0 && r.Paused })
	tap("BACK")
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		w := readWatch(ctx, t)
		if w.Mode == "normal" && w.Scene == "title" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("BACK left mode %q scene %q, want the title", w.Mode, w.Scene)
		}
	}
}

// waitWatch waits until the viewer's state satisfies cond and returns it.
func waitWatch(ctx context.Context, t *testing.T, what string, cond func(*replayState) bool) replayState {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		w := readWatch(ctx, t)
		if w.Replay != nil && cond(w.Replay) {
			return *w.Replay
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s: mode %q, replay %+v", what, w.Mode, w.Replay)
		}
	}
}
