// Package save keeps the player's progress (best score and mute setting)
// and settings (see Settings) in a storage.Store, and copes with whatever
// it finds there: missing keys, junk left by an older version or a curious
// player, storage that cannot be read or written. Problems are reported through a warn callback and the
// game carries on with defaults and in-memory values.
package save

import (
	"errors"
	"fmt"

	"swarmfield/engine/storage"
)

// Keys under which progress is stored.
const (
	keyBest  = "best"
	keyMuted = "muted"
)

// Progress is what the game remembers between sessions.
type Progress struct {
	// Best is the highest score reached, never negative.
	Best int64
	// Muted reports whether the player turned the sound off.
	Muted bool
}

// Saver holds the current Progress and writes changes to its store.
// A Saver is not safe for concurrent use.
type Saver struct {
	store    storage.Store
	progress Progress
	warn     func(msg string)

	inMemory     bool // store is a stand-in for unusable storage
	bestUnsaved  bool // the last write of Best failed
	mutedUnsaved bool // the last write of Muted failed
	warnedWrite  bool // a write failure has been reported
}

// Load reads progress from st. Missing values get defaults silently;
// values that do not parse get defaults and one call of warn each. If st is
// nil or cannot be read, Load falls back to memory, warns once that the best
// score will not be kept, and the returned Saver reports !Persistent().
// warn may be nil.
func Load(st storage.Store, warn func(msg string)) (*Saver, Progress) {
	if warn == nil {
		warn = func(string) {}
	}
	s := &Saver{store: st, warn: warn}
	if st == nil {
		s.useMemory(storage.ErrUnavailable)
		return s, s.progress
	}
	if err := loadValue(st, keyBest, ParseBest, &s.progress.Best, warn, "starting from 0"); err != nil {
		s.useMemory(err)
		return s, s.progress
	}
	if err := loadValue(st, keyMuted, ParseMuted, &s.progress.Muted, warn, "sound stays on"); err != nil {
		s.useMemory(err)
	}
	return s, s.progress
}

// loadValue sets *v to the value stored under key, as parse reads it. A
// missing value leaves *v alone, and so does one that does not parse,
// after a warning that ends with what happens instead. It returns the
// store's error.
func loadValue[T any](st storage.Store, key string, parse func(string) (T, error), v *T, warn func(string), instead string) error {
	raw, ok, err := st.Get(key)
	if err != nil || !ok {
		return err
	}
	if x, err := parse(raw); err != nil {
		warn(fmt.Sprintf("save: ignoring stored %v; %s", err, instead))
	} else {
		*v = x
	}
	return nil
}

// useMemory replaces an unusable store with memory and tells the player.
func (s *Saver) useMemory(cause error) {
	s.store = storage.NewMemory()
	s.inMemory = true
	s.warn(fmt.Sprintf("save: cannot use storage (%v); the best score will not be kept after this session", cause))
}

// Progress returns the current progress, including values that could not
// be written.
func (s *Saver) Progress() Progress {
	return s.progress
}

// Persistent reports whether the current progress is in persistent
// storage: false after falling back to memory, and while a failed write
// has not yet been retried successfully. The UI can show a small note.
func (s *Saver) Persistent() bool {
	return !s.inMemory && !s.bestUnsaved && !s.mutedUnsaved
}

// RecordScore records the score of a finished run. It reports whether the
// score beat the best one, and writes only then; the stored best is never
// lowered, even if another instance of the game raised it meanwhile. If the
// write fails, the new best is still kept in memory (and retried with the
// next write), warn is called once per Saver, and the error is returned.
// A negative score is rejected.
func (s *Saver) RecordScore(score int64) (newBest bool, err error) {
	if score < 0 {
		return false, fmt.Errorf("save: record score %d: negative", score)
	}
	if score <= s.progress.Best {
		return false, nil
	}
	s.progress.Best = score
	// Another instance (a second tab) may have stored a higher best.
	if raw, ok, err := s.store.Get(keyBest); err == nil && ok {
		if stored, err := ParseBest(raw); err == nil && stored >= score {
			s.progress.Best = stored
			return false, s.flush()
		}
	}
	s.bestUnsaved = true
	return true, s.flush()
}

// SetMuted records the mute setting, writing it only when it changes.
// A failed write is handled as in RecordScore.
func (s *Saver) SetMuted(m bool) error {
	if m == s.progress.Muted && !s.mutedUnsaved {
		return nil
	}
	s.progress.Muted = m
	s.mutedUnsaved = true
	return s.flush()
}

// flush writes every value whose last write failed or is pending.
func (s *Saver) flush() error {
	var errs []error
	if s.bestUnsaved {
		if err := s.store.Set(keyBest, formatBest(s.progress.Best)); err != nil {
			errs = append(errs, fmt.Errorf("save: write best score: %w", err))
		} else {
			s.bestUnsaved = false
		}
	}
	if s.mutedUnsaved {
		if err := s.store.Set(keyMuted, formatMuted(s.progress.Muted)); err != nil {
			errs = append(errs, fmt.Errorf("save: write mute setting: %w", err))
		} else {
			s.mutedUnsaved = false
		}
	}
	err := errors.Join(errs...)
	if err != nil && !s.warnedWrite {
		s.warnedWrite = true
		s.warn(fmt.Sprintf("save: cannot save progress (%v); it is kept for this session only", err))
	}
	return err
}
