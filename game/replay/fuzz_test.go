package replay

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"testing"

	"swarmfield/game/internal/testkit"
)

func FuzzParse(f *testing.F) {
	empty, err := NewRecorder(Header{}).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	small := record(f, 21, 130).marshal(f)
	long := record(f, 22, 2000).marshal(f)
	f.Add(empty)
	f.Add(small)
	f.Add(long)
	f.Add(craft(rawHeader, uv(9), uv(2, 1, 5, 0x8001, 4), uv(0), rawEnd))
	// Mutations of valid files.
	f.Add(small[:len(small)/2])
	f.Add(small[:len(small)-1])
	f.Add(append(bytes.Clone(small), 0))
	flipped := bytes.Clone(small)
	flipped[40] ^= 0x81
	f.Add(flipped)
	f.Add(testkit.Reseal(flipped))
	version := bytes.Clone(empty)
	binary.LittleEndian.PutUint16(version[len(Magic):], 2)
	f.Add(version)
	f.Add(craft(rawHeader, uv(9), uv(2, 1, 5, 1, 4), uv(0), rawEnd))
	f.Add(craft(rawHeader, uv(1<<50), uv(1, 1, 1<<50), uv(1<<40), rawEnd))
	f.Add([]byte("SWFREPLAY"))
	f.Add([]byte{})

	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, data)
		if len(data) >= 4 {
			// With a valid CRC, mutations reach the structural checks.
			checkParse(t, testkit.Reseal(data))
		}
	})
}

// checkParse parses data and checks that a successful parse marshals back
// to the same bytes and yields as many inputs as it has ticks.
func checkParse(t *testing.T, data []byte) {
	rp, err := Parse(data)
	if err != nil {
		if rp != nil {
			t.Fatalf("Parse returned a replay along with error %v", err)
		}
		return
	}
	out, err := rp.MarshalBinary()
	if err != nil {
		t.Fatalf("MarshalBinary of a parsed replay: %v", err)
	}
	if !bytes.Equal(out, data) {
		t.Fatalf("re-marshalled replay differs:\n in  %x\n out %x", data, out)
	}
	if rp.Ticks > 1<<20 {
		return
	}
	c := rp.Cursor()
	var n uint64
	for {
		if _, ok := c.Next(); !ok {
			break
		}
		n++
	}
	if n != rp.Ticks {
		t.Fatalf("cursor yields %d inputs for %d ticks", n, rp.Ticks)
	}
}

func FuzzParseCode(f *testing.F) {
	empty, err := NewRecorder(Header{}).Replay().Code()
	if err != nil {
		f.Fatal(err)
	}
	small := codeOf(f, record(f, 23, 130))
	long := codeOf(f, record(f, 24, 2000))
	f.Add(empty)
	f.Add(small)
	f.Add(long)
	f.Add(wrap(small, 20, "\r\n"))
	f.Add(small[:len(small)/2])
	f.Add(small[:len(small)-1])
	f.Add(small + "AAAA")
	f.Add(small[:30] + "B" + small[31:])
	f.Add("SWF9." + small[5:])
	f.Add("SWF1." + small[6:])
	f.Add("SWF1.!")
	f.Add("SWF1.AAA")
	f.Add("SWF1")
	f.Add("")

	f.Fuzz(func(t *testing.T, code string) {
		rp, err := parseCode([]byte(code))
		if err != nil {
			if rp != nil {
				t.Fatalf("parseCode returned a replay along with error %v", err)
			}
			kinds := []error{ErrTooLarge, ErrNotReplay, ErrVersion, ErrTruncated, ErrChecksum, ErrMalformed}
			if !slices.ContainsFunc(kinds, func(k error) bool { return errors.Is(err, k) }) {
				t.Fatalf("error %q wraps none of the package's errors", err)
			}
			if s := err.Error(); !strings.HasPrefix(s, "replay: ") || strings.ContainsAny(s, "\r\n") {
				t.Fatalf("error %q is not one line with the package prefix", s)
			}
			return
		}
		// A code that parses holds a valid replay, which codes again
		// to one that reads back the same.
		data, err := rp.MarshalBinary()
		if err != nil {
			t.Fatalf("MarshalBinary of a parsed code: %v", err)
		}
		again, err := rp.Code()
		if err != nil {
			t.Fatalf("Code of a parsed code: %v", err)
		}
		back, err := parseCode([]byte(again))
		if err != nil {
			t.Fatalf("re-encoded code does not parse: %v", err)
		}
		if out, _ := back.MarshalBinary(); !bytes.Equal(out, data) {
			t.Fatal("re-encoded code holds a different replay")
		}
	})
}
