package save

import (
	"strings"
	"testing"

	"swarmfield/engine/storage"
)

// testDefaults are settings as a game's defaults would be.
func testDefaults() Settings {
	return Settings{
		MusicVolume: 6, SFXVolume: 8, ShowFPS: true, Ghost: true, DpadSize: 2,
		Bindings: [NumBindings][]string{
			{"ArrowUp", "W"}, {"ArrowDown", "S"}, {"ArrowLeft", "A"}, {"ArrowRight", "D"},
			{"P", "Escape"}, {"Enter", "Space"},
		},
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	s := testDefaults()
	s.MusicVolume, s.SFXVolume = 0, 10
	s.ReduceMotion, s.ShowFPS, s.HighContrast, s.DpadRight, s.DpadSize = true, false, true, true, 3
	s.Ghost = false
	s.Bindings[BindLeft] = []string{"J"}
	got, notes := ParseSettings(FormatSettings(s), testDefaults())
	if len(notes) != 0 || !got.Equal(s) {
		t.Fatalf("round trip gave %+v with notes %q, want %+v", got, notes, s)
	}
}

func TestSettingsCorrupt(t *testing.T) {
	def := testDefaults()
	good := FormatSettings(def)
	for _, tc := range []struct {
		name, stored string
		wantNotes    int
		noteHas      string
		check        func(Settings) bool
	}{
		{"empty", "", 1, "unknown version", nil},
		{"junk", "\x00\xff{]", 1, "unknown version", nil},
		{"json", `{"music":3}`, 1, "unknown version", nil},
		{"future", "v2\nmusic=3\n", 1, "unknown version", nil},
		{"huge", "v1\n" + strings.Repeat("x", 5000), 1, "limit", nil},
		{"bad volume keeps the rest", strings.Replace(good, "music=6", "music=11", 1) + "", 1, "music",
			func(s Settings) bool { return s.MusicVolume == 6 }},
		{"bad key", "v1\nsfx=3\nkey.left=J K L M N\n", 1, "key.left",
			func(s Settings) bool { return s.SFXVolume == 3 && s.Bindings[BindLeft][0] == "ArrowLeft" }},
		{"unknown name", "v1\nsfx=2\ncolour=red\n", 1, "unknown setting",
			func(s Settings) bool { return s.SFXVolume == 2 }},
		{"no equals", "v1\nhello\nfps=false\n", 1, "ignored",
			func(s Settings) bool { return !s.ShowFPS }},
		{"stored before the ghost setting", "v1\nmusic=3\nsfx=8\nreduce-motion=false\nfps=true\nhigh-contrast=false\ndpad=left\ndpad-size=2\n", 0, "",
			func(s Settings) bool { return s.MusicVolume == 3 && s.Ghost }},
		{"bad ghost", "v1\nghost=off\n", 1, "ghost",
			func(s Settings) bool { return s.Ghost }},
		{"ghost off", "v1\nghost=false\n", 0, "",
			func(s Settings) bool { return !s.Ghost }},
		{"two bad", "v1\nfps=yes\ndpad=up\ndpad-size=2\n", 2, "fps",
			func(s Settings) bool { return s.ShowFPS && !s.DpadRight }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, notes := ParseSettings(tc.stored, def)
			if len(notes) != tc.wantNotes || !strings.Contains(strings.Join(notes, ";"), tc.noteHas) {
				t.Fatalf("notes %q, want %d mentioning %q", notes, tc.wantNotes, tc.noteHas)
			}
			if tc.check == nil && !got.Equal(def) {
				t.Fatalf("got %+v, want the defaults", got)
			}
			if tc.check != nil && !tc.check(got) {
				t.Fatalf("got %+v: the good values were not kept, or the bad one not reset", got)
			}
		})
	}
}

func TestLoadSettings(t *testing.T) {
	var w warnings
	s, _ := Load(storeWith("settings", "v1\nmusic=x\nsfx=99\nfps=maybe\n"), w.add)
	got, notes := s.LoadSettings(testDefaults())
	if !got.Equal(testDefaults()) {
		t.Fatalf("got %+v, want the defaults", got)
	}
	if n := strings.Join(notes, ";"); len(notes) != 3 || !strings.Contains(n, "music") || !strings.Contains(n, "fps") {
		t.Fatalf("notes %q, want one naming each reset setting", notes)
	}
	st := &storage.Faulty{Store: storeWith("settings", FormatSettings(testDefaults())), GetErr: storage.ErrUnavailable}
	s2, _ := Load(storeWith(), w.add)
	s2.store = st
	if got, notes := s2.LoadSettings(testDefaults()); !got.Equal(testDefaults()) || len(notes) != 1 {
		t.Fatalf("unreadable settings gave %+v and notes %q, want the defaults and one note", got, notes)
	}
	w = nil
	s, _ = Load(storeWith(), w.add)
	if got, notes := s.LoadSettings(testDefaults()); !got.Equal(testDefaults()) || len(w)+len(notes) != 0 {
		t.Fatalf("nothing stored gave %+v and notes %q, want the defaults silently", got, notes)
	}
	want := testDefaults()
	want.MusicVolume = 2
	if err := s.SetSettings(want); err != nil {
		t.Fatal(err)
	}
	if got, notes := s.LoadSettings(testDefaults()); !got.Equal(want) || len(w)+len(notes) != 0 {
		t.Fatalf("after SetSettings: %+v, notes %q", got, notes)
	}
}

func TestSetSettingsWriteFailure(t *testing.T) {
	st := &storage.Faulty{Store: storeWith()}
	var w warnings
	s, _ := Load(st, w.add)
	st.SetErr = storage.ErrQuotaExceeded
	if err := s.SetSettings(testDefaults()); err == nil {
		t.Fatal("a failed write returned no error")
	}
	s.SetSettings(testDefaults())
	if len(w) > 1 {
		t.Fatalf("warnings %q, want at most one", w)
	}
}

func FuzzParseSettings(f *testing.F) {
	def := testDefaults()
	f.Add(FormatSettings(def))
	for _, s := range []string{"", "v1", "v1\n", "v2\nmusic=1", "v1\nmusic=10\nsfx=0\n", "v1\nkey.up=\n",
		"v1\nkey.up=A B C D E\n", "v1\ndpad-size=0\n", "v1\nmusic=+5\n", "v1\nmusic=05\n", "v1\n=\n", "v1\r\nfps=false\r\n",
		"v1\nmusic=1\nmusic=2\n", "v1\nkey.left=J\x00\n", "v1\nghost=false\n", "v1\nghost=maybe\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, stored string) {
		got, notes := ParseSettings(stored, def)
		if got.MusicVolume < 0 || got.MusicVolume > MaxVolume || got.SFXVolume < 0 || got.SFXVolume > MaxVolume {
			t.Fatalf("volumes out of range: %+v", got)
		}
		if got.DpadSize < 1 || got.DpadSize > MaxDpadSize {
			t.Fatalf("d-pad size out of range: %+v", got)
		}
		for i, keys := range got.Bindings {
			if len(keys) == 0 || len(keys) > MaxKeysPerAction {
				t.Fatalf("action %s has %d keys", BindingNames[i], len(keys))
			}
			for _, k := range keys {
				if !validKeyName(k) {
					t.Fatalf("action %s has key %q", BindingNames[i], k)
				}
			}
		}
		// Whatever was read survives a round trip unchanged.
		back, backNotes := ParseSettings(FormatSettings(got), def)
		if len(backNotes) != 0 || !back.Equal(got) {
			t.Fatalf("round trip of %+v gave %+v, notes %q", got, back, backNotes)
		}
		_ = notes
	})
}
