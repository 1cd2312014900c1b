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
// can compute it (the README shows it in a few lines of JavaScript). A
// string that is not such a date gets an error that says so in one
// sentence.
func DailySeed(day string) (uint64, error) {
	t, err := time.Parse(DayLayout, day)
	if err != nil || t.Format(DayLayout) != day {
		return 0, fmt.Errorf("%q is not a date written as YYYY-MM-DD, like 2026-12-01", day)
	}
	h := fnv.New64a()
	h.Write([]byte(day))
	return h.Sum64(), nil
}

// Today returns the UTC date of t in DayLayout: the day whose challenge a
// player starts at t. The wall clock is read by the caller, outside any
// tick.
func Today(t time.Time) string { return t.UTC().Format(DayLayout) }
