package main

import (
	"bytes"
	"strings"
	"testing"
)

const golden = "game/testdata/golden.replay"

// TestRunExitStatus runs the command without a window: 0 for -h and for a
// replay that verifies, 1 for one that cannot be played or a profile that
// cannot be written, 2 for bad flags.
func TestRunExitStatus(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  string // in stdout or stderr
	}{
		{[]string{"-hazards", "x"}, 2, "Usage: swarmfield"},
		{[]string{"-headless"}, 2, "-headless needs -replay"},
		{[]string{"-h"}, 0, "-hazards"},
		{[]string{"-replay", golden, "-headless"}, 0, "ok: 54 checkpoints and the final state match"},
		{[]string{"-replay", "no/such.replay", "-headless"}, 1, "swarmfield: open no/such.replay: no such file"},
		{[]string{"-replay", "no/such.replay"}, 1, "no such file"},
		// The heap profile is written at the end; failing to is a failure.
		{[]string{"-replay", golden, "-headless", "-memprofile", "no/such/mem.out"}, 1, "no/such/mem.out"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		if code := run(tt.args, &out, &out); code != tt.code || !strings.Contains(out.String(), tt.out) {
			t.Errorf("%q: exit status %d, output %q; want %d with %q", tt.args, code, &out, tt.code, tt.out)
		}
	}
}
