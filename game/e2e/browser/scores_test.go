//go:build !js

package browser

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"swarmfield/game"
)

// scoreEntry is an entry of window.swarmfield.scores().
type scoreEntry struct {
	Initials string  `json:"initials"`
	Score    float64 `json:"score"`
	Ticks    float64 `json:"ticks"`
	Date     string  `json:"date"`
	Seed     string  `json:"seed"`
}

// readScores reads window.swarmfield.scores().
func readScores(ctx context.Context, t testing.TB) []scoreEntry {
	t.Helper()
	return evaluate[[]scoreEntry](ctx, t, `window.swarmfield.scores()`)
}

// walkOut holds the up arrow until the run ends.
func walkOut(ctx context.Context, t testing.TB) state {
	t.Helper()
	if err := chromedp.Do(ctx, keyEvent(input.DispatchKeyEventTypeRawKeyDown, "ArrowUp")); err != nil {
		t.Fatal(err)
	}
	s := waitFor(ctx, t, "the run to end", time.Minute, func(s state) bool { return s.GameOver })
	if err := chromedp.Do(ctx, keyEvent(input.DispatchKeyEventTypeKeyUp, "ArrowUp")); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestBrowserHighScore plays a run that takes an orb: the game asks for
// initials, the arrow keys and Enter enter them, the table shows the run
// best first, and it is still there after a reload.
func TestBrowserHighScore(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	const seed = 5
	url := base + "/?seed=5&bench=1"
	startRun(ctx, t, url)
	if got := readScores(ctx, t); len(got) != 0 {
		t.Fatalf("a new player's table: %+v, want it empty", got)
	}
	// Step to the first orb, which the seed places, to score a point.
	r := game.NewRun(game.Options{Seed: seed, Invulnerable: true})
	stepTo(ctx, t, r.OrbX[0], r.OrbY[0])
	walkOut(ctx, t)
	s := waitFor(ctx, t, "the initials entry", 5*time.Second, func(s state) bool { return s.Scene == "initials" })
	if s.Score < 1 {
		t.Fatalf("initials asked for after %+v, want a run that scored", s)
	}
	screenshot(ctx, t, "browser-initials.png")
	for _, k := range []string{"ArrowUp", "ArrowRight", "ArrowDown", "Enter"} {
		tapKey(ctx, t, k)
	}
	s = waitFor(ctx, t, "the initials to be saved", 5*time.Second, func(s state) bool { return s.Scene == "gameover" })
	got := readScores(ctx, t)
	if len(got) != 1 || got[0].Initials != "BZA" || got[0].Score != s.Score || got[0].Seed != "5" ||
		got[0].Ticks <= 0 || float64(got[0].Ticks) != s.Tick {
		t.Fatalf("scores() = %+v after entering BZA for %+v", got, s)
	}
	date, err := time.Parse(time.RFC3339, got[0].Date)
	if err != nil || time.Since(date) > time.Hour || time.Since(date) < -time.Minute {
		t.Fatalf("the entry's date %q is not now (%v)", got[0].Date, err)
	}
	screenshot(ctx, t, "browser-gameover-table.png")
	// The entry keeps its run's replay.
	stored, err := chromedp.Run(ctx, chromedp.Evaluate[string](`localStorage.getItem("swarmfield:scores")`))
	if fields := strings.Fields(stored); err != nil || len(fields) != 9 || len(fields[8]) < 20 {
		t.Fatalf("the stored table has no replay: %.200s (%v)", stored, err)
	}

	openPage(ctx, t, url)
	if again := readScores(ctx, t); len(again) != 1 || again[0] != got[0] {
		t.Fatalf("after a reload scores() = %+v, want %+v", again, got)
	}
	if s := readState(ctx, t); s.Scene != "title" || s.Best != got[0].Score {
		t.Fatalf("after a reload: %+v, want the title with the best score %v", s, got[0].Score)
	}
	screenshot(ctx, t, "browser-title-table.png")
}

// TestBrowserCorruptScores opens the game on a stored table that does not
// parse: it starts with an empty table and a note, keeps the best score
// and the bad table aside, and plays.
func TestBrowserCorruptScores(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	openPage(ctx, t, base+"/?seed=1&bench=1")
	const junk = "swarmfield scores v1\nABC 12 60 17"
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](
		`localStorage.setItem("swarmfield:scores", `+"`"+junk+"`"+`); localStorage.setItem("swarmfield:best", "42")`)); err != nil {
		t.Fatal(err)
	}
	openPage(ctx, t, base+"/?seed=1&bench=1")
	if got := readScores(ctx, t); len(got) != 0 {
		t.Fatalf("scores() = %+v on a corrupt table, want []", got)
	}
	note, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.swarmfield.scoresNote()`))
	if err != nil || note == "" {
		t.Fatalf("no note about the corrupt table: %q, %v", note, err)
	}
	aside, err := chromedp.Run(ctx, chromedp.Evaluate[string](`localStorage.getItem("swarmfield:scores-aside")`))
	if err != nil || aside != junk {
		t.Fatalf("the corrupt table was not set aside: %q, %v", aside, err)
	}
	if s := readState(ctx, t); s.Best != 42 || s.Scene != "title" {
		t.Fatalf("with a corrupt table: %+v, want the title and the best score 42 kept", s)
	}
	screenshot(ctx, t, "browser-corrupt-scores.png")
	clickCanvas(ctx, t)
	waitFor(ctx, t, "a click to start the run", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
}

// TestBrowserHowto opens the game as a first-time player: the first start
// shows the how-to, whose three cards the arrow keys turn before the run
// starts; after a reload a click starts the run at once.
func TestBrowserHowto(t *testing.T) {
	ctx := newFirstVisitFor(t, 3*time.Minute)
	base := serve(t, webDir(t))
	url := base + "/?seed=1&bench=1"
	openPage(ctx, t, url)
	if s := readState(ctx, t); s.Scene != "title" || !s.FirstRun {
		t.Fatalf("a first visit opened on %+v, want the title and firstRun", s)
	}
	clickCanvas(ctx, t)
	waitFor(ctx, t, "the how-to", 10*time.Second, func(s state) bool { return s.Scene == "howto" })
	for card := 1; card <= 3; card++ {
		screenshot(ctx, t, "browser-howto-"+string(rune('0'+card))+".png")
		if s := readState(ctx, t); s.Scene != "howto" || s.Runs != 0 {
			t.Fatalf("card %d: %+v, want the how-to before any run", card, s)
		}
		tapKey(ctx, t, "Enter")
		time.Sleep(200 * time.Millisecond)
	}
	s := waitFor(ctx, t, "the run after the how-to", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
	if s.FirstRun {
		t.Fatalf("after the how-to: %+v, want firstRun false", s)
	}

	openPage(ctx, t, url)
	if s := readState(ctx, t); s.FirstRun {
		t.Fatalf("after a reload: %+v, want firstRun false", s)
	}
	clickCanvas(ctx, t)
	waitFor(ctx, t, "a click to start the run", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
}

// TestBrowserFullTable opens the game on a stored table of ten entries:
// scores() returns them best first, and the title shows them.
func TestBrowserFullTable(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	openPage(ctx, t, base+"/?seed=1")
	var entries []string
	names := []string{"ACE", "BEA", "CAT", "DOT", "EVE", "FOX", "GUS", "HAL", "IVY", "JOE"}
	for i, n := range names {
		entries = append(entries, fmt.Sprintf(`%s %d %d %d %d -`, n, 60-5*i, 3600-300*i, 1764400000+86400*i, 1000+i))
	}
	table := `swarmfield scores v1\n` + strings.Join(entries, `\n`)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](`localStorage.setItem("swarmfield:scores", "`+table+`")`)); err != nil {
		t.Fatal(err)
	}
	openPage(ctx, t, base+"/?seed=1")
	got := readScores(ctx, t)
	if len(got) != 10 {
		t.Fatalf("scores() = %+v, want the ten stored entries", got)
	}
	for i, e := range got {
		if e.Initials != names[i] || e.Score != float64(60-5*i) || e.Seed != fmt.Sprint(1000+i) ||
			e.Date != time.Unix(int64(1764400000+86400*i), 0).UTC().Format(time.RFC3339) {
			t.Fatalf("scores()[%d] = %+v, want %s's entry", i, e, names[i])
		}
	}
	screenshot(ctx, t, "browser-title-full-table.png")
}
