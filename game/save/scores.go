package save

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// TableSize is how many entries the high-score table keeps.
const TableSize = 10

// TableVersion is the schema version of the stored table. A table stored
// with another version is set aside like a corrupt one.
const TableVersion = 1

// Limits on stored data, so that a corrupt or hostile value is rejected
// before it is decoded: a replay of a few minutes' play is a few KB.
const (
	// MaxReplayLen is the largest replay an entry keeps; a longer run's
	// entry is stored without its replay.
	MaxReplayLen = 32 << 10
	// MaxTableLen is the largest stored table that is parsed: ten entries
	// with the largest replays, base64 encoded, and some room.
	MaxTableLen = 512 << 10
)

// Entry is one line of the high-score table.
type Entry struct {
	// Initials are three letters from A to Z.
	Initials string
	// Score is the run's score, positive.
	Score int64
	// Ticks is how long the run lasted, in ticks of 1/60 s.
	Ticks uint64
	// Date is when the run ended, in Unix seconds, from the wall clock of
	// the machine that stored it: presentation only.
	Date int64
	// Seed is the run's seed.
	Seed uint64
	// Replay is the run's replay file, or nil where it was too long or
	// was dropped for lack of space.
	Replay []byte
}

// Table is the high-score table, best first: higher scores first, and
// among equal scores the earlier entry first. It holds at most TableSize
// entries.
type Table []Entry

// tableHeader is the first line of a stored table, with its version.
var tableHeader = fmt.Sprintf("swarmfield scores v%d", TableVersion)

// Rank returns the place, from 0, that a run scoring score would take in
// the table, or -1 when the score does not make the table: a score of 0,
// or one not above the last of a full table. An equal score ranks below
// the entries it ties with, which were there first.
func (t Table) Rank(score int64) int {
	if score <= 0 {
		return -1
	}
	for i, e := range t {
		if score > e.Score {
			return i
		}
	}
	if len(t) >= TableSize {
		return -1
	}
	return len(t)
}

// Insert returns the table with e in its place, keeping at most
// TableSize entries, and that place, or t and -1 when e does not make the
// table. t is not modified.
func (t Table) Insert(e Entry) (Table, int) {
	i := t.Rank(e.Score)
	if i < 0 {
		return t, -1
	}
	out := make(Table, 0, min(len(t)+1, TableSize))
	out = append(out, t[:i]...)
	out = append(out, e)
	out = append(out, t[i:]...)
	return out[:min(len(out), TableSize)], i
}

// ParseTable parses a stored table: the line "swarmfield scores v1",
// then one line per entry, best first, of six fields separated by single
// spaces: initials, score, ticks, date, seed, and the replay in base64 or
// "-". Values over MaxTableLen, another version, more than TableSize
// entries, entries out of order, and entries with bad initials, a score
// of 0 or less, a negative date or a replay over MaxReplayLen are rejected
// with an error.
func ParseTable(s string) (Table, error) { return parseTable(s, tableHeader) }

// parseTable parses a stored table whose first line is header.
func parseTable(s, header string) (Table, error) {
	if len(s) > MaxTableLen {
		return nil, fmt.Errorf("score table: %d bytes long (limit %d)", len(s), MaxTableLen)
	}
	// Trailing blank lines, from an editor say, are not entries.
	lines := strings.Split(strings.TrimRight(s, "\r\n"), "\n")
	if lines[0] != header {
		return nil, fmt.Errorf("score table: first line %s, want %q", quote(lines[0]), header)
	}
	lines = lines[1:]
	if len(lines) > TableSize {
		return nil, fmt.Errorf("score table: %d entries (limit %d)", len(lines), TableSize)
	}
	t := make(Table, len(lines))
	for i, line := range lines {
		e, err := parseEntry(line)
		if err == nil {
			err = checkEntry(e)
		}
		if err != nil {
			return nil, fmt.Errorf("score table: entry %d: %w", i+1, err)
		}
		if i > 0 && e.Score > t[i-1].Score {
			return nil, fmt.Errorf("score table: entry %d scores %d, above entry %d's %d", i+1, e.Score, i, t[i-1].Score)
		}
		t[i] = e
	}
	return t, nil
}

// parseEntry parses one stored entry.
func parseEntry(line string) (Entry, error) {
	f := strings.Split(line, " ")
	if len(f) != 6 {
		return Entry{}, fmt.Errorf("%s: %d fields, want 6", quote(line), len(f))
	}
	var e Entry
	var errs [4]error
	e.Initials = f[0]
	e.Score, errs[0] = strconv.ParseInt(f[1], 10, 64)
	e.Ticks, errs[1] = strconv.ParseUint(f[2], 10, 64)
	e.Date, errs[2] = strconv.ParseInt(f[3], 10, 64)
	e.Seed, errs[3] = strconv.ParseUint(f[4], 10, 64)
	if err := errors.Join(errs[:]...); err != nil {
		return Entry{}, err
	}
	if f[5] != "-" {
		if len(f[5]) > base64.StdEncoding.EncodedLen(MaxReplayLen) {
			return Entry{}, fmt.Errorf("replay of %d base64 bytes (limit %d bytes)", len(f[5]), MaxReplayLen)
		}
		r, err := base64.StdEncoding.DecodeString(f[5])
		if err != nil {
			return Entry{}, fmt.Errorf("replay: %w", err)
		}
		e.Replay = r
	}
	return e, nil
}

// checkEntry reports what is wrong with a stored entry.
func checkEntry(e Entry) error {
	if !ValidInitials(e.Initials) {
		return fmt.Errorf("initials %s: want three letters A to Z", quote(e.Initials))
	}
	if e.Score <= 0 {
		return fmt.Errorf("score %d: want a positive score", e.Score)
	}
	if e.Date < 0 {
		return fmt.Errorf("date %d: negative", e.Date)
	}
	if len(e.Replay) > MaxReplayLen {
		return fmt.Errorf("replay of %d bytes (limit %d)", len(e.Replay), MaxReplayLen)
	}
	return nil
}

// ValidInitials reports whether s is three letters from A to Z.
func ValidInitials(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// formatTable returns the stored form of t, under the first line header.
func formatTable(header string, t Table) string {
	b := []byte(header)
	for _, e := range t {
		b = fmt.Appendf(b, "\n%s %d %d %d %d ", e.Initials, e.Score, e.Ticks, e.Date, e.Seed)
		if len(e.Replay) == 0 {
			b = append(b, '-')
		} else {
			b = base64.StdEncoding.AppendEncode(b, e.Replay)
		}
	}
	return string(append(b, '\n'))
}

// errNoReplay is returned by dropOldestReplay when no entry has a replay.
var errNoReplay = errors.New("no replay left to drop")

// dropOldestReplay removes, in place, the replay of the entry with the
// earliest date among those that have one (the lower place on a tie).
func dropOldestReplay(t Table) error {
	oldest := -1
	for i, e := range t {
		if e.Replay != nil && (oldest < 0 || e.Date <= t[oldest].Date) {
			oldest = i
		}
	}
	if oldest < 0 {
		return errNoReplay
	}
	t[oldest].Replay = nil
	return nil
}
