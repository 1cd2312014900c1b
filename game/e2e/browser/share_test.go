//go:build !js

package browser

import (
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"swarmfield/game"
)

func init() {
	// The keys of the title's buttons and of copying; watch_test.go adds
	// Esc and the viewer's 6.
	for key, code := range map[string]string{"h": "KeyH", "v": "KeyV", "c": "KeyC"} {
		keys[key] = struct {
			code string
			vk   int64
		}{code, int64(code[3])}
	}
}

// sceneButton is a button of window.swarmfield.layout().buttons.
type sceneButton struct {
	Label      string
	X, Y, W, H float64
}

// readButtons reads the buttons the scene shows.
func readButtons(ctx context.Context, t testing.TB) []sceneButton {
	t.Helper()
	return evaluate[[]sceneButton](ctx, t, `window.swarmfield.layout().buttons`)
}

// findButton returns the scene's button labelled label.
func findButton(ctx context.Context, t testing.TB, label string) sceneButton {
	t.Helper()
	bs := readButtons(ctx, t)
	for _, b := range bs {
		if b.Label == label {
			return b
		}
	}
	t.Fatalf("no button %q among %+v", label, bs)
	return sceneButton{}
}

// watchToEnd sets the viewer to 16× and waits until the replay ends,
// checking that it ends on the tick, score and hash of end, with every
// checkpoint matched.
func watchToEnd(ctx context.Context, t *testing.T, end state) {
	t.Helper()
	waitWatch(ctx, t, "the viewer", func(*replayState) bool { return true })
	tapKey(ctx, t, "6")
	w := waitWatch(ctx, t, "the replay's end", func(r *replayState) bool { return r.Done })
	s := readState(ctx, t)
	if w.Speed != 16 || w.DivergedAt != nil || w.CheckpointsMatched != w.Checkpoints || w.Tick != end.Tick || s.Score != end.Score || s.Hash != end.Hash {
		t.Fatalf("watched to the end: %+v, score %v hash %s; the run ended at tick %v score %v hash %s",
			w, s.Score, s.Hash, end.Tick, end.Score, end.Hash)
	}
}

// playOut plays a run with seed 7 in the bench mode: it takes the first
// orb, then walks out of the field. It returns the final state and the
// run's replay code.
func playOut(ctx context.Context, t *testing.T) (state, string) {
	t.Helper()
	clickCanvas(ctx, t)
	waitFor(ctx, t, "a click to start the run", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
	r := game.NewRun(game.Options{Seed: 7, Invulnerable: true})
	stepTo(ctx, t, r.OrbX[0], r.OrbY[0])
	end := walkOut(ctx, t)
	code := evaluate[string](ctx, t, `window.swarmfield.replayCode()`)
	if !strings.HasPrefix(code, "SWF1.") {
		t.Fatalf("replayCode() after the run = %q", code)
	}
	return end, code
}

// storedTable returns a stored high-score table of ten entries, the
// first with the golden replay, the others without a replay.
func storedTable(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "game", "testdata", "golden.replay"))
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{"swarmfield scores v1"}
	for i, n := range []string{"ACE", "BEA", "CAT", "DOT", "EVE", "FOX", "GUS", "HAL", "IVY", "JOE"} {
		rp := "-"
		if i == 0 {
			rp = base64.StdEncoding.EncodeToString(data)
		}
		lines = append(lines, fmt.Sprintf("%s %d %d %d %d %s", n, 60-5*i, 3600-300*i, 1764400000+86400*i, 1000+i, rp))
	}
	return strings.Join(lines, "\n")
}

// TestBrowserTitleButtons shows the title's buttons on a desktop and a
// phone over a full table: each is at least 44 CSS pixels tall, on the
// field; a tap or a click on HIGH SCORES opens the high-score screen,
// whose BACK returns, and PASTE CODE opens the paste box, whose Cancel
// closes it. None starts a run.
func TestBrowserTitleButtons(t *testing.T) {
	dir := webDir(t)
	table := storedTable(t)
	for _, c := range []struct {
		name  string
		w, h  int64
		scale float64
		touch bool
	}{
		{"desktop", 1000, 750, 1, false},
		{"phone", 390, 844, 2, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := newBrowser(t)
			base := serve(t, dir)
			addInitScript(ctx, t, fmt.Sprintf(`localStorage.setItem("swarmfield:scores", %q)`, table))
			opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(c.scale)}
			if c.touch {
				opts = append(opts, chromedp.EmulateTouch, chromedp.EmulateMobile)
			}
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(c.w, c.h, opts...), chromedp.Navigate(base+"/?seed=1&bench=1")); err != nil {
				t.Fatal(err)
			}
			waitReady(ctx, t)
			waitScreen(ctx, t, c.name, float64(c.w)*c.scale, float64(c.h)*c.scale, 10*time.Second)
			f := readLayout(ctx, t).Field
			bs := readButtons(ctx, t)
			if len(bs) != 3 || bs[0].Label != "HIGH SCORES" || bs[1].Label != "PASTE CODE" || bs[2].Label != "DAILY" {
				t.Fatalf("the title's buttons: %+v, want HIGH SCORES, PASTE CODE and DAILY", bs)
			}
			for _, b := range bs {
				if r := (box{b.X, b.Y, b.W, b.H}); b.H < 44 || b.W < 44 || r.X < f.X || r.Y < f.Y || r.X+r.W > f.X+f.W+0.5 || r.Y+r.H > f.Y+f.H+0.5 {
					t.Errorf("the button %+v is smaller than 44 CSS pixels or off the field %+v", b, f)
				}
			}
			screenshot(ctx, t, "share-title-"+c.name+".png")
			press := func(b sceneButton) {
				t.Helper()
				if c.touch {
					tapAt(ctx, t, b.X+b.W/2, b.Y+b.H/2, 80*time.Millisecond)
				} else if err := chromedp.Do(ctx, chromedp.MouseClickXY(b.X+b.W/2, b.Y+b.H/2)); err != nil {
					t.Fatal(err)
				}
			}
			press(bs[0])
			waitFor(ctx, t, "the high-score screen", 10*time.Second, func(s state) bool { return s.Scene == "scores" })
			screenshot(ctx, t, "share-scores-"+c.name+".png")
			press(findButton(ctx, t, "BACK"))
			waitFor(ctx, t, "BACK to the title", 10*time.Second, func(s state) bool { return s.Scene == "title" })
			press(bs[1])
			waitFor(ctx, t, "the paste box", 10*time.Second, func(s state) bool { return s.Scene == "paste" })
			waitCodeBox(ctx, t, "paste")
			screenshot(ctx, t, "share-paste-"+c.name+".png")
			if err := chromedp.Do(ctx, chromedp.Click("#share-close")); err != nil {
				t.Fatal(err)
			}
			waitCodeBox(ctx, t, "")
			s := waitFor(ctx, t, "Cancel to the title", 10*time.Second, func(s state) bool { return s.Scene == "title" })
			if s.Runs != 0 {
				t.Fatalf("a tap on a button started a run: %+v", s)
			}
		})
	}
}

// clipboardScript refuses navigator.clipboard.writeText while
// window.denyClipboard is set, as a browser does in an iframe without the
// clipboard-write permission.
const clipboardScript = `window.denyClipboard = true;
if (navigator.clipboard) {
  const write = navigator.clipboard.writeText.bind(navigator.clipboard);
  navigator.clipboard.writeText = (text) => window.denyClipboard ?
    Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) : write(text);
}`

// allowClipboard lets the page read and write the clipboard.
func allowClipboard(ctx context.Context, t testing.TB) {
	t.Helper()
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted,
		}); err != nil {
			t.Fatalf("granting %s: %v", name, err)
		}
	}
}

// readClipboard returns the clipboard's text.
func readClipboard(ctx context.Context, t testing.TB) string {
	t.Helper()
	return evaluate[string](ctx, t, `navigator.clipboard.readText()`, chromedp.EvalAwaitPromise)
}

// waitValue evaluates expr until cond holds for its value, which it
// returns, failing after ten seconds.
func waitValue[T any](ctx context.Context, t testing.TB, what, expr string, cond func(T) bool) T {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		v := evaluate[T](ctx, t, expr)
		if cond(v) {
			return v
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s: %s is %+v", what, expr, v)
		}
	}
}

// waitNote waits until state().shareNote is want.
func waitNote(ctx context.Context, t testing.TB, want string) {
	t.Helper()
	waitValue(ctx, t, "the note "+want, `window.swarmfield.state().shareNote`, func(got string) bool { return got == want })
}

// copyAllowed empties the clipboard, lets the page write it, presses C
// and checks that the note says so and the clipboard holds want, whose
// code it is.
func copyAllowed(ctx context.Context, t testing.TB, whose, want string) {
	t.Helper()
	evaluate[string](ctx, t, `window.denyClipboard = false, navigator.clipboard.writeText("").then(() => "")`, chromedp.EvalAwaitPromise)
	tapKey(ctx, t, "c")
	waitNote(ctx, t, "replay code copied")
	if got := readClipboard(ctx, t); got != want {
		t.Fatalf("after C the clipboard holds %.40q, want %s code %.40q", got, whose, want)
	}
}

// codeBox is the page's replay code box as the player sees it.
type codeBox struct {
	Open        bool
	Mode, Value string
	Start, End  int
	Focused     bool
	Error       string
}

// codeBoxExpr reads the replay code box.
const codeBoxExpr = `(() => {
	const box = document.getElementById("share"), code = document.getElementById("share-code");
	return {open: box.open, mode: box.dataset.mode || "", value: code.value, start: code.selectionStart,
		end: code.selectionEnd, focused: document.activeElement === code,
		error: document.getElementById("share-error").textContent};
})()`

// readCodeBox reads the replay code box.
func readCodeBox(ctx context.Context, t testing.TB) codeBox {
	t.Helper()
	return evaluate[codeBox](ctx, t, codeBoxExpr)
}

// waitCodeBox waits until the replay code box is open in mode, or closed
// for mode "".
func waitCodeBox(ctx context.Context, t testing.TB, mode string) codeBox {
	t.Helper()
	return waitValue(ctx, t, "the code box in mode "+mode, codeBoxExpr, func(b codeBox) bool { return b.Open == (mode != "") && b.Mode == mode })
}

// TestBrowserCopyCode plays a run that makes the high-score table. On the
// game over, C with the clipboard refused shows the box with exactly the
// run's code, selected; with the clipboard allowed, C puts the code on
// it. After a reload, H opens the high-score screen, C copies the entry's
// code, and Enter watches the entry to the run's end.
func TestBrowserCopyCode(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	addInitScript(ctx, t, clipboardScript)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1000, 750)); err != nil {
		t.Fatal(err)
	}
	url := base + "/?seed=7&bench=1"
	openPage(ctx, t, url)
	allowClipboard(ctx, t)
	end, code := playOut(ctx, t)
	waitFor(ctx, t, "the initials entry", 10*time.Second, func(s state) bool { return s.Scene == "initials" })
	tapKey(ctx, t, "Enter")
	waitFor(ctx, t, "the game over", 10*time.Second, func(s state) bool { return s.Scene == "gameover" })

	tapKey(ctx, t, "c")
	b := waitCodeBox(ctx, t, "copy")
	if b.Value != code || b.Start != 0 || b.End != len(code) || !b.Focused {
		t.Fatalf("the code box shows %+v, want the run's code %.20s… (%d bytes) selected", b, code, len(code))
	}
	waitNote(ctx, t, "select and copy the code in the box")
	if help := evaluate[string](ctx, t, `document.getElementById("share-text").textContent`); !strings.Contains(help, "select and copy the code below") {
		t.Errorf("the box says %q", help)
	}
	screenshot(ctx, t, "share-copy-fallback.png")
	// Its Copy button, a click, copies by the older command.
	if err := chromedp.Do(ctx, chromedp.Click("#share-copy")); err != nil {
		t.Fatal(err)
	}
	if got := readClipboard(ctx, t); got != code {
		t.Fatalf("after the box's Copy the clipboard holds %.40q, want the run's code", got)
	}
	tapKey(ctx, t, "Escape")
	waitCodeBox(ctx, t, "")
	if s := readState(ctx, t); s.Scene != "gameover" || s.Runs != 1 {
		t.Fatalf("after closing the box: %+v, want the game over still", s)
	}

	copyAllowed(ctx, t, "the game over's", code)
	screenshot(ctx, t, "share-gameover-copied.png")

	openPage(ctx, t, url)
	tapKey(ctx, t, "h")
	waitFor(ctx, t, "H to open the high scores", 10*time.Second, func(s state) bool { return s.Scene == "scores" })
	screenshot(ctx, t, "share-scores.png")
	copyAllowed(ctx, t, "the high-score entry's", code)
	tapKey(ctx, t, "Enter")
	watchToEnd(ctx, t, end)
	if s := readState(ctx, t); s.Runs != 0 {
		t.Fatalf("watching started a run: %+v", s)
	}
}

// focusCanvas gives the canvas the keys, as a player's first click does.
func focusCanvas(ctx context.Context, t testing.TB) {
	t.Helper()
	evaluate[bool](ctx, t, `document.querySelector("canvas").focus(), true`)
}

// insertText types text into the focused element in one go, as a paste
// does.
func insertText(ctx context.Context, t testing.TB, text string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})); err != nil {
		t.Fatalf("inserting text: %v", err)
	}
}

// TestBrowserPasteBox plays a run, then opens a fresh page: V opens the
// paste box, which keeps the keys from the game; a corrupted code gets
// its sentence in the box, Esc closes it and the title still plays; the
// run's code pasted and Enter watch it to the run's end at 16×.
func TestBrowserPasteBox(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	openPage(ctx, t, base+"/?seed=7&bench=1")
	end, code := playOut(ctx, t)

	openPage(ctx, t, base+"/?seed=1&bench=1")
	focusCanvas(ctx, t)
	tapKey(ctx, t, "v")
	waitFor(ctx, t, "V to open the paste box", 10*time.Second, func(s state) bool { return s.Scene == "paste" })
	if b := waitCodeBox(ctx, t, "paste"); !b.Focused || b.Value != "" {
		t.Fatalf("the paste box opened as %+v, want it empty with the focus", b)
	}
	holdKey(ctx, t, "ArrowUp", 300*time.Millisecond)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(20, 20)); err != nil { // beside the box
		t.Fatal(err)
	}
	tapKey(ctx, t, "Enter") // an empty code: a sentence, not a run
	if s := readState(ctx, t); s.Scene != "paste" || s.Runs != 0 || s.Player.Y != 300 {
		t.Fatalf("keys in the paste box reached the game: %+v", s)
	}
	if b := readCodeBox(ctx, t); b.Error == "" || !b.Open {
		t.Fatalf("Enter on an empty box: %+v, want a sentence in the open box", b)
	}

	// A code with a character changed in its middle.
	bad := []byte(code)
	if i := len(bad) / 2; bad[i] != 'A' {
		bad[i] = 'A'
	} else {
		bad[i] = 'B'
	}
	insertText(ctx, t, string(bad))
	tapKey(ctx, t, "Enter")
	want := evaluate[string](ctx, t, fmt.Sprintf(`window.swarmfield.watch(%q)`, string(bad)))
	b := readCodeBox(ctx, t)
	if want == "" || b.Error != want || !b.Open || b.Value != string(bad) {
		t.Fatalf("a corrupted code left the box as %+v, want the sentence %q", b, want)
	}
	if s := readState(ctx, t); s.Scene != "paste" {
		t.Fatalf("a corrupted code left the game on %+v", s)
	}
	screenshot(ctx, t, "share-paste-refused.png")
	tapKey(ctx, t, "Escape")
	waitCodeBox(ctx, t, "")
	waitFor(ctx, t, "the title after Esc", 10*time.Second, func(s state) bool { return s.Scene == "title" })
	tapKey(ctx, t, "ArrowUp")
	waitFor(ctx, t, "a key to start a run", 10*time.Second, func(s state) bool { return s.Scene == "playing" && s.Runs == 1 })

	openPage(ctx, t, base+"/?seed=1&bench=1")
	focusCanvas(ctx, t)
	tapKey(ctx, t, "v")
	waitCodeBox(ctx, t, "paste")
	insertText(ctx, t, code)
	screenshot(ctx, t, "share-paste.png")
	tapKey(ctx, t, "Enter")
	waitCodeBox(ctx, t, "")
	watchToEnd(ctx, t, end)
}

// TestBrowserDropReplay drops a run's replay file, a text file holding its
// code, and a file that is no replay on the page, as synthetic drop events
// with a File: the first plays to the run's end, the second plays, and
// the third shows its sentence in the paste box.
func TestBrowserDropReplay(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	openPage(ctx, t, base+"/?seed=7&bench=1")
	end, code := playOut(ctx, t)
	b64 := evaluate[string](ctx, t, `window.swarmfield.replayBytes()`)

	openPage(ctx, t, base+"/?seed=1&bench=1")
	drop := func(name, b64 string) {
		t.Helper()
		evaluate[bool](ctx, t, fmt.Sprintf(`(() => {
			const bytes = Uint8Array.from(atob(%q), (c) => c.charCodeAt(0));
			const dt = new DataTransfer();
			dt.items.add(new File([bytes], %q));
			return document.querySelector("canvas").dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: dt}));
		})()`, b64, name))
	}
	drop("swarmfield-7-1.replay", b64)
	watchToEnd(ctx, t, end)

	openPage(ctx, t, base+"/?seed=1&bench=1")
	drop("code.txt", base64.StdEncoding.EncodeToString([]byte(code+"\n")))
	waitFor(ctx, t, "a dropped code to play", 20*time.Second, func(s state) bool {
		return evaluate[bool](ctx, t, `window.swarmfield.state().replay !== null`)
	})

	openPage(ctx, t, base+"/?seed=1&bench=1")
	drop("notes.txt", "aGVsbG8sIHdvcmxkCg==") // "hello, world"
	b := waitCodeBox(ctx, t, "paste")
	if b.Error == "" {
		t.Fatalf("a dropped file that is no replay left the box as %+v, want a sentence", b)
	}
	if s := readState(ctx, t); s.Scene != "paste" || evaluate[bool](ctx, t, `window.swarmfield.state().replay !== null`) {
		t.Fatalf("a dropped file that is no replay: %+v, want the paste box and no viewer", s)
	}
	t.Logf("a dropped text file: %q", b.Error)
}
