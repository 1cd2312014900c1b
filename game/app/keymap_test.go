package app

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/input"
	"swarmfield/game/save"
)

func TestHintsNameTheBoundKeys(t *testing.T) {
	s := defaultSettings(false)
	h := makeHints(&s.Bindings)
	for _, want := range []string{"Arrow keys or WASD move", "P or Esc pauses"} {
		if !strings.Contains(h.title, want) {
			t.Errorf("default title hint %q lacks %q", h.title, want)
		}
	}
	if h.again != "press Enter or Space to play again" || !strings.HasPrefix(h.resume, "P or Esc,") ||
		h.start != "press an arrow key to start" || h.howtoMove != "Arrow keys or WASD, a gamepad's d-pad or stick" ||
		h.howtoNext != "press an arrow key or Enter to go on  -  P or Esc skips" {
		t.Errorf("default hints %+v", h)
	}
	s.Bindings[save.BindLeft] = []string{"J"}
	s.Bindings[save.BindPause] = []string{"Q"}
	s.Bindings[save.BindConfirm] = []string{"K"}
	h = makeHints(&s.Bindings)
	if !strings.Contains(h.title, "Up/Down/J/Right move") || !strings.Contains(h.title, "Q pauses") ||
		h.again != "press K to play again" || !strings.HasPrefix(h.resume, "Q,") ||
		h.start != "press a move key to start" || h.howtoNext != "press a move key or K to go on  -  Q skips" {
		t.Errorf("hints after rebinding: %+v", h)
	}
}

func TestApplyBindings(t *testing.T) {
	m := newControls()
	s := defaultSettings(false)
	s.Bindings[save.BindLeft] = []string{"J"}
	if notes := applyBindings(m, &s); len(notes) != 0 {
		t.Fatalf("good bindings gave notes %q", notes)
	}
	for _, tc := range []struct {
		keys []string
		note string
	}{
		{[]string{"NoSuchKey"}, "not a key"},
		{[]string{"W"}, "W already moves up"},
		{[]string{"M"}, "M already mutes"},
		{[]string{"O"}, "O already opens the settings"},
		{[]string{"F"}, "F already goes fullscreen"},
		{[]string{"F3"}, "F3 already shows the performance panel"},
		{[]string{"F9"}, "F9 already saves a replay"},
		{[]string{"Backspace"}, "Backspace already goes back"},
	} {
		s := defaultSettings(false)
		s.Bindings[save.BindLeft] = tc.keys
		notes := applyBindings(&input.Map{}, &s)
		if len(notes) != 1 || !strings.Contains(notes[0], tc.note) || !strings.Contains(notes[0], "key.left") {
			t.Errorf("left on %q: notes %q, want one saying %q", tc.keys, notes, tc.note)
		}
		if got := strings.Join(s.Bindings[save.BindLeft], " "); got != "ArrowLeft A" {
			t.Errorf("left on %q was reset to %q, want the defaults", tc.keys, got)
		}
	}
	if what := keyConflict(&s, save.BindRight, save.NumBindings, ebiten.KeyJ); what != "moves left" {
		t.Errorf("binding J to right after left: conflict %q, want moves left", what)
	}
	if what := keyConflict(&s, save.BindLeft, save.NumBindings, ebiten.KeyJ); what != "" {
		t.Errorf("binding J to left again: conflict %q, want none", what)
	}
}
