package save

import (
	"errors"
	"strings"
	"testing"

	"swarmfield/engine/storage"
)

// warnings collects the messages passed to a warn callback.
type warnings []string

func (w *warnings) add(msg string) { *w = append(*w, msg) }

// storeWith returns a Memory store holding the given key-value pairs.
func storeWith(kv ...string) *storage.Memory {
	m := storage.NewMemory()
	for i := 0; i+1 < len(kv); i += 2 {
		m.Set(kv[i], kv[i+1])
	}
	return m
}

func TestLoadGoodValues(t *testing.T) {
	var w warnings
	s, p := Load(storeWith("best", "1234", "muted", "true"), w.add)
	if p != (Progress{Best: 1234, Muted: true}) {
		t.Fatalf("Load = %+v, want {1234 true}", p)
	}
	if len(w) != 0 || !s.Persistent() {
		t.Fatalf("warnings %q, Persistent %v; want none, true", w, s.Persistent())
	}
	s, p = Load(storage.NewMemory(), w.add)
	if p != (Progress{}) || len(w) != 0 || !s.Persistent() {
		t.Fatalf("first run: %+v, warnings %q, Persistent %v", p, w, s.Persistent())
	}
}

func TestLoadBadValues(t *testing.T) {
	cases := []struct {
		name      string
		best      string
		muted     string
		wantMuted bool
		wantWarn  int
		warnHas   string
		wantBest  int64
	}{
		{name: "word", best: "lots", muted: "true", wantMuted: true, wantWarn: 1, warnHas: "best score"},
		{name: "negative", best: "-10", muted: "false", wantWarn: 1, warnHas: "best score"},
		{name: "past int64", best: "99999999999999999999", muted: "0", wantWarn: 1, warnHas: "larger than"},
		{name: "huge", best: strings.Repeat("7", 5000), muted: "1", wantMuted: true, wantWarn: 1, warnHas: "5000 bytes long"},
		{name: "JSON object", best: `{"best":10}`, muted: "true", wantMuted: true, wantWarn: 1, warnHas: "best score"},
		{name: "float", best: "12.5", muted: "true", wantMuted: true, wantWarn: 1, warnHas: "best score"},
		{name: "muted junk", best: "8", muted: "yes", wantBest: 8, wantWarn: 1, warnHas: "mute setting"},
		{name: "muted JSON", best: "8", muted: `{"muted":true}`, wantBest: 8, wantWarn: 1, warnHas: "mute setting"},
		{name: "muted huge", best: "8", muted: strings.Repeat("true", 100), wantBest: 8, wantWarn: 1, warnHas: "400 bytes long"},
		{name: "both bad", best: "", muted: "", wantWarn: 2, warnHas: "empty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var w warnings
			s, p := Load(storeWith("best", c.best, "muted", c.muted), w.add)
			if p.Best != c.wantBest || p.Muted != c.wantMuted {
				t.Errorf("Load = %+v, want {%d %v}", p, c.wantBest, c.wantMuted)
			}
			if len(w) != c.wantWarn {
				t.Fatalf("got %d warnings %q, want %d", len(w), w, c.wantWarn)
			}
			if !strings.Contains(strings.Join(w, "\n"), c.warnHas) {
				t.Errorf("warnings %q do not mention %q", w, c.warnHas)
			}
			for _, msg := range w {
				if len(msg) > 300 {
					t.Errorf("warning is %d bytes long; hostile input must be cut", len(msg))
				}
			}
			// Bad data does not stop the store being used.
			if !s.Persistent() {
				t.Error("Persistent() = false after reading junk from a working store")
			}
		})
	}
}

func TestLoadStorageErrors(t *testing.T) {
	readErr := errors.New("input/output error")
	cases := []struct {
		name  string
		store storage.Store
		want  Progress
	}{
		{"nil store", nil, Progress{}},
		{"unavailable", &storage.Faulty{GetErr: storage.ErrUnavailable}, Progress{}},
		{"read fails", &storage.Faulty{Store: storeWith("best", "50"), GetErr: readErr}, Progress{}},
		{"second read fails", &failSecondGet{Store: storeWith("best", "50"), err: readErr}, Progress{Best: 50}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var w warnings
			s, p := Load(c.store, w.add)
			if p != c.want {
				t.Errorf("Load = %+v, want %+v", p, c.want)
			}
			if len(w) != 1 || !strings.Contains(w[0], "will not be kept") {
				t.Fatalf("warnings %q, want one saying the best score will not be kept", w)
			}
			if s.Persistent() {
				t.Error("Persistent() = true after a storage error")
			}
			// The session still works in memory, without more warnings.
			if nb, err := s.RecordScore(c.want.Best + 10); !nb || err != nil {
				t.Errorf("RecordScore after fallback = %v, %v; want true, nil", nb, err)
			}
			if err := s.SetMuted(true); err != nil {
				t.Errorf("SetMuted after fallback: %v", err)
			}
			if got := s.Progress(); got.Best != c.want.Best+10 || !got.Muted {
				t.Errorf("Progress = %+v after fallback writes", got)
			}
			if len(w) != 1 {
				t.Errorf("more warnings after fallback: %q", w)
			}
		})
	}
}

// failSecondGet is a Store whose Get fails from the second call on.
type failSecondGet struct {
	storage.Store
	err   error
	calls int
}

func (f *failSecondGet) Get(key string) (string, bool, error) {
	f.calls++
	if f.calls >= 2 {
		return "", false, f.err
	}
	return f.Store.Get(key)
}

func TestRecordScoreNeverLowersBest(t *testing.T) {
	st := &storage.Faulty{Store: storeWith("best", "100")}
	s, _ := Load(st, nil)
	sets := st.Sets
	for _, score := range []int64{0, 5, 99, 100} {
		if nb, err := s.RecordScore(score); nb || err != nil {
			t.Errorf("RecordScore(%d) = %v, %v; want false, nil", score, nb, err)
		}
	}
	if st.Sets != sets {
		t.Fatalf("%d writes for scores not above the best, want none", st.Sets-sets)
	}
	if nb, err := s.RecordScore(101); !nb || err != nil {
		t.Fatalf("RecordScore(101) = %v, %v; want true, nil", nb, err)
	}
	if nb, _ := s.RecordScore(50); nb {
		t.Fatal("RecordScore(50) after 101 reported a new best")
	}
	if v, _, _ := st.Get("best"); v != "101" {
		t.Fatalf("stored best = %q, want 101", v)
	}
	if st.Sets != sets+1 {
		t.Fatalf("%d writes, want exactly 1", st.Sets-sets)
	}
	if nb, err := s.RecordScore(-1); nb || err == nil {
		t.Fatalf("RecordScore(-1) = %v, %v; want false and an error", nb, err)
	}
	if got := s.Progress().Best; got != 101 {
		t.Fatalf("Progress().Best = %d, want 101", got)
	}
}

func TestRecordScoreRespectsOtherInstance(t *testing.T) {
	st := storeWith("best", "10")
	a, _ := Load(st, nil)
	b, _ := Load(st, nil)
	if nb, _ := a.RecordScore(500); !nb {
		t.Fatal("first instance did not record 500")
	}
	// The second instance still believes the best is 10.
	nb, err := b.RecordScore(200)
	if nb || err != nil {
		t.Fatalf("second instance RecordScore(200) = %v, %v; want false, nil", nb, err)
	}
	if v, _, _ := st.Get("best"); v != "500" {
		t.Fatalf("stored best = %q, want 500 (never lowered)", v)
	}
	if got := b.Progress().Best; got != 500 {
		t.Fatalf("second instance best = %d, want 500 adopted from storage", got)
	}
}

func TestWriteFailures(t *testing.T) {
	for _, writeErr := range []error{storage.ErrQuotaExceeded, errors.New("read-only file system"), storage.ErrUnavailable} {
		t.Run(writeErr.Error(), func(t *testing.T) {
			st := &storage.Faulty{Store: storeWith("best", "10")}
			var w warnings
			s, _ := Load(st, w.add)
			st.SetErr = writeErr

			nb, err := s.RecordScore(20)
			if !nb || !errors.Is(err, writeErr) {
				t.Fatalf("RecordScore(20) = %v, %v; want true and %v", nb, err, writeErr)
			}
			if err := s.SetMuted(true); !errors.Is(err, writeErr) {
				t.Fatalf("SetMuted = %v, want %v", err, writeErr)
			}
			if nb, _ := s.RecordScore(30); !nb {
				t.Fatal("RecordScore(30) not a new best after a failed write of 20")
			}
			if nb, _ := s.RecordScore(25); nb {
				t.Fatal("RecordScore(25) a new best: the unsaved 30 was lost")
			}
			if got := s.Progress(); got != (Progress{Best: 30, Muted: true}) {
				t.Fatalf("Progress = %+v, want {30 true} kept in memory", got)
			}
			if len(w) != 1 || !strings.Contains(w[0], "this session only") {
				t.Fatalf("warnings %q, want exactly one about this session", w)
			}
			if s.Persistent() {
				t.Fatal("Persistent() = true with unsaved progress")
			}
			if v, _, _ := st.Store.Get("best"); v != "10" {
				t.Fatalf("stored best = %q, want the old 10", v)
			}

			// Storage recovers: the next write saves everything pending.
			st.SetErr = nil
			if nb, err := s.RecordScore(31); !nb || err != nil {
				t.Fatalf("RecordScore(31) after recovery = %v, %v", nb, err)
			}
			if !s.Persistent() {
				t.Fatal("Persistent() = false after a successful write")
			}
			if _, p := Load(st.Store, nil); p != (Progress{Best: 31, Muted: true}) {
				t.Fatalf("reloaded %+v, want {31 true}", p)
			}
		})
	}
}

func TestSetMutedWritesOnChange(t *testing.T) {
	st := &storage.Faulty{Store: storage.NewMemory()}
	s, _ := Load(st, nil)
	for _, m := range []bool{false, true, true, false, false} {
		if err := s.SetMuted(m); err != nil {
			t.Fatal(err)
		}
	}
	if st.Sets != 2 {
		t.Fatalf("%d writes for two changes, want 2", st.Sets)
	}
	if v, _, _ := st.Get("muted"); v != "false" {
		t.Fatalf("stored muted = %q, want false", v)
	}
}
