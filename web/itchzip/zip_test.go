package main

import (
	"archive/zip"
	"os"
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
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "game.zip")
		err := writeZip(out, dir, []string{"index.html"})
		if err == nil || !strings.Contains(err.Error(), "relative URLs") {
			t.Errorf("page %s: err = %v, want a complaint about an absolute URL", page, err)
		}
		if _, serr := os.Stat(out); serr == nil {
			t.Errorf("page %s: the zip was written anyway", page)
		}
	}
}

func TestWriteZipMissingFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "game.zip")
	if err := writeZip(out, t.TempDir(), []string{"main.wasm.gz"}); err == nil {
		t.Fatal("a missing file gave no error")
	}
}
