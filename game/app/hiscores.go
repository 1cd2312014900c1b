package app

import (
	"fmt"

	"swarmfield/assets"
	"swarmfield/engine/text"
	"swarmfield/game"
	"swarmfield/game/replay"
	"swarmfield/game/save"
)

// scoreTab is one table of the high-score screen: its name and scores.
type scoreTab struct {
	name   string
	scores *save.Scores
}

// scoreScreen is the high-score screen, opened from the title: the tables
// as tabs, one entry selected, whose stored replay WATCH plays and COPY
// CODE copies as a replay code.
type scoreScreen struct {
	open     bool
	tabs     []scoreTab
	tab, sel int
	rows     [][]byte // the tab's lines, formatted when it is shown
	detail   []byte   // what the selected entry offers
	buttons  [3]button
}

// The high-score screen's buttons, in order.
const (
	scoreWatch = iota
	scoreCopy
	scoreBack
)

// Layout of the high-score screen, in field units.
const (
	scoreTabsY   = 24
	scoreRowsY   = 76
	scoreRowH    = 28
	scoreDetailY = scoreRowsY + save.TableSize*scoreRowH + 12
	scoreNoteY   = scoreDetailY + 30
	scoreRowX    = 140
	scoreRowW    = game.FieldWidth - 2*scoreRowX
)

// The high-score screen's keys, as its hint line names them.
const (
	scoreHint     = "Up/Down choose  -  Enter watch  -  C copy its code  -  Esc back"
	scoreTabsHint = "Left/Right table  -  " + scoreHint
)

// initScoreScreen labels the screen's buttons.
func (a *App) initScoreScreen() {
	s := &a.share.screen
	s.buttons = [...]button{
		{label: "WATCH (Enter)", touch: "WATCH"},
		{label: "COPY CODE (C)", touch: "COPY CODE"},
		{label: "BACK (Esc)", touch: "BACK"},
	}
}

// openScores opens the high-score screen on its first table's best entry.
func (a *App) openScores() {
	s := &a.share.screen
	daily := a.todayScores()
	s.tabs = append(s.tabs[:0], scoreTab{"HIGH SCORES", a.board.scores}, scoreTab{"DAILY " + daily.Day(), daily})
	s.open, s.tab = true, 0
	a.share.note = ""
	a.showTab()
}

// showTab formats the selected tab's lines and selects its best entry.
func (a *App) showTab() {
	s := &a.share.screen
	s.rows = formatRows(s.rows[:0], s.tabs[s.tab].scores.Table())
	a.selectEntry(0)
}

// selectEntry selects entry i of the tab, and says what it offers.
func (a *App) selectEntry(i int) {
	s := &a.share.screen
	s.sel = i
	e, ok := s.entry()
	switch {
	case !ok:
		s.detail = s.detail[:0]
	case len(e.Replay) == 0:
		s.detail = fmt.Appendf(s.detail[:0], "%s: no replay stored (too long, or dropped for space)", e.Initials)
	default:
		s.detail = fmt.Appendf(s.detail[:0], "%s: seed %d, replay stored", e.Initials, e.Seed)
	}
}

// entry returns the selected entry, if the tab has one.
func (s *scoreScreen) entry() (save.Entry, bool) {
	t := s.tabs[s.tab].scores.Table()
	if s.sel >= len(t) {
		return save.Entry{}, false
	}
	return t[s.sel], true
}

// scoresTick runs the high-score screen for one tick: Up/Down (the d-pad)
// or a tap on a row selects, Left/Right changes the table, Enter (A) or
// WATCH plays the entry's replay, C (X) or COPY CODE copies its code, and
// Esc, Backspace, H (B) or BACK return to the title.
func (a *App) scoresTick(cx, cy float32, clicked bool) {
	s, c, nav := &a.share.screen, a.controls, &a.menu.nav
	hit := -1
	if clicked {
		hit = buttonAt(s.buttons[:], cx, cy)
	}
	n := len(s.tabs[s.tab].scores.Table())
	switch {
	case hit == scoreBack || nav.Pressed(navBack) || c.Pressed(actBack) || c.Pressed(actPause) || c.Pressed(actScores):
		s.open = false
		a.share.note = ""
	case hit == scoreWatch || nav.Pressed(navOK) || c.Pressed(actConfirm):
		a.watchEntry()
	case hit == scoreCopy || c.Pressed(actCopy):
		if code, name, err := entryCode(s); err != nil {
			a.notify(err.Error())
		} else {
			a.copyCode(code, name)
		}
	case n > 0 && (nav.Pressed(navUp) || c.Pressed(actUp)):
		a.selectEntry((s.sel + n - 1) % n)
	case n > 0 && (nav.Pressed(navDown) || c.Pressed(actDown)):
		a.selectEntry((s.sel + 1) % n)
	case len(s.tabs) > 1 && (nav.Pressed(navLeft) || c.Pressed(actLeft)):
		s.tab = (s.tab + len(s.tabs) - 1) % len(s.tabs)
		a.showTab()
	case len(s.tabs) > 1 && (nav.Pressed(navRight) || c.Pressed(actRight)):
		s.tab = (s.tab + 1) % len(s.tabs)
		a.showTab()
	case clicked && cx >= scoreRowX && cx < scoreRowX+scoreRowW && cy >= scoreRowsY-4:
		if i := int((cy - scoreRowsY + 4) / scoreRowH); i < n {
			a.selectEntry(i)
		}
	}
}

// watchEntry plays the selected entry's replay in the viewer, or says why
// it cannot.
func (a *App) watchEntry() {
	s := &a.share.screen
	code, _, err := entryCode(s)
	if err == nil {
		err = a.watchCode(code)
	}
	if err != nil {
		a.notify(err.Error())
		return
	}
	s.open = false
}

// entryCode returns the replay code of the selected entry and the name of
// a file for it, or the sentence that says why there is none.
func entryCode(s *scoreScreen) (code, name string, err error) {
	e, ok := s.entry()
	if !ok {
		return "", "", fmt.Errorf("no high scores yet: play a run first")
	}
	if len(e.Replay) == 0 {
		return "", "", fmt.Errorf("this entry has no stored replay")
	}
	rp, err := replay.Parse(e.Replay)
	if err != nil {
		return "", "", fmt.Errorf("this entry's stored replay is damaged: %w", err)
	}
	code, err = rp.Code()
	if err != nil {
		return "", "", err
	}
	return code, rp.FileName(), nil
}

// scoreTabScale is the tabs' text scale.
const scoreTabScale = 3

// tabCentre returns the x of the centre of tab i of n: each tab has an
// equal slot of the field's width.
func tabCentre(i, n int) float32 {
	return game.FieldWidth * float32(2*i+1) / float32(2*n)
}

// drawScores draws the high-score screen.
func (a *App) drawScores() {
	v, s, touch := a.view, &a.share.screen, a.touchScreen()
	v.drawShade()
	for i, t := range s.tabs {
		clr := dimText
		if i == s.tab {
			clr = cyan
		}
		text.DrawAligned(v.glyphs, t.name, tabCentre(i, len(s.tabs)), scoreTabsY, scoreTabScale, text.Center, clr)
	}
	_, has := s.entry()
	if !has {
		v.drawCentred("no high scores yet", 200, 2, dimText)
	}
	t := s.tabs[s.tab].scores.Table()
	for i, row := range s.rows {
		y := float32(scoreRowsY + i*scoreRowH)
		clr := white
		if len(t[i].Replay) == 0 {
			clr = dimText
		}
		if i == s.sel {
			v.sprites.AddRect(assets.White, scoreRowX, y-4, scoreRowW, scoreRowH-2, rowHighlight)
			clr = cyan
		}
		v.drawCentredBytes(row, y, 2, clr)
	}
	v.drawCentredBytes(s.detail, scoreDetailY, 2, dimText)
	v.drawCentred(a.share.note, scoreNoteY, 2, gold)
	top := s.buttons[0].r.Y
	if !touch {
		hint := scoreHint
		if len(s.tabs) > 1 {
			hint = scoreTabsHint
		}
		v.drawCentred(hint, top-18, 1, dimText)
	}
	for i := range s.buttons {
		v.drawButton(&s.buttons[i], touch, i == scoreBack || has)
	}
}
