package game

import (
	"strings"
	"testing"
	"time"
)

// TestDailySeed checks the formula against seeds computed once outside Go
// (FNV-1a 64 over the date's bytes, in Python and in Node with BigInt).
func TestDailySeed(t *testing.T) {
	for _, c := range []struct {
		day  string
		want uint64
	}{
		{"2026-12-01", 1755020995787274575},
		{"2026-11-29", 15237087334092515058},
		{"2000-02-29", 9306350654545587450},
	} {
		got, err := DailySeed(c.day)
		if err != nil || got != c.want {
			t.Errorf("DailySeed(%q) = %d, %v; want %d", c.day, got, err, c.want)
		}
	}
}

// TestDailySeedBadDates checks that anything but a real date written as
// YYYY-MM-DD gets one sentence, and no seed.
func TestDailySeedBadDates(t *testing.T) {
	for _, day := range []string{"", "2026-13-01", "2026-02-30", "2026-12-1", "2026-12-01 ", "01/12/2026", "2026-12-01T00:00:00Z", "yesterday", "2026-00-10", "2026-12-00", "2026-1a-01", "2025-02-29", "2026/12/01", "+026-12-01"} {
		seed, err := DailySeed(day)
		if err == nil || seed != 0 {
			t.Errorf("DailySeed(%q) = %d, %v; want an error", day, seed, err)
			continue
		}
		if msg := err.Error(); strings.Count(msg, ".") > 2 || !strings.Contains(msg, "YYYY-MM-DD") {
			t.Errorf("DailySeed(%q): %q is not one sentence naming the format", day, msg)
		}
	}
}

// TestToday checks that the day is the UTC one, whatever the time zone.
func TestToday(t *testing.T) {
	east := time.FixedZone("UTC+9", 9*3600)
	at := time.Date(2026, 12, 1, 7, 30, 0, 0, east) // 2026-11-30 22:30 UTC
	if got := Today(at); got != "2026-11-30" {
		t.Errorf("Today(%v) = %q, want 2026-11-30", at, got)
	}
}

// TestDailySeedLeapDay checks that a leap day is a date.
func TestDailySeedLeapDay(t *testing.T) {
	for _, day := range []string{"2028-02-29", "2000-02-29", "2026-12-31"} {
		if _, err := DailySeed(day); err != nil {
			t.Errorf("DailySeed(%q): %v", day, err)
		}
	}
	if _, err := DailySeed("2100-02-29"); err == nil {
		t.Error("2100-02-29 taken for a date")
	}
}
