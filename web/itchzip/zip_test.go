package main

import (
	"archive/zip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteZip(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":   `<link rel="stylesheet" href="style.css"><script src="loader.js"></script>`,
		"style.css":    `body { background: url(data:image/png;base64,AAAA) }`,
		"main.wasm.gz": "\x1f\x8b compressed",
		"stray.map":    "{}",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "game.zip")
	if err := writeZip(out, dir, []string{"index.html", "style.css", "main.wasm.gz"}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if f.Name == "main.wasm.gz" && f.Method != zip.Store {
			t.Errorf("main.wasm.gz is compressed again (method %d), want stored", f.Method)
		}
	}
	if got := strings.Join(names, " "); got != "index.html style.css main.wasm.gz" {
		t.Fatalf("zip holds %q, want index.html style.css main.wasm.gz", got)
	}
}

func TestWriteZipRefusesAbsoluteURLs(t *testing.T) {
	for _, page := range []string{
		`<script src="/loader.js"></script>`,
		`<link href="https://example.com/style.css">`,
		`<link href='//cdn.example.com/x.css'>`,
	} {
		out, err := zipOne(t, "index.html", page)
		if err == nil || !strings.Contains(err.Error(), "relative URLs") {
			t.Errorf("page %s: err = %v, want a complaint about an absolute URL", page, err)
		}
		if _, serr := os.Stat(out); serr == nil {
			t.Errorf("page %s: the zip was written anyway", page)
		}
	}
}

func TestWriteZipRefusesAbsoluteURLsInJS(t *testing.T) {
	for _, script := range []string{
		`const r = await fetch("/main.wasm.gz");`,
		`fetch('https://cdn.example.com/main.wasm')`,
		"new URL(`//cdn.example.com/x.js`)",
		`import("http://example.com/m.js")`,
	} {
		_, err := zipOne(t, "loader.js", script)
		if err == nil || !strings.Contains(err.Error(), "relative URLs") {
			t.Errorf("script %s: err = %v, want a complaint about an absolute URL", script, err)
		}
	}
	// Relative URLs, a path separator, comments and division are fine; so
	// are Go's wasm_exec.js and our loader, which the real zip holds.
	ok := "fetch('main.wasm.gz'); parts.join(\"/\"); // see https://go.dev/\nconst half = a / 2 / b;\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ok.js"), []byte(ok), 0o644); err != nil {
		t.Fatal(err)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"ok.js"}
	for _, path := range []string{filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"), filepath.Join("..", "loader.js")} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(path)
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	if err := writeZip(filepath.Join(t.TempDir(), "game.zip"), dir, names); err != nil {
		t.Errorf("relative scripts refused: %v", err)
	}
}

func TestWriteZipMissingFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "game.zip")
	if err := writeZip(out, t.TempDir(), []string{"main.wasm.gz"}); err == nil {
		t.Fatal("a missing file gave no error")
	}
}

// zipOne zips a folder holding only the file name with content, returning
// the zip's path and writeZip's error.
func zipOne(t *testing.T, name, content string) (string, error) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "game.zip")
	return out, writeZip(out, dir, []string{name})
}
