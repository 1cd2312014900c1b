package replay

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"unicode/utf8"
)

// maxCodeLen is the longest replay code that Code writes and Read
// accepts: 256 KiB of text, whitespace included.
const maxCodeLen = 256 << 10

// maxCodeData is the largest replay that a code can hold: 4 MiB before
// deflating, sixteen times maxCodeLen. Decoding stops there, so a code
// that inflates without end costs little time and memory.
const maxCodeData = 16 * maxCodeLen

// CodePrefix opens every replay code that this package writes and reads:
// "SWF", the code format version and a dot.
const CodePrefix = "SWF1."

// Code returns the replay code of rp: the replay as text that can be
// pasted anywhere. See the package documentation for the format. It fails
// with ErrTooLarge if the replay file is over 4 MiB or the code would be
// over 256 KiB.
func (rp *Replay) Code() (string, error) {
	data, err := rp.MarshalBinary()
	if err != nil {
		return "", err
	}
	if len(data) > maxCodeData {
		return "", errorf(ErrTooLarge, "the run is too long for a replay code: its replay is %d bytes (limit 4 MiB); save the replay file instead", len(data))
	}
	payload := bytes.NewBuffer(make([]byte, 4, 4+len(data)))
	zw, err := flate.NewWriter(payload, flate.BestCompression)
	if err != nil {
		return "", err // only for an invalid level
	}
	zw.Write(data) // writes to a bytes.Buffer do not fail
	zw.Close()
	b := payload.Bytes()
	binary.LittleEndian.PutUint32(b, crc32.ChecksumIEEE(b[4:]))
	if n := len(CodePrefix) + base64.RawURLEncoding.EncodedLen(len(b)); n > maxCodeLen {
		return "", errorf(ErrTooLarge, "the run is too long for a replay code: the code would be %d bytes (limit 256 KiB); save the replay file instead", n)
	}
	return CodePrefix + base64.RawURLEncoding.EncodeToString(b), nil
}

// isCode reports whether text starts like a replay code of any version,
// whitespace aside: "SWF" and a digit.
func isCode(text []byte) bool {
	var head []byte
	for _, c := range text {
		if len(head) == 4 {
			break
		}
		if !isSpace(c) {
			head = append(head, c)
		}
	}
	return len(head) == 4 && string(head[:3]) == "SWF" && isDigit(head[3])
}

// isSpace reports whether c is ASCII whitespace, which a replay code may
// contain anywhere.
func isSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// withoutSpace returns a copy of text without its ASCII whitespace.
func withoutSpace(text []byte) []byte {
	out := make([]byte, 0, len(text))
	for _, c := range text {
		if !isSpace(c) {
			out = append(out, c)
		}
	}
	return out
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// parseCode decodes a replay code. Its errors wrap ErrTooLarge,
// ErrNotReplay, ErrVersion, ErrMalformed, ErrTruncated, ErrChecksum, or
// one that Parse returns for the replay inside.
func parseCode(text []byte) (*Replay, error) {
	if len(text) > maxCodeLen {
		return nil, errorf(ErrTooLarge, "the replay code is too long: %d bytes (limit 256 KiB)", len(text))
	}
	text = withoutSpace(text)
	if len(text) < len(CodePrefix) && bytes.HasPrefix([]byte(CodePrefix), text) {
		return nil, codeTruncated()
	}
	if !bytes.HasPrefix(text, []byte(CodePrefix)) {
		return nil, codeVersionError(text)
	}
	enc := text[len(CodePrefix):]
	for i, c := range enc {
		if !isBase64URL(c) {
			r, _ := utf8.DecodeRune(enc[i:])
			return nil, errorf(ErrMalformed, "the replay code contains %q, which cannot be part of a code", r)
		}
	}
	if len(enc)%4 == 1 {
		// No base64 text has this length: the last character alone
		// holds less than a byte.
		return nil, errorf(ErrTruncated, "the replay code is cut short, or has a stray character at its end")
	}
	payload := make([]byte, base64.RawURLEncoding.DecodedLen(len(enc)))
	// Every byte is in the alphabet and the length is one base64 can
	// have, so decoding cannot fail.
	n, _ := base64.RawURLEncoding.Decode(payload, enc)
	payload = payload[:n]
	if len(payload) < 4 {
		return nil, codeTruncated()
	}
	// Inflating first tells a code cut short, whose deflated data ends
	// too early, from a damaged one.
	data, err := inflate(payload[4:])
	if err != nil {
		return nil, err
	}
	if crc32.ChecksumIEEE(payload[4:]) != binary.LittleEndian.Uint32(payload) {
		return nil, errorf(ErrChecksum, "the replay code is damaged: its checksum does not match")
	}
	return Parse(data)
}

// inflate decompresses the deflated replay of a code, up to maxCodeData
// bytes.
func inflate(deflated []byte) ([]byte, error) {
	r := bytes.NewReader(deflated)
	data, err := io.ReadAll(io.LimitReader(flate.NewReader(r), maxCodeData+1))
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return nil, codeTruncated()
	case err != nil:
		return nil, errorf(ErrChecksum, "the replay code is damaged: it does not decompress")
	case len(data) > maxCodeData:
		return nil, errorf(ErrTooLarge, "the replay code expands to more than 4 MiB")
	case r.Len() > 0:
		return nil, errorf(ErrMalformed, "the replay code has %d bytes too many at its end", r.Len())
	}
	return data, nil
}

// codeTruncated returns the error for a code that was cut short.
func codeTruncated() error {
	return errorf(ErrTruncated, "the replay code is cut short: copy all of it, from %s to its last character", CodePrefix)
}

// codeVersionError returns the error for text that does not start with
// CodePrefix: a code of another version, or no code at all.
func codeVersionError(text []byte) error {
	if len(text) > 3 && string(text[:3]) == "SWF" {
		digits := text[3:]
		n := 0
		for n < len(digits) && n < 9 && isDigit(digits[n]) {
			n++
		}
		if n > 0 && n < len(digits) && digits[n] == '.' {
			return errorf(ErrVersion, "replay code version SWF%s is not supported: this build reads %s codes", digits[:n], CodePrefix[:4])
		}
	}
	return errorf(ErrNotReplay, "not a Swarmfield replay code: a code starts with %s", CodePrefix)
}

// isBase64URL reports whether c is in the base64url alphabet.
func isBase64URL(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || isDigit(c) || c == '-' || c == '_'
}
