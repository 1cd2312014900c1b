package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"swarmfield/game/replay"
)

// TestReplayHeadlessCode checks that -replay FILE -headless takes a replay
// code as well as a replay file, and plays both to the same end with
// every checkpoint matched; and that a broken code gets one sentence and
// exit status 1.
func TestReplayHeadlessCode(t *testing.T) {
	data, err := os.ReadFile("game/testdata/golden.replay")
	if err != nil {
		t.Fatal(err)
	}
	rp, err := replay.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	code, err := rp.Code()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("the golden replay: %d ticks, file %d bytes, code %d bytes", rp.Ticks, len(data), len(code))
	// Pasted into a mail, with its lines broken.
	var wrapped strings.Builder
	for rest := code; rest != ""; {
		n := min(len(rest), 76)
		wrapped.WriteString(rest[:n] + "\r\n")
		rest = rest[n:]
	}
	dir := t.TempDir()
	file := func(name, data string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}

	var ends []string
	for _, path := range []string{file("golden.replay", string(data)), file("code.txt", code+"\n"), file("mail.txt", wrapped.String())} {
		var stdout, stderr bytes.Buffer
		if status := run([]string{"-replay", path, "-headless"}, &stdout, &stderr); status != 0 {
			t.Fatalf("%s: exit status %d\nstdout: %s\nstderr: %s", path, status, &stdout, &stderr)
		}
		if !strings.Contains(stdout.String(), "ok: 54 checkpoints and the final state match") {
			t.Errorf("%s: not every checkpoint matched:\n%s", path, &stdout)
		}
		lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
		ends = append(ends, lines[len(lines)-2])
	}
	if ends[0] != ends[1] || ends[0] != ends[2] || !strings.HasPrefix(ends[0], "tick 3294 score 28 hash ") {
		t.Errorf("the file and the codes end differently: %q", ends)
	}

	for _, tc := range []struct {
		name, code, msg string
	}{
		{"truncated", code[:len(code)/2], "the replay code is cut short: copy all of it, from SWF1. to its last character"},
		{"wrong checksum", code[:5] + "AAAAA" + code[10:], "the replay code is damaged: its checksum does not match"},
		{"unknown version", "SWF9." + code[5:], "replay code version SWF9 is not supported: this build reads SWF1 codes"},
		{"not base64", code[:20] + "*" + code[21:], "the replay code contains '*', which cannot be part of a code"},
		{"too long", "SWF1." + strings.Repeat("AAAA", 64<<10), "the replay code is too long: 262149 bytes (limit 256 KiB)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := file(tc.name+".txt", tc.code)
			var stdout, stderr bytes.Buffer
			if status := run([]string{"-replay", path, "-headless"}, &stdout, &stderr); status != 1 {
				t.Errorf("exit status %d, want 1", status)
			}
			want := "swarmfield: " + path + ": replay: " + tc.msg + "\n"
			if stderr.String() != want {
				t.Errorf("stderr %q, want %q", &stderr, want)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout %q, want nothing", &stdout)
			}
		})
	}
}
