package save

import (
	"reflect"
	"strings"
	"testing"
)

// tableSeeds are the seed corpus of FuzzParseTable: good tables, each kind
// of bad data ParseTable rejects, and junk.
var tableSeeds = []string{
	`{"version":1,"scores":[]}`,
	`{"version":1,"scores":[{"initials":"ABC","score":3,"ticks":60,"date":1764440000,"seed":1,"replay":"AAEC"}]}`,
	`{"version":1,"scores":[{"initials":"ABC","score":3},{"initials":"XYZ","score":3,"ticks":1}]}`,
	`{"version":1,"scores":[{"initials":"ABC","score":3},{"initials":"XYZ","score":4}]}`,
	`{"version":2,"scores":[]}`, `{"version":1}`, `{"version":1,"scores":null}`,
	`{"version":1,"scores":[{"initials":"abc","score":3}]}`,
	`{"version":1,"scores":[{"initials":"ABC","score":-1,"date":-1}]}`,
	`{"version":1,"scores":[{"initials":"ABC","score":9223372036854775808}]}`,
	`{"version":1,"scores":[{"initials":"ABC","score":3,"replay":"%%"}]}`,
	`{"version":1,"scores":[]}junk`, `[]`, `null`, `""`, ``, "\xff\xfe", `{"version":1,"scores":[{"initials":"\u00c4BC","score":3}]}`,
	`{"version":1,"scores":[` + strings.Repeat(`{"initials":"ABC","score":3},`, 10) + `{"initials":"ABC","score":3}]}`,
}

func FuzzParseTable(f *testing.F) {
	for _, s := range tableSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tb, err := ParseTable(s)
		if err != nil {
			if tb != nil {
				t.Fatalf("ParseTable(%q) = %+v with error %v, want nil", s, tb, err)
			}
			return
		}
		if len(tb) > TableSize {
			t.Fatalf("ParseTable(%q) gave %d entries", s, len(tb))
		}
		for i, e := range tb {
			if checkEntry(e) != nil || (i > 0 && e.Score > tb[i-1].Score) {
				t.Fatalf("ParseTable(%q) accepted entry %d: %+v", s, i, e)
			}
		}
		// Whatever parses survives a round trip through its stored form.
		stored, err := formatTable(tb)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseTable(stored)
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
