package replay

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// codeOf returns the replay code of a recording.
func codeOf(t testing.TB, r recording) string {
	t.Helper()
	code, err := r.rec.Replay().Code()
	if err != nil {
		t.Fatalf("Code: %v", err)
	}
	return code
}

// readCode reads a replay code or file through Read, the entry point for
// files and pastes.
func readCode(code string) (*Replay, error) {
	return Read(strings.NewReader(code))
}

// makeCode builds a code around deflated data, with its checksum xor
// damage.
func makeCode(deflated []byte, damage uint32) string {
	payload := append(binary.LittleEndian.AppendUint32(nil, crc32.ChecksumIEEE(deflated)^damage), deflated...)
	return CodePrefix + base64.RawURLEncoding.EncodeToString(payload)
}

// deflate compresses data.
func deflate(t testing.TB, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCodeRoundTrip(t *testing.T) {
	for _, ticks := range []int{0, 1, 59, 60, 61, 10_000} {
		r := record(t, uint64(ticks)+7, ticks)
		data := r.marshal(t)
		code := codeOf(t, r)
		if !strings.HasPrefix(code, "SWF1.") {
			t.Fatalf("%d ticks: code %.20q... lacks the prefix SWF1.", ticks, code)
		}
		for _, c := range code[len("SWF1."):] {
			if !strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", c) {
				t.Fatalf("%d ticks: code holds %q, which is not base64url without padding", ticks, c)
			}
		}
		rp, err := readCode(code)
		if err != nil {
			t.Fatalf("%d ticks: Read of the code: %v", ticks, err)
		}
		if got, err := rp.MarshalBinary(); err != nil || !bytes.Equal(got, data) {
			t.Fatalf("%d ticks: the code read back differs from the replay (err %v)", ticks, err)
		}
	}
}

// wrap breaks code into lines of width characters, as mail and chat
// programs do.
func wrap(code string, width int, eol string) string {
	var b strings.Builder
	for len(code) > width {
		b.WriteString(code[:width] + eol)
		code = code[width:]
	}
	b.WriteString(code)
	return b.String()
}

func TestCodeToleratesWhitespace(t *testing.T) {
	r := record(t, 31, 3000)
	data := r.marshal(t)
	code := codeOf(t, r)
	for name, pasted := range map[string]string{
		"lines of 76":             wrap(code, 76, "\n"),
		"CRLF lines of 64":        "\r\n" + wrap(code, 64, "\r\n") + "\r\n",
		"spaces and tabs":         "  \t" + wrap(code, 10, " \t ") + " \n",
		"break after SWF1.":       "SWF1.\n" + code[5:],
		"break inside SWF1":       "SW\nF1 ." + code[5:],
		"vertical tab, form feed": "\v\f" + code + "\f",
	} {
		rp, err := readCode(pasted)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got, _ := rp.MarshalBinary(); !bytes.Equal(got, data) {
			t.Errorf("%s: read back a different replay", name)
		}
	}
}

func TestReadTakesFileOrCode(t *testing.T) {
	r := record(t, 32, 500)
	data := r.marshal(t)
	for name, in := range map[string]string{"file": string(data), "code": codeOf(t, r)} {
		rp, err := readCode(in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got, _ := rp.MarshalBinary(); !bytes.Equal(got, data) {
			t.Fatalf("%s: read back a different replay", name)
		}
	}
}

// codeError checks that err is a player-facing error of the given kind:
// one sentence that says msg.
func codeError(t *testing.T, err error, kind error, msg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %q", msg)
	}
	if !errors.Is(err, kind) {
		t.Errorf("error %q is not %q", err, kind)
	}
	if s := err.Error(); !strings.Contains(s, msg) || !strings.HasPrefix(s, "replay: ") || strings.ContainsAny(s, "\n\r") {
		t.Errorf("error %q is not the one sentence %q with the package prefix", s, msg)
	}
}

func TestCodeErrors(t *testing.T) {
	r := record(t, 33, 2000)
	data := r.marshal(t)
	code := codeOf(t, r)
	payload, err := base64.RawURLEncoding.DecodeString(code[5:])
	if err != nil {
		t.Fatal(err)
	}
	mid := len(code) / 2
	flip := func(c byte) byte {
		if c == 'A' {
			return 'B'
		}
		return 'A'
	}
	flipped := code[:mid] + string(flip(code[mid])) + code[mid+1:]
	// A code whose base64 length is a multiple of 4, to which one more
	// character cannot add a byte.
	var stray string
	for seed := uint64(1); (len(stray)-len("SWF1."))%4 != 0 || stray == ""; seed++ {
		stray = codeOf(t, record(t, seed, 300))
	}
	notReplay := []byte("a note, not a replay")
	damaged := bytes.Clone(data)
	damaged[len(damaged)/2] ^= 1

	tests := []struct {
		name string
		code string
		kind error
		msg  string
	}{
		{"wrong checksum", makeCode(payload[4:], 1), ErrChecksum, "the replay code is damaged: its checksum does not match"},
		{"character changed", flipped, ErrChecksum, "the replay code is damaged"},
		{"unknown version", "SWF9." + code[5:], ErrVersion, "replay code version SWF9 is not supported: this build reads SWF1 codes"},
		{"version 12", "SWF12." + code[5:], ErrVersion, "replay code version SWF12 is not supported"},
		{"no dot", "SWF1" + code[5:], ErrNotReplay, "not a Swarmfield replay code: a code starts with SWF1."},
		{"not base64", code[:mid] + "!" + code[mid+1:], ErrMalformed, "the replay code contains '!', which cannot be part of a code"},
		{"standard base64", code[:mid] + "+" + code[mid+1:], ErrMalformed, "contains '+'"},
		{"padding", code + "==", ErrMalformed, "contains '='"},
		{"non-ASCII", code[:mid] + "é" + code[mid:], ErrMalformed, "the replay code contains 'é', which cannot be part of a code"},
		{"too long", "SWF1." + strings.Repeat("A", maxCodeLen-4), ErrTooLarge, "the replay code is too long: 262145 bytes (limit 256 KiB)"},
		{"too long with whitespace", code + strings.Repeat("\n", maxCodeLen), ErrTooLarge, "the replay code is too long"},
		{"stray character", stray + "A", ErrTruncated, "the replay code is cut short, or has a stray character at its end"},
		{"data after the end", makeCode(append(bytes.Clone(payload[4:]), 0, 0, 0), 0), ErrMalformed, "the replay code has 3 bytes too many at its end"},
		{"garbage deflate", makeCode([]byte{0xff, 0xff, 0xff, 0xff}, 0), ErrChecksum, "the replay code is damaged: it does not decompress"},
		{"not a replay inside", makeCode(deflate(t, notReplay), 0), ErrNotReplay, "not a Swarmfield replay"},
		{"damaged replay inside", makeCode(deflate(t, damaged), 0), ErrChecksum, "checksum mismatch: file corrupted"},
		{"truncated replay inside", makeCode(deflate(t, data[:40]), 0), ErrTruncated, "truncated: need"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rp, err := readCode(tc.code)
			if rp != nil {
				t.Errorf("Read returned a replay along with error %v", err)
			}
			codeError(t, err, tc.kind, tc.msg)
		})
	}
}

func TestEveryCodeTruncationFails(t *testing.T) {
	code := codeOf(t, record(t, 34, 1800))
	for n := range len(code) {
		rp, err := parseCode([]byte(code[:n]))
		if rp != nil || !errors.Is(err, ErrTruncated) {
			t.Fatalf("cut to %d of %d characters: error %v, want truncated", n, len(code), err)
		}
	}
	_, err := parseCode([]byte(code[:len(code)-1]))
	codeError(t, err, ErrTruncated, "the replay code is cut short: copy all of it, from SWF1. to its last character")
}

// TestCodeBombStops feeds a code that inflates to more than 4 MiB of zero
// bytes: the decoder must stop at the cap rather than exhaust memory.
func TestCodeBombStops(t *testing.T) {
	bomb := makeCode(deflate(t, make([]byte, 64<<20)), 0)
	if len(bomb) > maxCodeLen {
		t.Fatalf("the bomb is %d bytes, over the code cap: it would not test inflating", len(bomb))
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	rp, err := readCode(bomb)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if rp != nil {
		t.Fatal("a replay came out of the bomb")
	}
	codeError(t, err, ErrTooLarge, "the replay code expands to more than 4 MiB")
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("a %d-byte code stopped at the 4 MiB cap after %v and %d allocated bytes", len(bomb), elapsed, allocated)
	// Reading 4 MiB with io.ReadAll allocates about twice that.
	if allocated > 16<<20 {
		t.Errorf("decoding the bomb allocated %d bytes, want at most 16 MiB", allocated)
	}
}

func TestCodeTooLongToWrite(t *testing.T) {
	// An hour with a new input on every tick.
	rng := rand.New(rand.NewPCG(3, 4))
	var held Input
	rp := recordPattern(t, hourTicks, func(tick int) Input { return mashInput(rng, tick, &held) }, rng.Uint64)
	code, err := rp.Code()
	if code != "" {
		t.Fatalf("Code returned %d bytes along with error %v", len(code), err)
	}
	codeError(t, err, ErrTooLarge, "the run is too long for a replay code: the code would be ")
}

func TestCodeOfHugeReplay(t *testing.T) {
	// Two million ticks that alternate between two inputs: a replay file
	// over 4 MiB, which deflates to far less than the code's cap.
	rp := recordPattern(t, 2_000_000, func(tick int) Input { return Input(tick % 2) }, func() uint64 { return 0 })
	code, err := rp.Code()
	if code != "" {
		t.Fatalf("Code returned %d bytes along with error %v", len(code), err)
	}
	codeError(t, err, ErrTooLarge, "the run is too long for a replay code: its replay is 4266723 bytes (limit 4 MiB); save the replay file instead")
}
