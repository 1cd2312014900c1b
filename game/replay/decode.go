package replay

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
)

// MaxFileSize is the largest replay file that Parse and Read accept: 64 MiB.
const MaxFileSize = 64 << 20

// Read reads a whole replay file or replay code from r and parses it. It
// reads at most MaxFileSize+1 bytes. Text that starts with "SWF" and a
// digit, after any whitespace, is read as a replay code; anything else as
// a replay file.
func Read(r io.Reader) (*Replay, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("replay: read: %w", err)
	}
	if len(data) > MaxFileSize {
		return nil, errorf(ErrTooLarge, "replay too large: more than %d bytes (limit 64 MiB)", MaxFileSize)
	}
	if isCode(data) {
		return parseCode(data)
	}
	return Parse(data)
}

// ReadFile reads and parses the replay file at path. Its errors name the
// file.
func ReadFile(path string) (*Replay, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rp, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rp, nil
}

// UnmarshalBinary replaces rp with the replay that data encodes.
func (rp *Replay) UnmarshalBinary(data []byte) error {
	p, err := Parse(data)
	if err != nil {
		return err
	}
	*rp = *p
	return nil
}

// Parse decodes a replay file. It never retains data.
//
// The errors it returns wrap ErrTooLarge, ErrNotReplay, ErrVersion,
// ErrTruncated, ErrChecksum or ErrMalformed. A file that is damaged rather
// than cut short is reported as a checksum mismatch.
func Parse(data []byte) (*Replay, error) {
	if len(data) > MaxFileSize {
		return nil, errorf(ErrTooLarge, "replay too large: %d bytes (limit 64 MiB)", len(data))
	}
	if !bytes.HasPrefix(data, []byte(Magic)) {
		if len(data) < len(Magic) && bytes.HasPrefix([]byte(Magic), data) {
			return nil, truncated(len(Magic)-len(data), len(data))
		}
		return nil, ErrNotReplay
	}
	d := decoder{buf: data, off: len(Magic)}
	version, err := d.uint16()
	if err != nil {
		return nil, err
	}
	if version != FormatVersion {
		return nil, errorf(ErrVersion, "replay format version %d is not supported (want %d)", version, FormatVersion)
	}
	if len(data) < fixedSize {
		return nil, truncated(fixedSize-len(data), len(data))
	}

	body, trailer := data[:len(data)-4], data[len(data)-4:]
	intact := crc32.ChecksumIEEE(body) == binary.LittleEndian.Uint32(trailer)
	d.buf = body
	d.damaged = !intact
	rp, err := d.replay()
	switch {
	case err == nil && !intact,
		err != nil && !intact && !errors.Is(err, ErrTruncated):
		return nil, ErrChecksum
	case err != nil:
		return nil, err
	}
	return rp, nil
}

// replay decodes the fields that follow the format version.
func (d *decoder) replay() (*Replay, error) {
	rp := new(Replay)
	var err error
	if rp.Version, err = d.version(); err != nil {
		return nil, err
	}
	if rp.Seed, err = d.uint64(); err != nil {
		return nil, err
	}
	if rp.StartHazards, err = d.uint32(); err != nil {
		return nil, err
	}
	if rp.Flags, err = d.uint32(); err != nil {
		return nil, err
	}
	if rp.Ticks, err = d.uvarint("tick count"); err != nil {
		return nil, err
	}
	if err = d.runs(rp); err != nil {
		return nil, err
	}
	if rp.Checkpoints, err = d.checkpoints(rp.Ticks); err != nil {
		return nil, err
	}
	if rp.Score, err = d.uint32(); err != nil {
		return nil, err
	}
	if rp.FinalHash, err = d.uint64(); err != nil {
		return nil, err
	}
	if rest := len(d.buf) - d.off; rest != 0 {
		return nil, errorf(ErrMalformed, "%d unexpected bytes at offset %d", rest, d.off)
	}
	return rp, nil
}

// version decodes the build version string.
func (d *decoder) version() (string, error) {
	at := d.off
	n, err := d.uvarint("version length")
	if err != nil {
		return "", err
	}
	if n > MaxVersionLen {
		return "", errorf(ErrMalformed, "version string of %d bytes at offset %d (limit %d)", n, at, MaxVersionLen)
	}
	b, err := d.bytes(int(n))
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// runs decodes the input runs into rp, checking that they are canonical
// and cover exactly rp.Ticks ticks.
func (d *decoder) runs(rp *Replay) error {
	at := d.off
	n, err := d.uvarint("run count")
	if err != nil {
		return err
	}
	// Each run takes at least two bytes.
	if rest := uint64(len(d.buf) - d.off); n > rest/2 {
		return d.tooFew(n, "runs", at, rest)
	}
	start := d.off
	var sum uint64
	prev := -1
	for i := range n {
		at := d.off
		value, err := d.uvarint("input")
		if err != nil {
			return err
		}
		if value > 0xFFFF {
			return errorf(ErrMalformed, "input %#x of run %d at offset %d exceeds 16 bits", value, i, at)
		}
		if int(value) == prev {
			return errorf(ErrMalformed, "run %d at offset %d repeats the input of the run before it", i, at)
		}
		prev = int(value)
		at = d.off
		count, err := d.uvarint("run length")
		if err != nil {
			return err
		}
		if count == 0 {
			return errorf(ErrMalformed, "run %d at offset %d is empty", i, at)
		}
		if count > rp.Ticks-sum {
			return errorf(ErrMalformed, "runs cover more than the %d ticks declared", rp.Ticks)
		}
		sum += count
	}
	if sum != rp.Ticks {
		return errorf(ErrMalformed, "runs cover %d ticks, but %d ticks are declared", sum, rp.Ticks)
	}
	rp.runs = bytes.Clone(d.buf[start:d.off])
	rp.numRuns = n
	rp.inputTicks = sum
	return nil
}

// checkpoints decodes the checkpoint hashes of a run of the given length.
func (d *decoder) checkpoints(ticks uint64) ([]uint64, error) {
	at := d.off
	n, err := d.uvarint("checkpoint count")
	if err != nil {
		return nil, err
	}
	// One checkpoint per interval, no fewer: a replay's length in ticks is
	// then bounded by its size in bytes, and every interval is checked.
	if want := ticks / CheckpointInterval; n != want {
		return nil, errorf(ErrMalformed, "%d checkpoints declared at offset %d for %d ticks (want %d)", n, at, ticks, want)
	}
	if rest := uint64(len(d.buf) - d.off); n > rest/8 {
		return nil, d.tooFew(n, "checkpoints", at, rest)
	}
	hashes := make([]uint64, n)
	for i := range hashes {
		hashes[i], _ = d.uint64() // length checked above
	}
	return hashes, nil
}

// decoder reads the fields of a replay file from buf, starting at off.
type decoder struct {
	buf []byte
	off int
	// damaged is set when the checksum does not match: a count larger
	// than the bytes left then means the file was cut short.
	damaged bool
}

// tooFew returns the error for n items declared at offset at, with only
// rest bytes left to hold them: the file was cut short, or, if its
// checksum matches, written wrongly.
func (d *decoder) tooFew(n uint64, what string, at int, rest uint64) error {
	if d.damaged {
		return errorf(ErrTruncated, "truncated or damaged: %d %s declared at offset %d, but only %d bytes remain", n, what, at, rest)
	}
	return errorf(ErrMalformed, "%d %s declared at offset %d, but only %d bytes remain", n, what, at, rest)
}

// truncated returns the error for a file that ends need bytes too early,
// at offset off.
func truncated(need, off int) error {
	return errorf(ErrTruncated, "truncated: need %d more bytes at offset %d", need, off)
}

// bytes returns the next n bytes.
func (d *decoder) bytes(n int) ([]byte, error) {
	if rest := len(d.buf) - d.off; n > rest {
		return nil, truncated(n-rest, d.off)
	}
	b := d.buf[d.off : d.off+n]
	d.off += n
	return b, nil
}

func (d *decoder) uint16() (uint16, error) {
	b, err := d.bytes(2)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint16(b), nil
}

func (d *decoder) uint32() (uint32, error) {
	b, err := d.bytes(4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

func (d *decoder) uint64() (uint64, error) {
	b, err := d.bytes(8)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b), nil
}

// uvarint decodes a minimally encoded uvarint; what names the field for
// error messages.
func (d *decoder) uvarint(what string) (uint64, error) {
	v, n := binary.Uvarint(d.buf[d.off:])
	switch {
	case n == 0:
		return 0, truncated(1, len(d.buf))
	case n < 0:
		return 0, errorf(ErrMalformed, "%s at offset %d overflows 64 bits", what, d.off)
	case n > 1 && d.buf[d.off+n-1] == 0:
		return 0, errorf(ErrMalformed, "%s at offset %d is not minimally encoded", what, d.off)
	}
	d.off += n
	return v, nil
}
