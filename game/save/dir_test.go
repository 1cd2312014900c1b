//go:build !js

package save

import (
	"testing"

	"swarmfield/engine/storage"
)

func TestProgressSurvivesRestartOnDisk(t *testing.T) {
	root := t.TempDir()
	d, err := storage.OpenDir(root)
	if err != nil {
		t.Fatal(err)
	}
	s, p := Load(d, func(msg string) { t.Log(msg) })
	if p != (Progress{}) || !s.Persistent() {
		t.Fatalf("fresh folder: %+v, Persistent %v", p, s.Persistent())
	}
	if _, err := s.RecordScore(4200); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMuted(true); err != nil {
		t.Fatal(err)
	}

	d2, err := storage.OpenDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var w warnings
	if _, p := Load(d2, w.add); p != (Progress{Best: 4200, Muted: true}) || len(w) != 0 {
		t.Fatalf("after restart: %+v, warnings %q; want {4200 true}, none", p, w)
	}
}
