package game

import (
	"fmt"
	"hash/fnv"
	"time"
)

// DayLayout is how a daily challenge's day is written: a UTC date.
const DayLayout = "2006-01-02"

// DailySeed returns the seed of the daily challenge of day, a UTC date
// written as "YYYY-MM-DD": the 64-bit FNV-1a hash of those ten ASCII
// bytes, so that everybody plays the same run on the same day and anyone
// can compute it (docs/playing.md shows it in a few lines of JavaScript). A
// string that is not such a date gets an error that says so in one
// sentence.
func DailySeed(day string) (uint64, error) {
	if !validDay(day) {
		return 0, fmt.Errorf("%q is not a date written as YYYY-MM-DD, like 2026-12-01", day)
	}
	h := fnv.New64a()
	h.Write([]byte(day))
	return h.Sum64(), nil
}

// validDay reports whether s is a real date written as YYYY-MM-DD. It
// checks by hand rather than with time.Parse, to keep the date parser out
// of the browser's download.
func validDay(s string) bool {
	if len(s) != len(DayLayout) || s[4] != '-' || s[7] != '-' {
		return false
	}
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 {
		return false
	}
	// time.Date carries a day past the month's end into the next month.
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// Today returns the UTC date of t in DayLayout: the day whose challenge a
// player starts at t. The wall clock is read by the caller, outside any
// tick.
func Today(t time.Time) string { return t.UTC().Format(DayLayout) }
