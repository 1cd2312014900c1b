package app

import (
	"strconv"
	"strings"

	"swarmfield/assets"

	"swarmfield/game"
	"swarmfield/game/save"
)

// screens is what the title and game-over screens show beyond the
// session: the high-score table, whether the player plays by touch,
// whether the game has the focus, and a note about the stored table.
type screens struct {
	board   *board
	touch   bool
	focused bool
	note    string
	// covered is set while the how-to or the initials entry covers the
	// screen: its text would show through, as text is drawn last.
	covered bool
	// buttons are the scene's buttons (titlemenu.go, share.go), and
	// shared what the latest copy or paste came to, or "".
	buttons []button
	shared  string
}

// The title's lines, in field units; text of scale 2 or more, which stays
// at least 12 CSS pixels tall on a phone (see layout.go). The title shows
// the table's top titleRows entries; the high-score screen shows them all.
const (
	titleY    = 30
	taglineY  = 108
	tableY    = 150
	titleRows = 5
	ctaY      = 478
	keysY     = 522
	noteY     = 562
	// noteLineH is the height of a line of the note.
	noteLineH = 2 * assets.GlyphHeight
)

// callToAction returns the title's one call to action, in the player's
// terms: a tap on a touch screen, the bound move keys where the game has
// the keyboard's focus, and a click where it has not (inside an iframe,
// keys reach the game only after a click).
func (v *view) callToAction() string {
	switch {
	case v.screens.touch:
		return "tap to start"
	case v.screens.focused:
		return v.hints.start
	}
	return "click to start"
}

// resumeHint says how to leave the pause.
func (v *view) resumeHint() string {
	if v.screens.touch {
		return "tap to resume"
	}
	return v.hints.resume
}

func (v *view) drawTitle(s *game.Session, persistent bool) {
	sc := &v.screens
	v.drawShade()
	if sc.covered {
		return
	}
	v.drawCentred("SWARMFIELD", titleY, 6, cyan)
	v.drawCentred("Take the orbs, dodge the swarm, stay in the field.", taglineY, 2, white)
	if y := v.drawTable(sc.board, tableY, 2, titleRows); y == tableY {
		v.num = append(v.num[:0], "BEST "...)
		v.num = strconv.AppendInt(v.num, s.Best, 10)
		v.drawCentredBytes(v.num, 210, 3, gold)
		v.drawCentred("no high scores yet", 270, 2, dimText)
	}
	v.drawButtons(sc.buttons, sc.touch)
	if (v.anim/30)%2 == 0 {
		v.drawCentred(v.callToAction(), ctaY, 3, white)
	}
	// A note of two lines starts a line higher, over the second line of
	// keys.
	extra := float32(strings.Count(sc.note, "\n"))
	if !sc.touch {
		v.drawCentred(v.hints.title, keysY, 1, dimText)
		if extra == 0 {
			v.drawCentred(titleKeysHint, keysY+18, 1, dimText)
		}
	}
	switch {
	case sc.note != "":
		v.drawCentred(sc.note, noteY-noteLineH*extra, 2, gold)
	case !persistent:
		v.drawCentred("storage is unavailable: scores will not be kept", noteY, 2, dimText)
	}
}

func (v *view) drawGameOver(s *game.Session) {
	sc := &v.screens
	v.drawShade()
	if sc.covered {
		return
	}
	if sc.board.highlight < 0 {
		v.drawCentred("GAME OVER", 170, 5, danger)
		v.num = append(v.num[:0], "SCORE "...)
		v.num = strconv.AppendInt(v.num, int64(s.Run.Score), 10)
		v.drawCentredBytes(v.num, 270, 3, gold)
		v.num = append(v.num[:0], "BEST "...)
		v.num = strconv.AppendInt(v.num, s.Best, 10)
		v.drawCentredBytes(v.num, 320, 2, dimText)
		if s.NewBest {
			v.drawCentred("NEW BEST!", 360, 2, cyan)
		}
	} else {
		v.drawCentred("GAME OVER", 60, 4, danger)
		v.drawTable(sc.board, 130, 2, save.TableSize)
	}
	switch {
	case sc.shared != "":
		v.drawCentred(sc.shared, 466, 2, gold)
	case s.SceneTicks() > game.RestartDelayTicks && (v.anim/30)%2 == 0:
		if sc.touch {
			v.drawCentred("tap to play again", 460, 3, white)
		} else {
			v.drawCentred(v.hints.again, 470, 2, white)
		}
	}
	if !sc.touch {
		v.drawCentred("C copies its replay code  -  F9 saves the replay", 510, 2, dimText)
	}
	v.drawButtons(sc.buttons, sc.touch)
}
