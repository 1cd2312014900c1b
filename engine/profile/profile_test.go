//go:build !js

package profile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStart(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.out"), filepath.Join(dir, "mem.out")
	stop, err := Start(cpu, mem)
	if err != nil {
		t.Fatal(err)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{cpu, mem} {
		if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
			t.Errorf("%s: no profile written (%v)", filepath.Base(path), err)
		}
	}
	if _, err := Start(filepath.Join(dir, "no", "such", "cpu.out"), ""); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("a CPU profile in a missing folder: error %v", err)
	}
	stop, err = Start("", filepath.Join(dir, "no", "mem.out"))
	if err != nil {
		t.Fatal(err)
	}
	if err := stop(); err == nil {
		t.Error("a heap profile in a missing folder: no error")
	}
}
