package save

import (
	"fmt"
	"strings"

	"swarmfield/engine/storage"
)

// Keys of the daily challenge's table: today's, one of another day set
// aside when a new day starts, and one that could not be read.
const (
	keyDaily         = "daily"
	keyDailyPrevious = "daily-previous"
	keyDailyAside    = "daily-aside"
)

// dailyPrefix starts the first line of a stored daily table, which ends
// with the challenge's day: "swarmfield daily v1 2026-12-01".
var dailyPrefix = fmt.Sprintf("swarmfield daily v%d ", TableVersion)

// LoadDaily reads the daily challenge's table of day, a UTC date written
// as "2006-01-02": the same entries as the normal table, under their own
// key, with the day on the first line. The table holds one day's
// challenge only. A stored table of another day is moved, whole, to a
// key of its own ("daily-previous", replacing the one there) and the
// day's table starts empty, so yesterday's runs are not mixed with
// today's and are kept until the next new day. An unreadable table is
// set aside as LoadScores does. warn may be nil.
func LoadDaily(st storage.Store, day string, warn func(msg string)) *Scores {
	return loadBook(st, book{
		key: keyDaily, aside: keyDailyAside, header: dailyPrefix + day, day: day,
		past: func(st storage.Store, raw string) bool {
			first, _, _ := strings.Cut(raw, "\n")
			other, ok := strings.CutPrefix(first, dailyPrefix)
			if !ok || other == day {
				return false
			}
			if !dayShaped(other) {
				return false
			}
			if err := st.Set(keyDailyPrevious, raw); err != nil && warn != nil {
				warn(fmt.Sprintf("save: cannot keep the daily table of %s (%v); it is replaced by today's", other, err))
			}
			return true
		},
	}, warn)
}

// dayShaped reports whether s is shaped as a day, "2006-01-02": ten
// bytes, digits but for the two dashes.
func dayShaped(s string) bool {
	if len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if dash := i == 4 || i == 7; dash != (s[i] == '-') || !dash && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// Day returns the day of a daily challenge's table, or "" for the normal
// table.
func (s *Scores) Day() string { return s.book.day }
