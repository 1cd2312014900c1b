package app

import (
	"fmt"
	"strconv"
	"time"

	"swarmfield/assets"
	"swarmfield/game"
	"swarmfield/game/save"
)

// board is the high-score table as the app shows it: the saved table,
// its lines formatted when it changes (so that drawing allocates
// nothing), the entry just made and the initials being entered.
type board struct {
	scores    *save.Scores
	rows      [][]byte
	highlight int        // the place of the entry just made, or -1
	pending   save.Entry // the run waiting for its initials
	place     []byte     // "YOUR 123 TAKES PLACE 4", formatted once
	entry     initials
	last      string // the initials entered last this session
}

// loadScores reads the table from st.
func (a *App) loadScores(st *save.Scores) {
	a.board.scores = st
	a.board.highlight = -1
	a.board.format()
	if note := st.Note(); note != "" {
		a.cfg.Logf("swarmfield: %s", note)
	}
}

// scoresState returns the high-score table for the page and tests, best
// first: initials, score, ticks survived, the date as RFC 3339 in UTC and
// the seed as a decimal string.
func (a *App) scoresState() []any {
	if a.daily.on {
		return tableState(a.daily.normalScores.Table())
	}
	return tableState(a.board.scores.Table())
}

// tableState returns the entries of t for the page, as scoresState.
func tableState(t save.Table) []any {
	out := make([]any, len(t))
	for i, e := range t {
		out[i] = map[string]any{
			"initials": e.Initials,
			"score":    float64(e.Score),
			"ticks":    float64(e.Ticks),
			"date":     time.Unix(e.Date, 0).UTC().Format(time.RFC3339),
			"seed":     strconv.FormatUint(e.Seed, 10),
		}
	}
	return out
}

// offerScore is called when a run ends: if its score makes the table, it
// keeps the run (with the wall clock's date, which is presentation only,
// and its replay) and opens the initials entry.
func (a *App) offerScore() {
	r := a.sess.Run
	b := &a.board
	b.highlight = -1
	place := b.scores.Rank(int64(r.Score))
	if place < 0 {
		return
	}
	b.pending = save.Entry{
		Score: int64(r.Score),
		Ticks: r.Tick,
		Date:  time.Now().Unix(),
		Seed:  r.Options().Seed,
	}
	if _, data, err := a.replayBytes(); err == nil {
		b.pending.Replay = data
	}
	points := "POINTS"
	if r.Score == 1 {
		points = "POINT"
	}
	b.place = fmt.Appendf(b.place[:0], "%d %s: PLACE %d OF %d", r.Score, points, place+1, save.TableSize)
	b.entry.reset(b.last)
	a.overlay = overlayInitials
}

// saveInitials enters the pending run in the table with the initials.
func (a *App) saveInitials() {
	b := &a.board
	b.pending.Initials = b.entry.String()
	b.last = b.pending.Initials
	place, err := b.scores.Add(b.pending)
	if err != nil {
		a.cfg.Logf("swarmfield: %v", err)
	}
	b.pending = save.Entry{}
	b.highlight = place
	b.format()
}

// format formats the table's lines.
func (b *board) format() { b.rows = formatRows(b.rows[:0], b.scores.Table()) }

// formatRows appends to rows one line per entry of t: place, initials,
// score, time survived and date.
func formatRows(rows [][]byte, t save.Table) [][]byte {
	for i, e := range t {
		secs := e.Ticks / game.TicksPerSecond
		clock := fmt.Sprintf("%d:%02d", secs/60, secs%60)
		date := time.Unix(e.Date, 0).Format("2006-01-02")
		rows = append(rows, fmt.Appendf(nil, "%2d %s %7d %6s  %s", i+1, e.Initials, e.Score, clock, date))
	}
	return rows
}

// drawTable draws the table's first n lines from y down, the entry just
// made in gold, and returns the y below the last line.
func (v *view) drawTable(b *board, y, scale float32, n int) float32 {
	if len(b.rows) == 0 {
		return y
	}
	title := "HIGH SCORES"
	if v.day != "" {
		title = v.day // the daily challenge's table
	}
	v.drawCentred(title, y, scale, cyan)
	step := float32(assets.GlyphHeight)*scale + 2
	y += step
	for i, row := range b.rows[:min(n, len(b.rows))] {
		clr := white
		if i == b.highlight {
			clr = gold
			if (v.anim/20)%2 == 0 {
				clr = cyan
			}
		}
		v.drawCentredBytes(row, y, scale, clr)
		y += step
	}
	return y
}
