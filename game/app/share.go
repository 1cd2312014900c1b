package app

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/jsbridge"
	"swarmfield/game"
)

// share is how replay codes leave and enter the game: the high-score
// screen, the title's buttons, the game over's COPY CODE, the clipboard
// and the page's paste box.
type share struct {
	title  []button  // titleMenu's
	shown  []button  // those drawn in the latest frame
	copy   [1]button // the game over's COPY CODE
	screen scoreScreen
	// pasting is set while the page's paste box is open (share_js.go);
	// the game then takes no input.
	pasting bool
	// clip receives the outcome of the clipboard write under way, for
	// code, whose file name is file; nil when there is none.
	clip       <-chan error
	code, file string
	// note says what the latest copy or paste came to, for noteTicks
	// more ticks.
	note      string
	noteTicks int
}

// copyGamepad is the gamepad button that copies a replay code: X.
const copyGamepad = ebiten.StandardGamepadButtonRightLeft

// noteTicks is how long a note about a copy or a paste stays.
const noteTicks = 5 * game.TicksPerSecond

// initShare labels the buttons.
func (a *App) initShare() {
	a.initTitleMenu()
	a.initScoreScreen()
	a.share.copy[0] = button{label: "COPY CODE (C)", touch: "COPY CODE"}
	a.layoutShare()
}

// layoutShare lays the buttons out for the latest screen, as tall as a
// fingertip on it.
func (a *App) layoutShare() {
	l := &a.ctl.layout
	h := buttonHeight(l.fieldPerCSS)
	layoutButtons(a.share.title, titleButtonsY-h/2, h)
	layoutButtons(a.share.copy[:], game.FieldHeight-8-h, h)
	layoutButtons(a.share.screen.buttons[:], game.FieldHeight-8-h, h)
}

// updateShare runs, for one tick, the clipboard write under way, the
// high-score screen and the paste box when open, and the title's and the
// game over's buttons. It reports whether it had the tick, in which case
// the session must not advance.
func (a *App) updateShare() bool {
	sh := &a.share
	a.pollClipboard()
	if sh.noteTicks > 0 {
		if sh.noteTicks--; sh.noteTicks == 0 {
			sh.note = ""
		}
	}
	if sh.pasting {
		return true
	}
	a.watchDropped()
	if a.viewer != nil {
		return true
	}
	cx, cy, clicked := a.clickAt()
	if sh.screen.open {
		a.scoresTick(cx, cy, clicked)
		return true
	}
	if a.titleTick(cx, cy, clicked) {
		return true
	}
	return a.gameOverTick(cx, cy, clicked)
}

// gameOverTick copies the finished run's replay code on C (a gamepad's X)
// or a tap on COPY CODE, and reports whether a tap did, which must not
// also restart.
func (a *App) gameOverTick(cx, cy float32, clicked bool) bool {
	if a.sess.Scene != game.SceneGameOver || a.overlay != noOverlay || a.viewer != nil {
		return false
	}
	tapped := clicked && buttonAt(a.share.copy[:], cx, cy) >= 0
	if tapped || a.controls.Pressed(actCopy) {
		name, _, err := a.replayBytes()
		if code := a.replayCode(); err != nil || code == "" {
			a.notify("this run has no replay code")
		} else {
			a.copyCode(code, name)
		}
	}
	return tapped
}

// copyCode puts a replay code on the clipboard. Where the browser refuses,
// the page shows the code in a box to select and copy, and the desktop
// writes it to a file named after the replay file name (share_js.go,
// share_other.go). A note tells the player which happened.
func (a *App) copyCode(code, name string) {
	sh := &a.share
	sh.code, sh.file = code, strings.TrimSuffix(name, ".replay")+".txt"
	sh.clip = jsbridge.WriteClipboard(code)
	a.pollClipboard()
}

// pollClipboard takes the outcome of the clipboard write under way, if it
// has arrived.
func (a *App) pollClipboard() {
	sh := &a.share
	select {
	case err := <-sh.clip:
		sh.clip = nil
		if err == nil {
			a.notify("replay code copied")
			return
		}
		a.notify(offerCode(sh.code, sh.file, err, a.cfg.Logf))
	default:
	}
}

// notify shows msg, one sentence for the player, for a few seconds.
func (a *App) notify(msg string) {
	a.share.note, a.share.noteTicks = wrapWords(msg, noteChars), noteTicks
}

// openPaste opens the page's paste box, where a replay code is pasted or
// typed and watched; where there is none, a note says how to watch one.
func (a *App) openPaste() {
	if why := openPasteBox(); why != "" {
		a.notify(why)
		return
	}
	a.share.pasting = true
}

// buttonsState returns the buttons shown in the latest frame, each as
// {label, x, y, w, h} in CSS pixels of the page, for the page and tests.
func (a *App) buttonsState() []any {
	l, f := &a.ctl.layout, a.dev.fit
	out := []any{}
	add := func(b *button) {
		r := l.cssRect(rect{f.X + b.r.X*f.Scale, f.Y + b.r.Y*f.Scale, b.r.W * f.Scale, b.r.H * f.Scale})
		r["label"] = b.touch
		out = append(out, r)
	}
	for i := range a.share.shown {
		add(&a.share.shown[i])
	}
	if a.dailyOver() { // the daily challenge's TITLE (daily.go)
		add(&a.daily.back)
	}
	return out
}

// prepareShare sets what the title and the game over show of the buttons
// and the latest note, for this frame.
func (a *App) prepareShare() {
	sc := &a.view.screens
	sc.shared, sc.buttons = a.share.note, nil
	if a.overlay != noOverlay || a.viewer != nil {
		return
	}
	switch a.sess.Scene {
	case game.SceneTitle:
		sc.buttons = a.share.title
		if sc.shared != "" {
			sc.note = sc.shared
		}
	case game.SceneGameOver:
		sc.buttons = a.share.copy[:]
	}
	a.view.menuOpen = a.view.menuOpen || a.share.screen.open
	a.share.shown = sc.buttons
	if a.share.screen.open {
		a.share.shown = a.share.screen.buttons[:]
	}
}
