package save

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

var bestSeeds = []string{
	"", "0", "7", "007", "-1", "+1", " 1", "1 ", "1e3", "0x1f", "1.0", "NaN", "null", "true",
	`{"best":1}`, `[1]`, `"1"`, "9223372036854775807", "9223372036854775808",
	"18446744073709551616", strings.Repeat("9", 64), strings.Repeat("0", 65), "\x00", "\xff",
}

func FuzzParseBest(f *testing.F) {
	fuzzParser(f, "ParseBest", ParseBest, bestSeeds, func(t *testing.T, s string, n int64) {
		if n < 0 {
			t.Fatalf("ParseBest(%q) = %d, negative", s, n)
		}
		// Whatever parses is the value strconv gives for it...
		if want, _ := strconv.ParseInt(s, 10, 64); n != want {
			t.Fatalf("ParseBest(%q) = %d, strconv says %d", s, n, want)
		}
		// ...and survives a round trip through its stored form.
		if back, err := ParseBest(formatBest(n)); err != nil || back != n {
			t.Fatalf("round trip of %d gave %d, %v", n, back, err)
		}
	})
}

// fuzzParser fuzzes parse, named name, from seeds: on an error it must
// return the zero value, and what it parses must pass check.
func fuzzParser[T any](f *testing.F, name string, parse func(string) (T, error), seeds []string, check func(t *testing.T, s string, v T)) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parse(s)
		if err != nil {
			if !reflect.ValueOf(&v).Elem().IsZero() {
				t.Fatalf("%s(%q) = %+v with error %v, want the zero value", name, s, v, err)
			}
			return
		}
		check(t, s, v)
	})
}

func FuzzLoad(f *testing.F) {
	mutedSeeds := []string{"true", "false", "1", "0", "", "yes", "TRUE", `{"muted":true}`, strings.Repeat("1", 70)}
	for i, b := range bestSeeds {
		f.Add(b, mutedSeeds[i%len(mutedSeeds)], int64(i*37-50))
	}
	f.Add("100", "true", int64(math.MaxInt64))
	f.Fuzz(func(t *testing.T, best, muted string, score int64) {
		st := storeWith("best", best, "muted", muted)
		var w warnings
		s, p := Load(st, w.add)
		if p.Best < 0 {
			t.Fatalf("Load(best=%q) gave negative best %d", best, p.Best)
		}
		if len(w) > 2 {
			t.Fatalf("%d warnings for two values: %q", len(w), w)
		}
		wantBest, errBest := ParseBest(best)
		wantMuted, errMuted := ParseMuted(muted)
		if p != (Progress{Best: wantBest, Muted: wantMuted}) {
			t.Fatalf("Load(%q, %q) = %+v, want {%d %v}", best, muted, p, wantBest, wantMuted)
		}
		if problems := btoi(errBest != nil) + btoi(errMuted != nil); len(w) != problems {
			t.Fatalf("Load(%q, %q): %d warnings %q for %d problems", best, muted, len(w), w, problems)
		}

		nb, err := s.RecordScore(score)
		if score < 0 {
			if err == nil || nb {
				t.Fatalf("RecordScore(%d) = %v, %v; want an error", score, nb, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("RecordScore(%d): %v", score, err)
		}
		if nb != (score > p.Best) {
			t.Fatalf("RecordScore(%d) over best %d reported newBest=%v", score, p.Best, nb)
		}
		// Whatever is stored now loads back cleanly and never went down.
		var w2 warnings
		_, p2 := Load(st, w2.add)
		if p2.Best != max(score, p.Best) {
			t.Fatalf("after RecordScore(%d) over %d, reload gives best %d", score, p.Best, p2.Best)
		}
		if nb && len(w2) > btoi(errMuted != nil) {
			t.Fatalf("stored best does not reload cleanly: %q", w2)
		}
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
