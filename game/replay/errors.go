package replay

import (
	"errors"
	"fmt"
)

// Errors that Parse and Read wrap, for use with errors.Is.
var (
	ErrTooLarge    = errors.New("replay: replay too large")
	ErrNotReplay   = errors.New("replay: not a Swarmfield replay")
	ErrVersion     = errors.New("replay: unsupported format version")
	ErrTruncated   = errors.New("replay: truncated")
	ErrChecksum    = errors.New("replay: checksum mismatch: file corrupted")
	ErrMalformed   = errors.New("replay: malformed")
	errInvalidData = errors.New("replay: cannot encode")
)

// formatError is a decoding or encoding error of one of the kinds above,
// with a message that says what exactly is wrong.
type formatError struct {
	kind error
	msg  string
}

func (e *formatError) Error() string { return "replay: " + e.msg }
func (e *formatError) Unwrap() error { return e.kind }

// errorf returns a formatError of the given kind.
func errorf(kind error, format string, args ...any) error {
	return &formatError{kind: kind, msg: fmt.Sprintf(format, args...)}
}
