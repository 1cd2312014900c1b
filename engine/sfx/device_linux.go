//go:build linux && !android

package sfx

import (
	"os"
	"path/filepath"
)

// deviceLikely reports whether this Linux machine seems to have a sound
// server or sound card. Ebitengine ends the game with an error when it
// cannot open an audio device (as on a headless server or under Xvfb), so
// without one the game stays silent instead.
func deviceLikely() bool {
	if os.Getenv("PULSE_SERVER") != "" {
		return true
	}
	if dir := os.Getenv("XDG_RUNTIME_DIR"); dir != "" {
		for _, name := range []string{"pulse/native", "pipewire-0"} {
			if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
				return true
			}
		}
	}
	cards, _ := filepath.Glob("/dev/snd/pcmC*")
	return len(cards) > 0
}
