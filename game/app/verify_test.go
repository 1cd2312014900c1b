package app

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"swarmfield/game"
	"swarmfield/game/internal/testkit"
	"swarmfield/game/replay"
)

const golden = "../testdata/golden.replay"

func TestVerifyReplay(t *testing.T) {
	data := testkit.ReadFile(t, golden)
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
	wrongVersion = testkit.Reseal(wrongVersion)
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
		name string
		path string
		out  []string
		err  []string
	}{
		{"golden", golden,
			[]string{fmt.Sprintf("tick %d score %d hash %016x", want.Ticks, want.Score, want.Hash), fmt.Sprintf("ok: %d checkpoints", len(rp.Checkpoints))}, nil},
		{"divergent", file("divergent.replay", divergent),
			[]string{"tick 300 score"},
			[]string{"state diverged between ticks 241 and 300", fmt.Sprintf("recorded hash %016x, replayed hash %016x", tampered.Checkpoints[4], rp.Checkpoints[4])}},
		{"missing", filepath.Join(dir, "nope.replay"), nil, []string{"no such file"}},
		{"directory", dir, nil, []string{"is a directory"}},
		{"empty", file("empty.replay", nil), nil, []string{"truncated"}},
		{"truncated", file("short.replay", data[:len(data)/2]), nil, []string{"truncated"}},
		{"corrupt", file("corrupt.replay", corrupt), nil, []string{"checksum mismatch"}},
		{"wrong version", file("v2.replay", wrongVersion), nil, []string{"format version 2 is not supported"}},
		{"not a replay", file("x.png", []byte("\x89PNG\r\n\x1a\n0123456789")), nil, []string{"not a Swarmfield replay"}},
		{"too large", huge, nil, []string{"too large"}},
		{"unknown flag", file("flag.replay", unknownFlag), nil, []string{"unknown start flags"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := VerifyReplay(tt.path, &out)
			if (err == nil) != (tt.err == nil) {
				t.Errorf("error %v, want one: %v\noutput: %s", err, tt.err != nil, &out)
			}
			for _, s := range tt.out {
				if !strings.Contains(out.String(), s) {
					t.Errorf("output %q lacks %q", &out, s)
				}
			}
			if tt.out == nil && strings.Contains(out.String(), "hash ") {
				t.Errorf("output %q reports a run that was never played", &out)
			}
			for _, s := range tt.err {
				if err == nil || !strings.Contains(err.Error(), s) {
					t.Errorf("error %v lacks %q", err, s)
				}
			}
		})
	}
}
