package replay

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"swarmfield/game/internal/testkit"
)

// zeros is an endless reader of zero bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestCraftedFileParses(t *testing.T) {
	// The control for the crafted error cases below.
	data := craft(rawHeader, uv(9), uv(2, 1, 5, 0x8001, 4), uv(0), rawEnd)
	rp, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []Input{1, 1, 1, 1, 1, 0x8001, 0x8001, 0x8001, 0x8001}
	if got := inputsOf(rp); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("inputs %v, want %v", got, want)
	}
	if rp.Version != "v1" || rp.Seed != 7 || rp.StartHazards != 3 || rp.Flags != 1 || rp.Score != 1234 || rp.FinalHash != 0xfeedface {
		t.Fatalf("parsed %+v", rp)
	}
}

func TestParseErrors(t *testing.T) {
	valid := record(t, 11, 200).marshal(t)
	version7 := bytes.Clone(valid)
	binary.LittleEndian.PutUint16(version7[len(Magic):], 7)
	flipped := bytes.Clone(valid)
	flipped[len(Magic)+2+1+len("v0.3.1-test")] ^= 0x10 // a bit of the seed
	n := len(valid)

	tests := []struct {
		name string
		data []byte
		kind error
		msg  string
	}{
		{"empty", nil, ErrTruncated, "truncated: need 9 more bytes at offset 0"},
		{"half magic", []byte("SWFRE"), ErrTruncated, "need 4 more bytes at offset 5"},
		{"no version", []byte(Magic + "\x01"), ErrTruncated, "need 1 more bytes at offset 9"},
		{"bad magic", []byte("PK\x03\x04 a zip file, not a replay"), ErrNotReplay, "not a Swarmfield replay"},
		{"version 7", version7, ErrVersion, "replay format version 7 is not supported (want 1)"},
		{"bit flip", flipped, ErrChecksum, "checksum mismatch: file corrupted"},
		{"last byte cut", valid[:n-1], ErrTruncated, fmt.Sprintf("need 1 more bytes at offset %d", n-12)},
		{"8 bytes cut", valid[:n-8], ErrTruncated, fmt.Sprintf("need 8 more bytes at offset %d", n-12)},
		{"header only", valid[:30], ErrTruncated, "truncated: need"},
		{"trailing byte", testkit.Reseal(append(bytes.Clone(valid), 0, 0, 0, 0, 0)), ErrMalformed, "5 unexpected bytes at offset"},
		{"runs short", craft(rawHeader, uv(10), uv(2, 1, 5, 2, 4), uv(0), rawEnd), ErrMalformed, "runs cover 9 ticks, but 10 ticks are declared"},
		{"runs long", craft(rawHeader, uv(8), uv(2, 1, 5, 2, 4), uv(0), rawEnd), ErrMalformed, "runs cover more than the 8 ticks declared"},
		{"run overflow", craft(rawHeader, uv(10), uv(2, 1, 5, 2, 1<<64-1), uv(0), rawEnd), ErrMalformed, "runs cover more than the 10 ticks declared"},
		{"absurd run count", craft(rawHeader, uv(9), uv(1<<40, 1, 5, 2, 4), uv(0), rawEnd), ErrMalformed, "1099511627776 runs declared at offset 31, but only 17 bytes remain"},
		{"absurd checkpoint count", craft(rawHeader, uv(60<<40), uv(1, 1, 60<<40), uv(1<<40), rawEnd), ErrMalformed, "1099511627776 checkpoints declared at offset 46, but only 12 bytes remain"},
		{"too many checkpoints", craft(rawHeader, uv(119), uv(1, 1, 119), uv(2), u64(1), u64(2), rawEnd), ErrMalformed, "2 checkpoints declared at offset 34 for 119 ticks (want 1)"},
		{"too few checkpoints", craft(rawHeader, uv(120), uv(1, 1, 120), uv(1), u64(1), rawEnd), ErrMalformed, "1 checkpoints declared at offset 34 for 120 ticks (want 2)"},
		// Without its checkpoints, a few bytes could declare a run of
		// months: the count keeps a replay's length bounded by its size.
		{"long run without checkpoints", craft(rawHeader, uv(1<<40), uv(1, 1, 1<<40), uv(0), rawEnd), ErrMalformed, "0 checkpoints declared at offset 44 for 1099511627776 ticks (want 18325193796)"},
		{"repeated input", craft(rawHeader, uv(9), uv(2, 1, 5, 1, 4), uv(0), rawEnd), ErrMalformed, "run 1 at offset 34 repeats the input"},
		{"empty run", craft(rawHeader, uv(9), uv(3, 1, 5, 2, 0, 3, 4), uv(0), rawEnd), ErrMalformed, "run 1 at offset 35 is empty"},
		{"wide input", craft(rawHeader, uv(9), uv(1, 0x10000, 9), uv(0), rawEnd), ErrMalformed, "input 0x10000 of run 0 at offset 32 exceeds 16 bits"},
		{"long varint", craft(rawHeader, []byte{0x89, 0x00}, uv(1, 1, 9), uv(0), rawEnd), ErrMalformed, "tick count at offset 30 is not minimally encoded"},
		{"varint overflow", craft(rawHeader, bytes.Repeat([]byte{0xff}, 11), uv(0), rawEnd), ErrMalformed, "tick count at offset 30 overflows 64 bits"},
		{"long version", craft(uv(300), make([]byte, 300), u64(1), u32(0), u32(0), uv(0, 0, 0), rawEnd), ErrMalformed, "version string of 300 bytes at offset 11 (limit 255)"},
		{"damaged and malformed", testkit.Reseal(craft(rawHeader, uv(9), uv(2, 1, 5, 1, 4), uv(0), rawEnd))[:60], ErrChecksum, "checksum mismatch"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rp, err := Parse(tc.data)
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", rp)
			}
			if rp != nil {
				t.Errorf("Parse returned a replay along with error %v", err)
			}
			if !errors.Is(err, tc.kind) {
				t.Errorf("error %q is not %q", err, tc.kind)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not contain %q", err, tc.msg)
			}
			if !strings.HasPrefix(err.Error(), "replay: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestEveryTruncationFails(t *testing.T) {
	valid := record(t, 12, 300).marshal(t)
	for n := range len(valid) {
		_, err := Parse(valid[:n])
		if !errors.Is(err, ErrTruncated) || !strings.Contains(err.Error(), "truncated") {
			t.Fatalf("cut to %d of %d bytes: error %v, want truncated", n, len(valid), err)
		}
	}
}

func TestTooLarge(t *testing.T) {
	_, err := Parse(make([]byte, MaxFileSize+1))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "replay too large: 67108865 bytes (limit 64 MiB)") {
		t.Fatalf("Parse: %v", err)
	}
	_, err = Read(zeros{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Read of an endless stream: %v", err)
	}
}

// failingReader returns some bytes, then an error.
type failingReader struct{ sent bool }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.sent {
		return 0, io.ErrUnexpectedEOF
	}
	r.sent = true
	return copy(p, Magic), nil
}

func TestReadError(t *testing.T) {
	_, err := Read(&failingReader{})
	if !errors.Is(err, io.ErrUnexpectedEOF) || !strings.HasPrefix(err.Error(), "replay: read: ") {
		t.Fatalf("Read: %v", err)
	}
}
