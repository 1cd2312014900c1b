package save

import (
	"strings"
	"testing"

	"swarmfield/engine/storage"
)

// TestDailyTableOwnKey checks that the daily table is kept apart from the
// normal one, names its day, and comes back after a reload.
func TestDailyTableOwnKey(t *testing.T) {
	st := storage.NewMemory()
	d := LoadDaily(st, "2026-12-01", nil)
	if d.Day() != "2026-12-01" || len(d.Table()) != 0 {
		t.Fatalf("a new daily table: day %q, %d entries", d.Day(), len(d.Table()))
	}
	if _, err := d.Add(entry("DAY", 7, 100, 10)); err != nil {
		t.Fatal(err)
	}
	if n := len(LoadScores(st, nil).Table()); n != 0 {
		t.Fatalf("a daily entry made the normal table: %d entries", n)
	}
	raw, _, _ := st.Get("daily")
	if !strings.HasPrefix(raw, "swarmfield daily v1 2026-12-01\nDAY 7 ") {
		t.Fatalf("stored daily table:\n%s", raw)
	}
	again := LoadDaily(st, "2026-12-01", nil)
	if got := again.Table(); len(got) != 1 || got[0].Initials != "DAY" || string(got[0].Replay) != strings.Repeat("r", 10) {
		t.Fatalf("after a reload: %+v", got)
	}
	if LoadScores(st, nil).Day() != "" {
		t.Error("the normal table has a day")
	}
}

// TestDailyTableNewDay checks that on a new day the table starts empty
// and the day before's is kept, whole, under its own key.
func TestDailyTableNewDay(t *testing.T) {
	st := storage.NewMemory()
	d := LoadDaily(st, "2026-12-01", nil)
	if _, err := d.Add(entry("OLD", 9, 100, 0)); err != nil {
		t.Fatal(err)
	}
	old, _, _ := st.Get("daily")
	var warned []string
	next := LoadDaily(st, "2026-12-02", func(m string) { warned = append(warned, m) })
	if len(next.Table()) != 0 || next.Note() != "" || len(warned) != 0 {
		t.Fatalf("the next day: %+v, note %q, warnings %q; want an empty table and no note", next.Table(), next.Note(), warned)
	}
	if prev, _, _ := st.Get("daily-previous"); prev != old {
		t.Fatalf("the day before's table was not kept: %q, want %q", prev, old)
	}
	if _, err := next.Add(entry("NEW", 3, 200, 0)); err != nil {
		t.Fatal(err)
	}
	if got := LoadDaily(st, "2026-12-02", nil).Table(); len(got) != 1 || got[0].Initials != "NEW" {
		t.Fatalf("the new day's table after a reload: %+v", got)
	}
}

// TestDailyTableCorrupt checks that an unreadable daily table, including
// one under a first line that names no real day, is set aside with a note.
func TestDailyTableCorrupt(t *testing.T) {
	for _, junk := range []string{"swarmfield daily v1 2026-12-01\nABC 12", "swarmfield daily v1 someday\n", "swarmfield scores v1\n"} {
		st := storage.NewMemory()
		if err := st.Set("daily", junk); err != nil {
			t.Fatal(err)
		}
		d := LoadDaily(st, "2026-12-01", nil)
		aside, _, _ := st.Get("daily-aside")
		if len(d.Table()) != 0 || d.Note() == "" || aside != junk {
			t.Errorf("stored %q: table %+v, note %q, set aside %q", junk, d.Table(), d.Note(), aside)
		}
	}
}
