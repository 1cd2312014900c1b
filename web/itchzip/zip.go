package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// modTime is the time stamped on every entry, so that the same build
// gives the same zip.
var modTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// writeZip writes the named files of dir into a new zip at path, at its
// root. It refuses an HTML, CSS or JavaScript file that refers to anything
// by an absolute URL, which would break under itch.io's nested path.
func writeZip(path, dir string, names []string) (err error) {
	for _, name := range names {
		find := absoluteURL
		switch filepath.Ext(name) {
		case ".html", ".css":
		case ".js":
			find = absoluteJSURL
		default:
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		if url := find(data); url != "" {
			return fmt.Errorf("%s refers to %q: itch.io serves the game under a nested path, so use relative URLs", name, url)
		}
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	zw := zip.NewWriter(f)
	for _, name := range names {
		if err := addFile(zw, dir, name); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return os.Rename(tmp, path)
}

// addFile adds dir/name to zw. The gzip file is stored as it is, since
// deflating it again gains nothing.
func addFile(zw *zip.Writer, dir, name string) error {
	src, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	defer src.Close()
	h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modTime}
	if strings.HasSuffix(name, ".gz") {
		h.Method = zip.Store
	}
	h.SetMode(0o644)
	w, err := zw.CreateHeader(h)
	if err != nil {
		return fmt.Errorf("adding %s: %w", name, err)
	}
	if _, err := io.Copy(w, src); err != nil {
		return fmt.Errorf("adding %s: %w", name, err)
	}
	return nil
}

// urlAttr finds the URLs in src, href and CSS url(...) references.
var urlAttr = regexp.MustCompile(`(?i)(?:\b(?:src|href)\s*=\s*["']?|url\(\s*["']?)([^"' )>]+)`)

// absoluteURL returns the first URL in an HTML or CSS file that is not
// relative to the file: one with a scheme, a host or a leading slash.
func absoluteURL(data []byte) string {
	for _, m := range urlAttr.FindAllSubmatch(data, -1) {
		u := m[1]
		if bytes.HasPrefix(u, []byte("data:")) || bytes.HasPrefix(u, []byte("#")) {
			continue
		}
		if bytes.HasPrefix(u, []byte("/")) || bytes.Contains(u, []byte("://")) {
			return string(u)
		}
	}
	return ""
}

// jsAbsolute finds JavaScript string literals that hold an absolute URL:
// a scheme and "://", a host ("//cdn..."), or a path from the root
// ("/main.wasm"). A lone "/" is a path separator, as in join("/").
var jsAbsolute = regexp.MustCompile("([\"'`])((?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^\"'`\\s]*|/[^/\"'`\\s][^\"'`\\s]*)[\"'`]")

// absoluteJSURL returns the first absolute URL in a string literal of a
// JavaScript file, such as fetch("/main.wasm.gz").
func absoluteJSURL(data []byte) string {
	for _, m := range jsAbsolute.FindAllSubmatch(data, -1) {
		if m[1][0] == m[0][len(m[0])-1] {
			return string(m[2])
		}
	}
	return ""
}
