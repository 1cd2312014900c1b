package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"swarmfield/game"
	"swarmfield/game/replay"
)

const golden = "game/testdata/golden.replay"

// reseal recomputes a replay file's CRC-32 trailer after an edit.
func reseal(data []byte) []byte {
	body := data[:len(data)-4]
	return binary.LittleEndian.AppendUint32(append([]byte(nil), body...), crc32.ChecksumIEEE(body))
}

func TestReplayHeadless(t *testing.T) {
	data := readFileT(t, golden)
	rp, err := replay.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	want, err := game.Verify(rp, nil)
	if err != nil {
		t.Fatal(err)
	}
	tampered := *rp
	tampered.Checkpoints = append([]uint64(nil), rp.Checkpoints...)
	tampered.Checkpoints[4] ^= 0xff
	divergent, err := tampered.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	corrupt := append([]byte(nil), data...)
	corrupt[len(corrupt)/2] ^= 0x10
	wrongVersion := append([]byte(nil), data...)
	binary.LittleEndian.PutUint16(wrongVersion[len(replay.Magic):], 2)
	wrongVersion = reseal(wrongVersion)
	flagged := *rp
	flagged.Flags |= 1 << 9
	unknownFlag, err := flagged.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	file := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	huge := file("huge.replay", data)
	if err := os.Truncate(huge, replay.MaxFileSize+1); err != nil { // sparse
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr []string
	}{
		{"golden", []string{"-replay", golden, "-headless"}, 0,
			[]string{fmt.Sprintf("tick %d score %d hash %016x", want.Ticks, want.Score, want.Hash), fmt.Sprintf("ok: %d checkpoints", len(rp.Checkpoints))}, nil},
		{"divergent", []string{"-headless", "-replay", file("divergent.replay", divergent)}, 1,
			[]string{"tick 300 score"},
			[]string{"state diverged between ticks 241 and 300", fmt.Sprintf("recorded hash %016x, replayed hash %016x", tampered.Checkpoints[4], rp.Checkpoints[4])}},
		{"missing", []string{"-replay", filepath.Join(dir, "nope.replay"), "-headless"}, 1, nil, []string{"no such file"}},
		{"directory", []string{"-replay", dir, "-headless"}, 1, nil, []string{"is a directory"}},
		{"empty", []string{"-replay", file("empty.replay", nil), "-headless"}, 1, nil, []string{"truncated"}},
		{"truncated", []string{"-replay", file("short.replay", data[:len(data)/2]), "-headless"}, 1, nil, []string{"truncated"}},
		{"corrupt", []string{"-replay", file("corrupt.replay", corrupt), "-headless"}, 1, nil, []string{"checksum mismatch"}},
		{"wrong version", []string{"-replay", file("v2.replay", wrongVersion), "-headless"}, 1, nil, []string{"format version 2 is not supported"}},
		{"not a replay", []string{"-replay", file("x.png", []byte("\x89PNG\r\n\x1a\n0123456789")), "-headless"}, 1, nil, []string{"not a Swarmfield replay"}},
		{"too large", []string{"-replay", huge, "-headless"}, 1, nil, []string{"too large"}},
		{"unknown flag", []string{"-replay", file("flag.replay", unknownFlag), "-headless"}, 1, nil, []string{"unknown start flags"}},
		{"headless alone", []string{"-headless"}, 2, nil, []string{"-headless needs -replay", "Usage: swarmfield"}},
		{"record and replay", []string{"-record", "a.replay", "-replay", golden}, 2, nil, []string{"cannot be used together"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit status %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, &stdout, &stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("stdout %q lacks %q", &stdout, s)
				}
			}
			if tt.stdout == nil && strings.Contains(stdout.String(), "hash ") {
				t.Errorf("stdout %q reports a run that was never played", &stdout)
			}
			for _, s := range tt.stderr {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr %q lacks %q", &stderr, s)
				}
			}
		})
	}
}

// TestDesktopReplayWindow plays a replay with a wrong checkpoint in the
// window under Xvfb, and checks that the divergence is reported and the
// playback screen drawn. It skips without Xvfb, except under CI.
func TestDesktopReplayWindow(t *testing.T) {
	rp, err := replay.Parse(readFileT(t, golden))
	if err != nil {
		t.Fatal(err)
	}
	rp.Checkpoints[1] ^= 1 // tick 120: 2 s in at 1x
	divergent, err := rp.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "divergent.replay")
	if err := os.WriteFile(path, divergent, 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "replay.png")
	code, out := runDesktop(t, dir, "-replay", path, "-frames", "200", "-screenshot", shot)
	if code != 0 {
		t.Fatalf("the replay window failed with status %d:\n%s", code, out)
	}
	if !strings.Contains(out, "replay diverged at tick 120") || !strings.Contains(out, "between ticks 61 and 120") {
		t.Errorf("the window did not report the divergence at tick 120; output:\n%s", out)
	}
	img := decodePNG(t, shot)
	checkDrawn(t, img, image.Pt(800, 600))
	// The status bar at the bottom ends with the divergence in red, bright
	// over the bar's shade, which dims whatever lies beneath.
	bar := image.Rect(0, 600-58, 800, 600)
	red := func(c color.RGBA) bool { return c.R >= 240 && c.G >= 70 && c.G <= 110 && c.B >= 85 && c.B <= 120 }
	if n := countPixels(img, bar, red); n < 200 {
		t.Errorf("the status bar has only %d pixels of the divergence line's red", n)
	}
}
