package replay

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
)

// Magic opens every replay file.
const Magic = "SWFREPLAY"

// FormatVersion is the version of the file format that this package writes
// and reads.
const FormatVersion = 1

// fixedSize is the size of a file's fixed-width fields: magic, format
// version, seed, start hazards, flags, final score, final hash and CRC.
const fixedSize = len(Magic) + 2 + 8 + 4 + 4 + 4 + 8 + 4

// AppendBinary appends the replay in the file format to b.
func (rp *Replay) AppendBinary(b []byte) ([]byte, error) {
	if err := rp.validate(); err != nil {
		return b, err
	}
	start := len(b)
	b = append(b, Magic...)
	b = binary.LittleEndian.AppendUint16(b, FormatVersion)
	b = binary.AppendUvarint(b, uint64(len(rp.Version)))
	b = append(b, rp.Version...)
	b = binary.LittleEndian.AppendUint64(b, rp.Seed)
	b = binary.LittleEndian.AppendUint32(b, rp.StartHazards)
	b = binary.LittleEndian.AppendUint32(b, rp.Flags)
	b = binary.AppendUvarint(b, rp.Ticks)
	b = binary.AppendUvarint(b, rp.numRuns)
	b = append(b, rp.runs...)
	b = binary.AppendUvarint(b, uint64(len(rp.Checkpoints)))
	for _, h := range rp.Checkpoints {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	b = binary.LittleEndian.AppendUint32(b, rp.Score)
	b = binary.LittleEndian.AppendUint64(b, rp.FinalHash)
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b[start:])), nil
}

// MarshalBinary encodes the replay in the file format.
func (rp *Replay) MarshalBinary() ([]byte, error) {
	return rp.AppendBinary(make([]byte, 0, rp.encodedSize()))
}

// WriteTo writes the replay to w in the file format.
func (rp *Replay) WriteTo(w io.Writer) (int64, error) {
	b, err := rp.MarshalBinary()
	if err != nil {
		return 0, err
	}
	n, err := w.Write(b)
	if err != nil {
		return int64(n), fmt.Errorf("replay: write: %w", err)
	}
	return int64(n), nil
}

// encodedSize returns the size of the encoded replay, give or take the
// varints.
func (rp *Replay) encodedSize() int {
	return fixedSize + 4*binary.MaxVarintLen64 + len(rp.Version) + len(rp.runs) + 8*len(rp.Checkpoints)
}

// validate reports fields that the file format cannot hold or that
// contradict each other.
func (rp *Replay) validate() error {
	if len(rp.Version) > MaxVersionLen {
		return errorf(errInvalidData, "version string is %d bytes (limit %d)", len(rp.Version), MaxVersionLen)
	}
	if rp.Ticks != rp.inputTicks {
		return errorf(errInvalidData, "Ticks is %d but the inputs cover %d ticks", rp.Ticks, rp.inputTicks)
	}
	if n := uint64(len(rp.Checkpoints)); n != rp.Ticks/CheckpointInterval {
		return errorf(errInvalidData, "%d checkpoints for %d ticks (want %d)", n, rp.Ticks, rp.Ticks/CheckpointInterval)
	}
	return nil
}
