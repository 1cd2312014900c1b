package save

import (
	"encoding/json"
	"errors"
	"fmt"
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
	Initials string `json:"initials"`
	// Score is the run's score, positive.
	Score int64 `json:"score"`
	// Ticks is how long the run lasted, in ticks of 1/60 s.
	Ticks uint64 `json:"ticks"`
	// Date is when the run ended, in Unix seconds, from the wall clock of
	// the machine that stored it: presentation only.
	Date int64 `json:"date"`
	// Seed is the run's seed.
	Seed uint64 `json:"seed"`
	// Replay is the run's replay file, or nil where it was too long or
	// was dropped for lack of space.
	Replay []byte `json:"replay,omitempty"`
}

// Table is the high-score table, best first: higher scores first, and
// among equal scores the earlier entry first. It holds at most TableSize
// entries.
type Table []Entry

// storedTable is the stored form of a Table.
type storedTable struct {
	Version int     `json:"version"`
	Scores  []Entry `json:"scores"`
}

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

// ParseTable parses a stored table. Values over MaxTableLen, anything but
// the JSON object of TableVersion, more than TableSize entries, entries
// out of order, and entries with bad initials, a score of 0 or less, a
// negative date or a replay over MaxReplayLen are rejected with an error.
func ParseTable(s string) (Table, error) {
	if len(s) > MaxTableLen {
		return nil, fmt.Errorf("score table: %d bytes long (limit %d)", len(s), MaxTableLen)
	}
	var st storedTable
	if err := json.Unmarshal([]byte(s), &st); err != nil {
		return nil, fmt.Errorf("score table: %w", err)
	}
	if st.Version != TableVersion {
		return nil, fmt.Errorf("score table: version %d, want %d", st.Version, TableVersion)
	}
	if len(st.Scores) > TableSize {
		return nil, fmt.Errorf("score table: %d entries (limit %d)", len(st.Scores), TableSize)
	}
	for i, e := range st.Scores {
		if err := checkEntry(e); err != nil {
			return nil, fmt.Errorf("score table: entry %d: %w", i+1, err)
		}
		if i > 0 && e.Score > st.Scores[i-1].Score {
			return nil, fmt.Errorf("score table: entry %d scores %d, above entry %d's %d", i+1, e.Score, i, st.Scores[i-1].Score)
		}
	}
	return Table(st.Scores), nil
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

// formatTable returns the stored form of t.
func formatTable(t Table) (string, error) {
	scores := []Entry(t)
	if scores == nil {
		scores = []Entry{}
	}
	b, err := json.Marshal(storedTable{Version: TableVersion, Scores: scores})
	if err != nil {
		return "", fmt.Errorf("score table: %w", err)
	}
	return string(b), nil
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
