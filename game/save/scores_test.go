package save

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"swarmfield/engine/storage"
)

// entry returns an entry scoring score, dated date, with a replay of n
// bytes.
func entry(initials string, score, date int64, n int) Entry {
	e := Entry{Initials: initials, Score: score, Ticks: uint64(score) * 60, Date: date, Seed: uint64(date)}
	if n > 0 {
		e.Replay = []byte(strings.Repeat("r", n))
	}
	return e
}

func scoresOf(t Table) []int64 {
	var s []int64
	for _, e := range t {
		s = append(s, e.Score)
	}
	return s
}

func TestTableOrderAndTies(t *testing.T) {
	var tb Table
	for i, sc := range []int64{5, 9, 5, 1, 9, 7} {
		var at int
		tb, at = tb.Insert(entry(string(rune('A'+i))+"AA", sc, int64(i), 0))
		if at < 0 {
			t.Fatalf("score %d did not make a table of %d", sc, len(tb)-1)
		}
	}
	if got, want := scoresOf(tb), []int64{9, 9, 7, 5, 5, 1}; !reflect.DeepEqual(got, want) {
		t.Fatalf("scores %v, want %v", got, want)
	}
	// Among equal scores, the earlier entry stays above.
	var names []string
	for _, e := range tb {
		names = append(names, e.Initials)
	}
	if got, want := strings.Join(names, " "), "BAA EAA FAA AAA CAA DAA"; got != want {
		t.Fatalf("initials %q, want %q", got, want)
	}
	if r := tb.Rank(5); r != 5 {
		t.Errorf("a new 5 ranks %d, want 5: below both earlier 5s", r)
	}
	if r := tb.Rank(0); r != -1 {
		t.Errorf("a score of 0 ranks %d, want -1", r)
	}
}

func TestTableKeepsTen(t *testing.T) {
	var tb Table
	for i := range 12 {
		tb, _ = tb.Insert(entry("ABC", int64(10+i), int64(i), 0))
	}
	if len(tb) != TableSize || tb[0].Score != 21 || tb[9].Score != 12 {
		t.Fatalf("after 12 inserts: %v, want the 10 best, 21 down to 12", scoresOf(tb))
	}
	if r := tb.Rank(12); r != -1 {
		t.Errorf("a score tying the last of a full table ranks %d, want -1", r)
	}
	if r := tb.Rank(13); r != 9 {
		t.Errorf("13 ranks %d, want 9", r)
	}
	before := scoresOf(tb)
	if _, at := tb.Insert(entry("ABC", 1, 99, 0)); at != -1 || !reflect.DeepEqual(scoresOf(tb), before) {
		t.Errorf("inserting a low score gave place %d and changed the table", at)
	}
}

func TestParseTableRoundTrip(t *testing.T) {
	tb := Table{entry("ZED", 40, 1700000000, 3), entry("AMY", 40, 1700000100, 0), entry("BOB", 2, 5, 1)}
	s := formatTable(tableHeader, tb)
	got, err := ParseTable(s)
	if err != nil {
		t.Fatalf("ParseTable(%s): %v", s, err)
	}
	if !reflect.DeepEqual(got, tb) {
		t.Fatalf("round trip gave %+v, want %+v", got, tb)
	}
	if empty := formatTable(tableHeader, nil); empty != "swarmfield scores v1\n" {
		t.Fatalf("empty table stored as %q", empty)
	}
}

func TestParseTableRejects(t *testing.T) {
	const head = "swarmfield scores v1\n"
	ok := "ABC 3 60 1 1 -"
	bad := map[string]string{
		"empty":          ``,
		"no header":      ok,
		"json":           `{"version":1,"scores":[]}`,
		"newer version":  "swarmfield scores v2\n",
		"header spaces":  "swarmfield scores v1 \n",
		"blank line":     head + "\n" + ok,
		"lower initials": head + "abc 3 60 1 1 -",
		"two initials":   head + "AB 3 60 1 1 -",
		"zero score":     head + "ABC 0 60 1 1 -",
		"negative score": head + "ABC -3 60 1 1 -",
		"negative date":  head + "ABC 3 60 -1 1 -",
		"negative ticks": head + "ABC 3 -60 1 1 -",
		"float ticks":    head + "ABC 3 1.5 1 1 -",
		"huge score":     head + "ABC 9223372036854775808 60 1 1 -",
		"five fields":    head + "ABC 3 60 1 1",
		"seven fields":   head + "ABC 3 60 1 1 - x",
		"double space":   head + "ABC  3 60 1 1 -",
		"tab":            head + "ABC\t3 60 1 1 -",
		"bad base64":     head + "ABC 3 60 1 1 %%%%",
		"out of order":   head + "ABC 3 60 1 1 -\nABC 4 60 1 1 -",
		"eleven entries": head + strings.Repeat(ok+"\n", 10) + ok,
		"oversized":      head + strings.Repeat("\n", MaxTableLen),
		"long replay":    head + "ABC 3 60 1 1 " + strings.Repeat("AAAA", MaxReplayLen/3+1),
	}
	for name, s := range bad {
		if tb, err := ParseTable(s); err == nil {
			t.Errorf("%s: ParseTable accepted it as %+v", name, tb)
		}
	}
	if tb, err := ParseTable(head + strings.Repeat(ok+"\n", 9) + ok); err != nil || len(tb) != 10 {
		t.Errorf("ten entries: %d entries, %v", len(tb), err)
	}
}

func TestLoadScoresSetsAsideCorruptTable(t *testing.T) {
	st := storage.NewMemory()
	st.Set(keyBest, "77")
	st.Set(keyScores, "swarmfield scores v1\nABC 12 60 17")
	var warnings []string
	sc := LoadScores(st, func(m string) { warnings = append(warnings, m) })
	if len(sc.Table()) != 0 || sc.Note() == "" || len(warnings) != 1 {
		t.Fatalf("corrupt table: %d entries, note %q, warnings %q; want an empty table, a note and one warning",
			len(sc.Table()), sc.Note(), warnings)
	}
	if aside, _, _ := st.Get(keyScoresAside); aside != "swarmfield scores v1\nABC 12 60 17" {
		t.Errorf("the corrupt table was not set aside: %q", aside)
	}
	if _, p := Load(st, nil); p.Best != 77 {
		t.Errorf("best score %d after a corrupt table, want 77 kept", p.Best)
	}
	if _, err := sc.Add(entry("NEW", 5, 1, 0)); err != nil {
		t.Fatal(err)
	}
	if again := LoadScores(st, nil); len(again.Table()) != 1 || again.Note() != "" {
		t.Fatalf("after adding a score: %d entries, note %q; want the new entry and no note", len(again.Table()), again.Note())
	}
}

func TestLoadScoresRejectsOversized(t *testing.T) {
	st := storage.NewMemory()
	st.Set(keyScores, strings.Repeat("x", MaxTableLen+1))
	if sc := LoadScores(st, nil); len(sc.Table()) != 0 || sc.Note() == "" {
		t.Fatalf("oversized table: %d entries, note %q", len(sc.Table()), sc.Note())
	}
}

// capped is a store that refuses, as full, values longer than limit.
type capped struct {
	storage.Memory
	limit int
}

func (c *capped) Set(key, value string) error {
	if len(value) > c.limit {
		return fmt.Errorf("set %s: %w", key, storage.ErrQuotaExceeded)
	}
	return c.Memory.Set(key, value)
}

func TestScoresDropOldestReplaysWhenFull(t *testing.T) {
	st := &capped{limit: 1 << 20}
	sc := LoadScores(st, nil)
	// Dates 1..5 with scores that put them out of date order.
	for i, score := range []int64{30, 50, 10, 40, 20} {
		if _, err := sc.Add(entry("ABC", score, int64(i+1), 1000)); err != nil {
			t.Fatal(err)
		}
	}
	// Room for about three replays.
	st.limit = len(formatTable(tableHeader, sc.Table())) - 2*1300
	if _, err := sc.Add(entry("NEW", 5, 6, 1000)); err != nil {
		t.Fatalf("adding to a nearly full store: %v", err)
	}
	stored := LoadScores(st, nil).Table()
	if len(stored) != 6 {
		t.Fatalf("stored %d entries, want all 6 scores", len(stored))
	}
	var kept []int64
	for _, e := range stored {
		if e.Replay != nil {
			kept = append(kept, e.Date)
		}
	}
	// Scores 50 40 30 20 10 5 have dates 2 4 1 5 3 6; dates 1, 2 and 3
	// lose their replays first.
	if want := []int64{4, 5, 6}; !reflect.DeepEqual(kept, want) {
		t.Fatalf("replays kept for dates %v, want %v (the oldest dropped first)", kept, want)
	}
}

func TestScoresWhenStoreRefusesAll(t *testing.T) {
	st := &storage.Faulty{}
	var warnings []string
	sc := LoadScores(st, func(m string) { warnings = append(warnings, m) })
	sc.Add(entry("ABC", 9, 1, 100))
	st.SetErr = storage.ErrQuotaExceeded
	_, err := sc.Add(entry("DEF", 12, 2, 100))
	if !errors.Is(err, storage.ErrQuotaExceeded) || sc.Persistent() || len(warnings) != 1 {
		t.Fatalf("full store: error %v, persistent %v, warnings %q", err, sc.Persistent(), warnings)
	}
	tb := sc.Table()
	if len(tb) != 2 || tb[0].Replay != nil || tb[1].Replay != nil {
		t.Fatalf("in memory: %+v, want both scores, their replays dropped", tb)
	}
}

func TestScoresDropLongReplay(t *testing.T) {
	sc := LoadScores(storage.NewMemory(), nil)
	if _, err := sc.Add(entry("ABC", 5, 1, MaxReplayLen+1)); err != nil {
		t.Fatal(err)
	}
	if _, err := sc.Add(entry("DEF", 4, 2, MaxReplayLen)); err != nil {
		t.Fatal(err)
	}
	if tb := sc.Table(); tb[0].Replay != nil || len(tb[1].Replay) != MaxReplayLen {
		t.Fatalf("replays of %d and %d bytes kept, want none for the one over %d", len(tb[0].Replay), len(tb[1].Replay), MaxReplayLen)
	}
	if _, err := sc.Add(Entry{Initials: "ab", Score: 9}); err == nil {
		t.Fatal("bad initials were accepted")
	}
}

// TestTableLimits pins the limits docs/playing.md gives: a replay of up to
// 32 KB per entry, and a stored table over 512 KB is set aside.
func TestTableLimits(t *testing.T) {
	if MaxReplayLen != 32<<10 || MaxTableLen != 512<<10 {
		t.Errorf("MaxReplayLen %d, MaxTableLen %d; docs/playing.md says 32 KB and 512 KB", MaxReplayLen, MaxTableLen)
	}
}

// TestLoadScoresKeepsCorruptTableWhenFull: when the unreadable table
// cannot be set aside (storage is full), it is kept where it is, and the
// session's scores stay in memory instead of writing over it.
func TestLoadScoresKeepsCorruptTableWhenFull(t *testing.T) {
	const corrupt = "swarmfield scores v1\nABC 12 60 17"
	mem := storage.NewMemory()
	mem.Set(keyScores, corrupt)
	st := &storage.Faulty{Store: mem, SetErr: storage.ErrQuotaExceeded}
	sc := LoadScores(st, nil)
	if sc.Persistent() || sc.Note() == "" {
		t.Fatalf("persistent %v, note %q; want the scores in memory and a note", sc.Persistent(), sc.Note())
	}
	st.SetErr = nil // room again: the new score must still not overwrite the table
	if _, err := sc.Add(entry("NEW", 5, 1, 0)); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := mem.Get(keyScores); got != corrupt {
		t.Errorf("the unreadable table was overwritten with %q", got)
	}
}

// TestParseTableTrailingBlankLines: blank lines at the end, as an editor
// may leave them, are not entries, so they do not set the table aside.
func TestParseTableTrailingBlankLines(t *testing.T) {
	tb, err := ParseTable(tableHeader + "\nABC 3 60 1 1 -\n\r\n\n")
	if err != nil || len(tb) != 1 || tb[0].Initials != "ABC" {
		t.Fatalf("a table with trailing blank lines gave %+v, %v; want its one entry", tb, err)
	}
}
