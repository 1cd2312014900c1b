package app

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/input"
	"swarmfield/game/save"
)

// bindActions are the rebindable actions, in save.Settings.Bindings order.
var bindActions = [save.NumBindings]input.Action{actUp, actDown, actLeft, actRight, actPause, actConfirm}

// defaultKeys are the rebindable actions' keys until the player changes
// them: the one keymap that feeds both the controls and the hints.
var defaultKeys = [save.NumBindings][]ebiten.Key{
	{ebiten.KeyArrowUp, ebiten.KeyW},
	{ebiten.KeyArrowDown, ebiten.KeyS},
	{ebiten.KeyArrowLeft, ebiten.KeyA},
	{ebiten.KeyArrowRight, ebiten.KeyD},
	{ebiten.KeyP, ebiten.KeyEscape},
	{ebiten.KeyEnter, ebiten.KeySpace, ebiten.KeyNumpadEnter},
}

// fixedKeys are the keys of the actions that cannot be rebound; binding
// one of them to a rebindable action is a conflict.
var fixedKeys = [...]struct {
	key  ebiten.Key
	does string
}{
	{ebiten.KeyM, "mutes"},
	{ebiten.KeyF, "goes fullscreen"},
	{ebiten.KeyF3, "shows the performance panel"},
	{ebiten.KeyF9, "saves a replay"},
	{ebiten.KeyO, "opens the settings"},
	{ebiten.KeyBackspace, "goes back"},
	{ebiten.KeyH, "opens the high scores"},
	{ebiten.KeyV, "pastes a replay code"},
	{ebiten.KeyC, "copies a replay code"},
	{ebiten.KeyT, "starts the daily challenge"},
}

// actionDoes says what each rebindable action does, for conflict notes.
var actionDoes = [save.NumBindings]string{"moves up", "moves down", "moves left", "moves right", "pauses", "confirms"}

// defaultSettings returns the settings of a new player; reduceMotion is
// the platform's preference.
func defaultSettings(reduceMotion bool) save.Settings {
	s := save.Settings{MusicVolume: 6, SFXVolume: 8, ShowFPS: true, Ghost: true, DpadSize: 2, ReduceMotion: reduceMotion}
	for i, keys := range defaultKeys {
		s.Bindings[i] = keyNames(keys)
	}
	return s
}

// keyNames returns the stored names of keys.
func keyNames(keys []ebiten.Key) []string {
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = k.String()
	}
	return names
}

// parseKeys returns the keys named, or an error naming the first unknown
// one.
func parseKeys(names []string) ([]ebiten.Key, error) {
	keys := make([]ebiten.Key, len(names))
	for i, n := range names {
		if err := keys[i].UnmarshalText([]byte(n)); err != nil {
			return nil, fmt.Errorf("%q is not a key", n)
		}
	}
	return keys, nil
}

// applyBindings binds the keys of s to m, resetting any action whose keys
// are unknown, or taken by another action, to its default keys. It returns
// notes naming what it reset.
func applyBindings(m *input.Map, s *save.Settings) (notes []string) {
	for i, names := range s.Bindings {
		keys, err := parseKeys(names)
		if err == nil {
			for _, k := range keys {
				if what := keyConflict(s, i, i, k); what != "" { // the first action keeps a shared key
					err = fmt.Errorf("%s already %s", keyLabel(k), what)
					break
				}
			}
		}
		if err != nil {
			keys = defaultKeys[i]
			s.Bindings[i] = keyNames(keys)
			notes = append(notes, fmt.Sprintf("key.%s (%v)", save.BindingNames[i], err))
		}
		m.SetKeys(bindActions[i], keys...)
	}
	return notes
}

// keyConflict returns what key k does other than the rebindable action
// number action, or "" if nothing: the fixed actions and the rebindable
// actions before number upTo count.
func keyConflict(s *save.Settings, action, upTo int, k ebiten.Key) string {
	name := k.String()
	for i, names := range s.Bindings[:upTo] {
		if i == action {
			continue
		}
		for _, n := range names {
			if n == name {
				return actionDoes[i]
			}
		}
	}
	for _, f := range fixedKeys {
		if f.key == k {
			return f.does
		}
	}
	return ""
}

// keyLabel is a key's name as the hints show it.
func keyLabel(k ebiten.Key) string { return labelOf(k.String()) }

func labelOf(name string) string {
	switch name {
	case "Escape":
		return "Esc"
	case "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight":
		return name[len("Arrow"):]
	}
	return name
}

// hints are the on-screen texts that name keys, made from the bindings
// whenever they change, so drawing them allocates nothing.
type hints struct {
	title, start, resume, again string
	// howtoMove and howtoNext are the how-to's lines that name keys.
	howtoMove, howtoNext string
}

// makeHints builds the hints for bindings b.
func makeHints(b *[save.NumBindings][]string) hints {
	pause := labels(b[save.BindPause], " or ")
	moves := moveLabels(b)
	moveKey := "a move key"
	if strings.HasPrefix(moves, "Arrow keys") {
		moveKey = "an arrow key"
	}
	confirm := labels(b[save.BindConfirm][:min(1, len(b[save.BindConfirm]))], "")
	return hints{
		howtoMove: moves + ", a gamepad's d-pad or stick",
		howtoNext: "press " + moveKey + " or " + confirm + " to go on  -  " + pause + " skips",
		title:     moves + " move  -  " + pause + " pauses  -  M mutes  -  O settings",
		start:     "press " + moveKey + " to start",
		resume:    pause + ", a move key or a click resumes",
		again:     "press " + labels(b[save.BindConfirm], " or ") + " to play again",
	}
}

// moveLabels names the four move actions' keys: "Arrow keys or WASD" for
// the defaults, otherwise their keys in the order up, down, left, right.
func moveLabels(b *[save.NumBindings][]string) string {
	var groups []string
	for k := 0; k < save.MaxKeysPerAction; k++ {
		var g []string
		for _, keys := range b[:save.BindRight+1] {
			if k < len(keys) {
				g = append(g, keys[k])
			}
		}
		if len(g) < 4 {
			break
		}
		switch s := strings.Join(g, " "); s {
		case "ArrowUp ArrowDown ArrowLeft ArrowRight":
			groups = append(groups, "Arrow keys")
		case "W S A D":
			groups = append(groups, "WASD")
		default:
			groups = append(groups, labels(g, "/"))
		}
	}
	if len(groups) == 0 {
		var g []string
		for _, keys := range b[:save.BindRight+1] {
			g = append(g, labelOf(keys[0]))
		}
		return strings.Join(g, "/")
	}
	return strings.Join(groups, " or ")
}

// labels joins key names' labels with sep, leaving out the numeric
// keypad's Enter, a twin of Enter.
func labels(names []string, sep string) string {
	var out []string
	for _, n := range names {
		if n != "NumpadEnter" || len(names) == 1 {
			out = append(out, labelOf(n))
		}
	}
	return strings.Join(out, sep)
}
