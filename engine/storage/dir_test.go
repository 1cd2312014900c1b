//go:build !js

package storage

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestDirRoundTrip(t *testing.T) {
	root := filepath.Join(t.TempDir(), "nested", "app")
	d, err := OpenDir(root)
	if err != nil {
		t.Fatal(err)
	}
	if v, ok, err := d.Get("best"); ok || err != nil || v != "" {
		t.Fatalf("Get of a missing key = %q, %v, %v", v, ok, err)
	}
	for _, v := range []string{"12", "", "line\nbreak", strings.Repeat("x", MaxValueLen)} {
		if err := d.Set("best", v); err != nil {
			t.Fatalf("Set(%d bytes): %v", len(v), err)
		}
		got, ok, err := d.Get("best")
		if got != v || !ok || err != nil {
			t.Fatalf("Get after Set(%d bytes) = %d bytes, %v, %v", len(v), len(got), ok, err)
		}
	}
	// A new Dir on the same folder sees the data.
	d2, err := OpenDir(root)
	if err != nil {
		t.Fatal(err)
	}
	if v, _, _ := d2.Get("best"); len(v) != MaxValueLen {
		t.Fatalf("reopened store has %d bytes, want %d", len(v), MaxValueLen)
	}
	assertNoTemps(t, root)
}

func TestDirRejectsBadInput(t *testing.T) {
	d, err := OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"", "../escape", "a/b", "Best", ".tmp-best-1", strings.Repeat("k", 65)} {
		if err := d.Set(k, "1"); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("Set(%q) = %v, want ErrInvalidKey", k, err)
		}
		if _, _, err := d.Get(k); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("Get(%q) = %v, want ErrInvalidKey", k, err)
		}
	}
	if err := d.Set("big", strings.Repeat("x", MaxValueLen+1)); !errors.Is(err, ErrValueTooLarge) {
		t.Errorf("Set of an oversized value = %v, want ErrValueTooLarge", err)
	}
	// An oversized file planted behind the store's back is refused on read.
	if err := os.WriteFile(filepath.Join(d.Root(), "big"), make([]byte, MaxValueLen+1), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := d.Get("big"); !errors.Is(err, ErrValueTooLarge) {
		t.Errorf("Get of an oversized file = %v, want ErrValueTooLarge", err)
	}
	if _, err := OpenDir(""); err == nil {
		t.Error("OpenDir(\"\") succeeded")
	}
}

// TestHelperProcess is not a real test: TestDirSetKilledMidway runs the test
// binary with STORAGE_HELPER_DIR set, and this function then starts writing
// a large value and stops half-way to be killed.
func TestHelperProcess(t *testing.T) {
	dir := os.Getenv("STORAGE_HELPER_DIR")
	if dir == "" {
		t.Skip("helper process for TestDirSetKilledMidway")
	}
	d, err := OpenDir(dir)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(2)
	}
	testHookMidWrite = func() {
		fmt.Println("midway")
		time.Sleep(time.Hour) // until killed
	}
	d.Set("best", strings.Repeat("9", MaxValueLen))
	fmt.Println("finished") // not reached unless the hook failed
	os.Exit(3)
}

func TestDirSetKilledMidway(t *testing.T) {
	root := t.TempDir()
	d, err := OpenDir(root)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Set("best", "41"); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "STORAGE_HELPER_DIR="+root)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	midway := false
	for lines.Scan() {
		if lines.Text() == "midway" {
			midway = true
			break
		}
		t.Logf("helper: %s", lines.Text())
	}
	cmd.Process.Kill() // SIGKILL on Unix: no deferred clean-up runs
	cmd.Wait()
	if !midway {
		t.Fatal("helper process ended without reaching the middle of the write")
	}

	// The killed write left its temporary file behind...
	temps := tempFiles(t, root)
	if len(temps) != 1 {
		t.Fatalf("found temp files %v after the kill, want exactly one", temps)
	}
	if info, err := os.Stat(filepath.Join(root, temps[0])); err != nil || info.Size() == 0 || info.Size() >= MaxValueLen {
		t.Fatalf("temp file %v, %v; want a partly written value", info, err)
	}
	// ...and the old value is intact, both for the open store and a new one.
	for _, s := range []*Dir{d, mustOpenDir(t, root)} {
		if v, ok, err := s.Get("best"); v != "41" || !ok || err != nil {
			t.Fatalf("Get after killed write = %q, %v, %v; want 41", v, ok, err)
		}
	}
	// A fresh temp file is ignored, not removed: it may be another
	// process's write in progress. Once stale, OpenDir removes it.
	old := time.Now().Add(-2 * staleTempAge)
	if err := os.Chtimes(filepath.Join(root, temps[0]), old, old); err != nil {
		t.Fatal(err)
	}
	d = mustOpenDir(t, root)
	assertNoTemps(t, root)
	if err := d.Set("best", "42"); err != nil {
		t.Fatal(err)
	}
	if v, _, _ := d.Get("best"); v != "42" {
		t.Fatalf("Get after recovery = %q, want 42", v)
	}
}

func TestDirWriteFaults(t *testing.T) {
	t.Run("parent is a file", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "file")
		if err := os.WriteFile(file, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := OpenDir(filepath.Join(file, "app")); err == nil {
			t.Fatal("OpenDir below a regular file succeeded")
		}
		if _, err := OpenDir(file); err == nil {
			t.Fatal("OpenDir of a regular file succeeded")
		}
	})
	t.Run("folder removed after open", func(t *testing.T) {
		root := filepath.Join(t.TempDir(), "app")
		d := mustOpenDir(t, root)
		if err := os.Remove(root); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(root, nil, 0o600); err != nil { // now a file
			t.Fatal(err)
		}
		if err := d.Set("best", "1"); err == nil || !strings.Contains(err.Error(), "storage: set best") {
			t.Fatalf("Set into a vanished folder = %v, want a wrapped error", err)
		}
		if _, _, err := d.Get("best"); err == nil {
			t.Fatal("Get from a folder replaced by a file succeeded")
		}
	})
	t.Run("key is a directory", func(t *testing.T) {
		d := mustOpenDir(t, t.TempDir())
		if err := os.Mkdir(filepath.Join(d.Root(), "best"), 0o700); err != nil {
			t.Fatal(err)
		}
		if _, _, err := d.Get("best"); err == nil {
			t.Fatal("Get of a directory succeeded")
		}
		if err := d.Set("best", "1"); err == nil {
			t.Fatal("Set over a directory succeeded")
		}
		assertNoTemps(t, d.Root())
	})
}

// TestDirReadOnly checks that a Set into a folder the player may not write
// fails and leaves the old value readable. Root ignores permissions, so as
// root (as on CI) the test runs itself again as an unprivileged user.
func TestDirReadOnly(t *testing.T) {
	if rerunUnprivileged(t, "^TestDirReadOnly$") {
		return
	}
	d := mustOpenDir(t, t.TempDir())
	if err := d.Set("best", "5"); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(d.Root(), 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(d.Root(), 0o700)
	if f, err := os.CreateTemp(d.Root(), "probe"); err == nil {
		f.Close()
		os.Remove(f.Name())
		t.Skip("folder permissions are not enforced on this system; the other fault cases cover write failures")
	}
	if err := d.Set("best", "6"); err == nil {
		t.Fatal("Set into a read-only folder succeeded")
	}
	if v, ok, err := d.Get("best"); v != "5" || !ok || err != nil {
		t.Fatalf("Get after failed Set = %q, %v, %v; want 5", v, ok, err)
	}
}

func TestOpenDesktop(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	t.Setenv("HOME", config)    // macOS
	t.Setenv("AppData", config) // Windows
	st, err := Open("swarmfield")
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Set("best", "3"); err != nil {
		t.Fatal(err)
	}
	base, _ := os.UserConfigDir()
	b, err := os.ReadFile(filepath.Join(base, "swarmfield", "best"))
	if err != nil || string(b) != "3" {
		t.Fatalf("file holds %q, %v; want 3", b, err)
	}
	if _, err := Open("../evil"); !errors.Is(err, ErrInvalidKey) {
		t.Fatalf("Open(\"../evil\") = %v, want ErrInvalidKey", err)
	}
	// A config folder that cannot be created makes the store unavailable.
	blocker := filepath.Join(config, "blocker")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_CONFIG_HOME", blocker)
	t.Setenv("HOME", blocker)
	t.Setenv("AppData", blocker)
	if _, err := Open("swarmfield"); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Open below a regular file = %v, want ErrUnavailable", err)
	}
}

func mustOpenDir(t *testing.T, dir string) *Dir {
	t.Helper()
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tempPrefix) {
			names = append(names, e.Name())
		}
	}
	return names
}

func assertNoTemps(t *testing.T, dir string) {
	t.Helper()
	if names := tempFiles(t, dir); len(names) != 0 {
		t.Fatalf("temp files left behind: %v", names)
	}
}

// BenchmarkDirSet measures one atomic write (temp file, fsync, rename,
// directory fsync). Its cost says how often a game can afford to save.
func BenchmarkDirSet(b *testing.B) {
	d, err := OpenDir(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; b.Loop(); i++ {
		if err := d.Set("best", strconv.Itoa(i)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDirGet measures reading one small key.
func BenchmarkDirGet(b *testing.B) {
	d, err := OpenDir(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	if err := d.Set("best", "123456"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := d.Get("best"); err != nil {
			b.Fatal(err)
		}
	}
}
