package save

import (
	"errors"
	"fmt"

	"swarmfield/engine/storage"
)

// Keys of the high-score table, and of a stored table that could not be
// read, set aside so that it is not overwritten.
const (
	keyScores      = "scores"
	keyScoresAside = "scores-aside"
)

// Scores holds a high-score table, the normal one or the daily
// challenge's (see LoadDaily), and writes it to its store. Scores is not
// safe for concurrent use.
type Scores struct {
	store   storage.Store
	book    book
	table   Table
	warn    func(msg string)
	note    string
	unsaved bool // the last write failed
	warned  bool // a write failure has been reported
}

// book says where a table is stored and how its first line reads.
type book struct {
	key, aside string // where it is stored, and set aside when unreadable
	header     string // its first line
	day        string // the daily challenge's day, or "" for the normal table
	// past, if set, moves a stored table of another day out of the way and
	// reports whether raw was one.
	past func(st storage.Store, raw string) bool
}

// scoresBook is the normal high-score table's book.
var scoresBook = book{key: keyScores, aside: keyScoresAside, header: tableHeader}

// LoadScores reads the high-score table from st. A missing table is an
// empty one. A table that does not parse is set aside under another key,
// the table starts empty, and Note says so. If st is nil or cannot be
// read, the table lives in memory only (Load has already told the player
// that storage is unavailable). warn may be nil.
func LoadScores(st storage.Store, warn func(msg string)) *Scores {
	return loadBook(st, scoresBook, warn)
}

// loadBook reads the table of b from st, as LoadScores describes.
func loadBook(st storage.Store, b book, warn func(msg string)) *Scores {
	if warn == nil {
		warn = func(string) {}
	}
	s := &Scores{store: st, book: b, warn: warn}
	if st == nil {
		s.store = storage.NewMemory()
		return s
	}
	raw, ok, err := st.Get(b.key)
	if err != nil {
		s.store = storage.NewMemory()
		s.unsaved = true
		return s
	}
	if !ok || b.past != nil && b.past(st, raw) {
		return s
	}
	t, err := parseTable(raw, b.header)
	if err == nil {
		s.table = t
		return s
	}
	s.note = "Unreadable high scores set aside; a new table started."
	if err := st.Set(b.aside, raw); err != nil {
		// Keep the stored table as it is rather than write over the only
		// copy: this session's scores stay in memory.
		warn(fmt.Sprintf("save: setting aside the unreadable score table: %v; this session's scores will not be kept", err))
		s.note = "Old high scores unreadable; new ones will not be kept."
		s.store = storage.NewMemory()
		s.unsaved = true
	}
	warn(fmt.Sprintf("save: ignoring the stored %v; starting an empty table", err))
	return s
}

// Table returns the table, best first. The caller must not modify it.
func (s *Scores) Table() Table { return s.table }

// Note returns one sentence for the player when the stored table was set
// aside, or "".
func (s *Scores) Note() string { return s.note }

// Persistent reports whether the table is in persistent storage.
func (s *Scores) Persistent() bool { return !s.unsaved }

// Rank returns the place a run scoring score would take, or -1 (see
// Table.Rank).
func (s *Scores) Rank(score int64) int { return s.table.Rank(score) }

// Add enters e in the table and writes the table, returning e's place,
// or -1 when e does not make the table. A replay over MaxReplayLen is not
// kept. When the store is full, the replays of the oldest entries are
// dropped one by one until the table fits; no score is dropped for
// space. If the write still fails, the table is kept in memory, warn is
// called once per Scores, and the error is returned.
func (s *Scores) Add(e Entry) (int, error) {
	if !ValidInitials(e.Initials) {
		return -1, fmt.Errorf("save: add score: initials %s: want three letters A to Z", quote(e.Initials))
	}
	if len(e.Replay) > MaxReplayLen {
		e.Replay = nil
	}
	t, i := s.table.Insert(e)
	if i < 0 {
		return -1, nil
	}
	s.table = t
	s.note = ""
	return i, s.flush()
}

// flush writes the table, dropping the oldest replays while the store is
// full.
func (s *Scores) flush() error {
	for {
		err := s.store.Set(s.book.key, formatTable(s.book.header, s.table))
		if err == nil {
			s.unsaved = false
			return nil
		}
		if !errors.Is(err, storage.ErrQuotaExceeded) || dropOldestReplay(s.table) != nil {
			s.unsaved = true
			err = fmt.Errorf("save: write the score table: %w", err)
			if !s.warned {
				s.warned = true
				s.warn(fmt.Sprintf("save: cannot save the high scores (%v); they are kept for this session only", err))
			}
			return err
		}
	}
}
