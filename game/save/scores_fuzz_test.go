package save

import (
	"reflect"
	"strings"
	"testing"
)

// tableSeeds are the seed corpus of FuzzParseTable: good tables, each kind
// of bad data ParseTable rejects, and junk.
var tableSeeds = []string{
	"swarmfield scores v1\n",
	"swarmfield scores v1\nABC 3 60 1764440000 1 AAEC\n",
	"swarmfield scores v1\nABC 3 0 0 0 -\nXYZ 3 1 2 18446744073709551615 -",
	"swarmfield scores v1\nABC 3 0 0 0 -\nXYZ 4 1 2 3 -",
	"swarmfield scores v2\n", "swarmfield scores v1", "swarmfield scores v1\n\n",
	"swarmfield scores v1\nabc 3 60 1 1 -", "swarmfield scores v1\nABC -1 60 -1 1 -",
	"swarmfield scores v1\nABC 9223372036854775808 60 1 1 -", "swarmfield scores v1\nABC +3 60 1 1 -",
	"swarmfield scores v1\nABC 3 60 1 1 %%", "swarmfield scores v1\nABC 3 60 1 1 AA==\nABC 3 60 1 1 AA",
	`{"version":1,"scores":[]}`, "", "\xff\xfe", "swarmfield scores v1\n\u00c4BC 3 60 1 1 -",
	"swarmfield scores v1\n" + strings.Repeat("ABC 3 60 1 1 -\n", 11),
}

func FuzzParseTable(f *testing.F) {
	fuzzParser(f, "ParseTable", ParseTable, tableSeeds, func(t *testing.T, s string, tb Table) {
		if len(tb) > TableSize {
			t.Fatalf("ParseTable(%q) gave %d entries", s, len(tb))
		}
		for i, e := range tb {
			if checkEntry(e) != nil || (i > 0 && e.Score > tb[i-1].Score) {
				t.Fatalf("ParseTable(%q) accepted entry %d: %+v", s, i, e)
			}
		}
		// Whatever parses survives a round trip through its stored form.
		back, err := ParseTable(formatTable(tableHeader, tb))
		if err != nil || !reflect.DeepEqual(normal(back), normal(tb)) {
			t.Fatalf("round trip of %+v gave %+v, %v", tb, back, err)
		}
	})
}

// normal returns t with empty replays as nil and an empty table as nil,
// the forms a round trip gives.
func normal(t Table) Table {
	if len(t) == 0 {
		return nil
	}
	out := append(Table(nil), t...)
	for i := range out {
		if len(out[i].Replay) == 0 {
			out[i].Replay = nil
		}
	}
	return out
}
