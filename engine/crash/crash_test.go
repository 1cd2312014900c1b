package crash

import (
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func update(fail bool) (err error) {
	defer Catch(&err)
	if fail {
		var s []int
		_ = s[3] // index out of range
	}
	return nil
}

func TestCatch(t *testing.T) {
	if err := update(false); err != nil {
		t.Fatalf("no panic: %v", err)
	}
	err := update(true)
	p, ok := AsPanic(err)
	if !ok {
		t.Fatalf("a panic became %v, not a *Panic", err)
	}
	if !strings.Contains(p.Error(), "index out of range") {
		t.Errorf("message %q", p.Error())
	}
	var re runtime.Error
	if !errors.As(err, &re) {
		t.Error("the runtime error is not unwrapped")
	}
	if !strings.Contains(string(p.Stack), "crash.update") {
		t.Errorf("the stack does not name the panicking function:\n%s", p.Stack)
	}
}

func TestReport(t *testing.T) {
	now := time.Date(2026, 11, 25, 23, 5, 1, 234e6, time.UTC)
	replay := []byte("SWRP\x00\x01 replay bytes")
	r := NewReport(update(true), "Swarmfield", "v1.2", now, func() Info {
		return Info{Seed: 42, Tick: 120, Hash: 0xabc, Scene: "playing", Replay: replay}
	})
	if got, want := r.FileName(), "swarmfield-crash-20261125-230501.234.txt"; got != want {
		t.Errorf("FileName = %q, want %q", got, want)
	}
	text := r.String()
	for _, want := range []string{"Swarmfield crash report\n", "version: v1.2", "seed: 42", "tick: 120", "hash: 0000000000000abc", "scene: playing",
		"error: panic: runtime error: index out of range", "crash.update", "replay ("} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	enc := text[strings.Index(text, "base64):\n")+len("base64):\n"):]
	got, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(enc, "\n", ""))
	if err != nil || string(got) != string(replay) {
		t.Errorf("the replay decodes to %q, %v", got, err)
	}

	dir := t.TempDir()
	path, err := r.WriteFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(path) != dir {
		t.Errorf("written to %s", path)
	}
	data, err := os.ReadFile(path)
	if err != nil || string(data) != text {
		t.Errorf("the file holds %q, %v", data, err)
	}
	if _, err := r.WriteFile(dir); err == nil {
		t.Error("a second report with the same name overwrote the first")
	}
	if _, err := r.WriteFile(filepath.Join(dir, "missing")); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
}

func TestReportInfoPanics(t *testing.T) {
	r := NewReport(errors.New("boom"), "Swarmfield", "dev", time.Now(), func() Info {
		panic("the game is half-updated")
	})
	if r.InfoErr == nil || !strings.Contains(r.String(), "info: incomplete: panic: the game is half-updated") {
		t.Errorf("a panic while gathering the info: %v\n%s", r.InfoErr, r.String())
	}
	if !strings.Contains(r.String(), "error: boom") {
		t.Errorf("report:\n%s", r.String())
	}
}
