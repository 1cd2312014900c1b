//go:build !js

package app

import (
	"errors"
	"strings"
	"testing"

	"swarmfield/assets"
	"swarmfield/game/replay"
)

// TestEndMessage checks the replay viewer's last status line: what it says for
// each ending, and that even the longest fits the status bar.
func TestEndMessage(t *testing.T) {
	// One 8-byte checkpoint per interval bounds a replay's ticks, and a
	// run scores at most a point per tick.
	const longest = replay.MaxFileSize / 8 * replay.CheckpointInterval
	const hash = 1<<64 - 1
	// The panel on a phone held upright, 390 CSS pixels wide.
	fits := int((390 - 2*marginCSS) / assets.GlyphAdvance)
	for _, tc := range []struct {
		err  error
		want string
	}{
		{nil, "END: every checkpoint and the end match"},
		{&replay.Divergence{Tick: 180, Want: 0xab, Got: 0xcd}, "DIVERGED between ticks 121 and 180"},
		{&replay.Divergence{Tick: longest, Want: hash, Got: hash}, "DIVERGED between ticks"},
		{&replay.Divergence{Tick: 3294, Final: true, Want: 1, Got: 2, WantScore: 7, GotScore: 8}, "DIVERGED at the end: scored 8, not 7"},
		{&replay.Divergence{Tick: longest, Final: true, Want: hash, Got: hash, WantScore: longest, GotScore: longest}, "DIVERGED at the end"},
		{errors.New("game: the run ended at tick 5"), "DIVERGED: the run ended before the recording did"},
	} {
		got := endMessage(tc.err)
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("endMessage(%v) = %q, want it to start with %q", tc.err, got, tc.want)
		}
		if len(got) > fits {
			t.Errorf("endMessage(%v) is %d characters, more than the %d that fit", tc.err, len(got), fits)
		}
	}
}
