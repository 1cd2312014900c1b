package save

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// maxStoredLen is the longest stored value worth parsing. A best score
// needs at most 19 digits; anything much longer is corrupt or hostile.
const maxStoredLen = 64

// ParseBest parses a stored best score: a non-empty run of ASCII decimal
// digits whose value fits in an int64. Signs, spaces, exponents, JSON and
// strings longer than 64 bytes are rejected with an error, so the result is
// never negative.
func ParseBest(s string) (int64, error) {
	if err := checkLen(s); err != nil {
		return 0, fmt.Errorf("best score: %w", err)
	}
	if s == "" {
		return 0, errors.New("best score: empty value")
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("best score %s: not a non-negative whole number (byte %d is %q)", quote(s), i, s[i])
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("best score %s: larger than %d", quote(s), int64(math.MaxInt64))
	}
	return n, nil
}

// ParseMuted parses a stored mute flag: "true" or "1" mean muted, "false"
// or "0" mean not muted, and anything else is an error.
func ParseMuted(s string) (bool, error) {
	switch s {
	case "true", "1":
		return true, nil
	case "false", "0":
		return false, nil
	}
	if err := checkLen(s); err != nil {
		return false, fmt.Errorf("mute setting: %w", err)
	}
	return false, fmt.Errorf("mute setting %s: want true, false, 1 or 0", quote(s))
}

// formatBest and formatMuted give the stored form of each value.
func formatBest(n int64) string { return strconv.FormatInt(n, 10) }

func formatMuted(m bool) string { return strconv.FormatBool(m) }

// checkLen rejects values too long to be anything but junk.
func checkLen(s string) error {
	if len(s) > maxStoredLen {
		return fmt.Errorf("value is %d bytes long (limit %d), starting %s", len(s), maxStoredLen, quote(s))
	}
	return nil
}

// quote returns s quoted for a message, cut to its first 24 bytes.
func quote(s string) string {
	const keep = 24
	if len(s) <= keep {
		return strconv.Quote(s)
	}
	return strconv.Quote(s[:keep]) + "..."
}
