package save

import (
	"fmt"
	"strconv"
	"strings"
)

// keySettings is the key under which the settings are stored, as lines of
// "name=value" after a first line naming the schema version.
const keySettings = "settings"

// SettingsVersion is the schema version written on the stored settings'
// first line, "v1". Settings of another version are not read.
const SettingsVersion = 1

// The bindable actions, in the order of Settings.Bindings.
const (
	BindUp = iota
	BindDown
	BindLeft
	BindRight
	BindPause
	BindConfirm
	NumBindings
)

// BindingNames are the bindable actions' names, in Settings.Bindings
// order, as stored and as the JS bridge reports them.
var BindingNames = [NumBindings]string{"up", "down", "left", "right", "pause", "confirm"}

// Limits of the settings' values.
const (
	MaxVolume   = 10 // volumes go from 0 to MaxVolume
	MaxDpadSize = 3  // the d-pad's size goes from 1 to MaxDpadSize
	// MaxKeysPerAction is how many keys one action can have.
	MaxKeysPerAction = 4
	maxKeyNameLen    = 24
)

// Settings are the player's choices of sound, presentation and input. The
// zero value is not meaningful; start from the game's defaults.
type Settings struct {
	// MusicVolume and SFXVolume go from 0 (silent) to MaxVolume.
	MusicVolume, SFXVolume int
	// ReduceMotion turns off screen shake, flashes and animated fades.
	ReduceMotion bool
	// ShowFPS shows the performance line.
	ShowFPS bool
	// HighContrast draws with the high-contrast palette.
	HighContrast bool
	// Ghost shows a ghost of the best stored run on the same seed.
	Ghost bool
	// DpadRight puts the touch d-pad on the right instead of the left.
	DpadRight bool
	// DpadSize is the touch d-pad's size, 1 to MaxDpadSize.
	DpadSize int
	// Bindings are each bindable action's key names (see BindingNames),
	// one to MaxKeysPerAction of them.
	Bindings [NumBindings][]string
}

// Equal reports whether s and o are the same settings.
func (s Settings) Equal(o Settings) bool { return FormatSettings(s) == FormatSettings(o) }

// FormatSettings returns the stored form of s.
func FormatSettings(s Settings) string {
	var b strings.Builder
	fmt.Fprintf(&b, "v%d\n", SettingsVersion)
	fmt.Fprintf(&b, "music=%d\nsfx=%d\n", s.MusicVolume, s.SFXVolume)
	fmt.Fprintf(&b, "reduce-motion=%t\nfps=%t\nhigh-contrast=%t\nghost=%t\n", s.ReduceMotion, s.ShowFPS, s.HighContrast, s.Ghost)
	side := "left"
	if s.DpadRight {
		side = "right"
	}
	fmt.Fprintf(&b, "dpad=%s\ndpad-size=%d\n", side, s.DpadSize)
	for i, name := range BindingNames {
		fmt.Fprintf(&b, "key.%s=%s\n", name, strings.Join(s.Bindings[i], " "))
	}
	return b.String()
}

// ParseSettings reads settings stored by FormatSettings. Every value that
// is missing, malformed or out of range keeps its value from def, and so do
// all of them when the version is not SettingsVersion; unknown names are
// ignored. It never fails: notes name what it reset or ignored, empty when
// everything was read. Key names are only checked to be 1 to 24 letters and
// digits; whether the platform knows them is the caller's to check.
func ParseSettings(stored string, def Settings) (s Settings, notes []string) {
	s = def
	if len(stored) > maxSettingsLen {
		return def, []string{fmt.Sprintf("everything (%d bytes, limit %d)", len(stored), maxSettingsLen)}
	}
	lines := strings.Split(stored, "\n")
	if v := strings.TrimSpace(lines[0]); v != "v"+strconv.Itoa(SettingsVersion) {
		return def, []string{"everything (unknown version " + quote(v) + ")"}
	}
	seen := map[string]bool{}
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		if !ok || seen[name] {
			notes = append(notes, "line "+quote(line)+" (ignored)")
			continue
		}
		seen[name] = true
		if err := s.set(name, value, def); err != nil {
			notes = append(notes, err.Error())
		}
	}
	return s, notes
}

// maxSettingsLen bounds the stored settings worth parsing.
const maxSettingsLen = 4096

// set sets the setting called name from its stored value, or returns what
// it reset to def's value and why.
func (s *Settings) set(name, value string, def Settings) error {
	bad := func(what string) error {
		return fmt.Errorf("%s (%s is not %s)", name, quote(value), what)
	}
	switch name {
	case "music", "sfx":
		n, err := strconv.Atoi(value)
		if err != nil || n < 0 || n > MaxVolume || len(value) > 2 {
			return bad("a volume from 0 to 10")
		}
		if name == "music" {
			s.MusicVolume = n
		} else {
			s.SFXVolume = n
		}
	case "reduce-motion", "fps", "high-contrast", "ghost":
		b, err := strconv.ParseBool(value)
		if err != nil || (value != "true" && value != "false") {
			return bad("true or false")
		}
		switch name {
		case "reduce-motion":
			s.ReduceMotion = b
		case "fps":
			s.ShowFPS = b
		case "ghost":
			s.Ghost = b
		default:
			s.HighContrast = b
		}
	case "dpad":
		if value != "left" && value != "right" {
			return bad("left or right")
		}
		s.DpadRight = value == "right"
	case "dpad-size":
		n, err := strconv.Atoi(value)
		if err != nil || n < 1 || n > MaxDpadSize || len(value) > 1 {
			return bad("a size from 1 to 3")
		}
		s.DpadSize = n
	default:
		action, ok := strings.CutPrefix(name, "key.")
		for i, n := range BindingNames {
			if ok && action == n {
				keys, err := parseKeys(value)
				if err != nil {
					return fmt.Errorf("%s (%v)", name, err)
				}
				s.Bindings[i] = keys
				return nil
			}
		}
		return fmt.Errorf("unknown setting %s (ignored)", quote(name))
	}
	return nil
}

// parseKeys parses a space-separated list of key names.
func parseKeys(value string) ([]string, error) {
	keys := strings.Fields(value)
	if len(keys) == 0 || len(keys) > MaxKeysPerAction {
		return nil, fmt.Errorf("%d keys, want 1 to %d", len(keys), MaxKeysPerAction)
	}
	for _, k := range keys {
		if !validKeyName(k) {
			return nil, fmt.Errorf("%s is not a key name", quote(k))
		}
	}
	return keys, nil
}

// validKeyName reports whether k is 1 to 24 ASCII letters and digits.
func validKeyName(k string) bool {
	if k == "" || len(k) > maxKeyNameLen {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// LoadSettings reads the stored settings, starting from def, and returns
// notes naming what it reset or ignored, as ParseSettings does, for the
// caller to report at once. Missing settings give def and no note.
func (s *Saver) LoadSettings(def Settings) (Settings, []string) {
	raw, ok, err := s.store.Get(keySettings)
	if err != nil {
		return def, []string{fmt.Sprintf("everything (cannot read them: %v)", err)}
	}
	if !ok {
		return def, nil
	}
	return ParseSettings(raw, def)
}

// SetSettings stores the settings. A failed write is reported once per
// Saver through warn, like the other writes, and returned.
func (s *Saver) SetSettings(v Settings) error {
	if err := s.store.Set(keySettings, FormatSettings(v)); err != nil {
		err = fmt.Errorf("save: write settings: %w", err)
		if !s.warnedWrite {
			s.warnedWrite = true
			s.warn(fmt.Sprintf("save: cannot save the settings (%v); they are kept for this session only", err))
		}
		return err
	}
	return nil
}
