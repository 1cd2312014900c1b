package save

import (
	"strings"
	"testing"
)

func TestParseBest(t *testing.T) {
	good := []struct {
		in   string
		want int64
	}{
		{"0", 0},
		{"7", 7},
		{"007", 7},
		{"123456", 123456},
		{"9223372036854775807", 1<<63 - 1},
	}
	for _, c := range good {
		got, err := ParseBest(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseBest(%q) = %d, %v; want %d, nil", c.in, got, err, c.want)
		}
	}
	bad := []struct {
		name, in, msg string
	}{
		{"empty", "", "empty"},
		{"word", "abc", "not a non-negative whole number"},
		{"negative", "-5", "not a non-negative whole number"},
		{"plus sign", "+5", "not a non-negative whole number"},
		{"spaces", " 5", "not a non-negative whole number"},
		{"trailing newline", "5\n", "not a non-negative whole number"},
		{"fraction", "1.5", "not a non-negative whole number"},
		{"exponent", "1e9", "not a non-negative whole number"},
		{"hex", "0x10", "not a non-negative whole number"},
		{"underscores", "1_000", "not a non-negative whole number"},
		{"JSON object", `{"best":5}`, "not a non-negative whole number"},
		{"JSON string", `"5"`, "not a non-negative whole number"},
		{"JSON array", `[5]`, "not a non-negative whole number"},
		{"null", "null", "not a non-negative whole number"},
		{"NaN", "NaN", "not a non-negative whole number"},
		{"full-width digits", "５", "not a non-negative whole number"},
		{"past int64", "9223372036854775808", "larger than 9223372036854775807"},
		{"far past int64", strings.Repeat("9", 64), "larger than"},
		{"huge", strings.Repeat("1", 65), "65 bytes long (limit 64)"},
		{"megabyte", strings.Repeat("x", 1<<20), "1048576 bytes long"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseBest(c.in)
			if err == nil {
				t.Fatalf("ParseBest(%.30q) = %d, nil; want an error", c.in, got)
			}
			if got != 0 {
				t.Errorf("ParseBest(%.30q) returned %d with its error, want 0", c.in, got)
			}
			if !strings.Contains(err.Error(), c.msg) {
				t.Errorf("ParseBest(%.30q) error %q does not mention %q", c.in, err, c.msg)
			}
			if len(err.Error()) > 200 {
				t.Errorf("error message is %d bytes long; huge input must be cut", len(err.Error()))
			}
		})
	}
}

func TestParseMuted(t *testing.T) {
	good := map[string]bool{"true": true, "1": true, "false": false, "0": false}
	for in, want := range good {
		got, err := ParseMuted(in)
		if err != nil || got != want {
			t.Errorf("ParseMuted(%q) = %v, %v; want %v, nil", in, got, err, want)
		}
	}
	for _, in := range []string{"", "yes", "TRUE", "True", " true", "2", "-1", "on", `{"muted":true}`, "null", strings.Repeat("t", 100)} {
		got, err := ParseMuted(in)
		if err == nil || got {
			t.Errorf("ParseMuted(%.30q) = %v, %v; want false and an error", in, got, err)
		}
	}
}

func TestFormatRoundTrip(t *testing.T) {
	for _, n := range []int64{0, 1, 99, 1<<63 - 1} {
		if got, err := ParseBest(formatBest(n)); err != nil || got != n {
			t.Errorf("ParseBest(formatBest(%d)) = %d, %v", n, got, err)
		}
	}
	for _, m := range []bool{false, true} {
		if got, err := ParseMuted(formatMuted(m)); err != nil || got != m {
			t.Errorf("ParseMuted(formatMuted(%v)) = %v, %v", m, got, err)
		}
	}
}
