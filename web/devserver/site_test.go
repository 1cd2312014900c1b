package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// secret is the content of a file outside the served folder; no response
// may ever contain it.
const secret = "TOP-SECRET-never-served"

// testSite is a served folder in a temporary directory, next to a folder
// that must stay out of reach.
type testSite struct {
	dir     string // the served folder
	outside string // a sibling folder holding secret.txt
	files   map[string][]byte
}

// newTestSite builds a folder shaped like dist/web plus symlinks that try
// to escape it.
func newTestSite(t *testing.T) *testSite {
	t.Helper()
	base := t.TempDir()
	s := &testSite{
		dir:     filepath.Join(base, "site"),
		outside: filepath.Join(base, "outside"),
		files:   map[string][]byte{},
	}
	// Random bytes keep main.wasm.gz large (about 200 KB), so a missing
	// Content-Length is not hidden by the server buffering a small body.
	wasm := make([]byte, 200<<10)
	rand.NewChaCha8([32]byte{'s', 'w', 'a', 'r', 'm'}).Read(wasm)
	copy(wasm, "\x00asm\x01\x00\x00\x00")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if _, err := zw.Write(wasm); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"index.html":      []byte("<!doctype html><title>Swarmfield</title>"),
		"main.wasm":       wasm,
		"main.wasm.gz":    gz.Bytes(),
		"wasm_exec.js":    []byte("// wasm_exec\n"),
		"loader.js":       []byte("// loader\n"),
		"loader.css":      []byte("body{margin:0}"),
		"icon.png":        []byte("\x89PNG\r\n\x1a\nnot really"),
		"build.json":      []byte(`{"version":"dev"}`),
		"notes.unknownxt": []byte("<html>sniff me</html>"),
		"sub/index.html":  []byte("<p>sub page</p>"),
		"empty/.keep":     []byte(""),
	} {
		s.write(t, filepath.Join(s.dir, filepath.FromSlash(name)), data)
		s.files[name] = data
	}
	s.write(t, filepath.Join(s.outside, "secret.txt"), []byte(secret))
	for link, target := range map[string]string{
		"leak.txt":    filepath.Join("..", "outside", "secret.txt"),
		"leakabs.txt": filepath.Join(s.outside, "secret.txt"),
		"leakdir":     filepath.Join("..", "outside"),
		"alias.html":  "index.html", // stays inside: must be served
	} {
		if err := os.Symlink(target, filepath.Join(s.dir, link)); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	return s
}

func (s *testSite) write(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// serve starts an httptest server for the site with opts.
func (s *testSite) serve(t *testing.T, opts options) *httptest.Server {
	t.Helper()
	root, err := os.OpenRoot(s.dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	srv := httptest.NewServer(newHandler(root, opts))
	t.Cleanup(srv.Close)
	return srv
}

// rawClient returns a client that neither decodes gzip nor follows
// redirects, so tests see the bytes and status the server sent.
func rawClient() *http.Client {
	return &http.Client{
		Transport: &http.Transport{DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
		Timeout: 10 * time.Second,
	}
}

// fetch sends method to url and returns the response with its body read.
func fetch(t *testing.T, c *http.Client, method, url string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", method, url, err)
	}
	return resp, body
}

// rawGet writes a GET request line with target exactly as given, bypassing
// any URL cleaning a client library might do, and returns the response.
func rawGet(t *testing.T, addr, target string) (*http.Response, []byte) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, addr); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %q: read response: %v", target, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %q: read body: %v", target, err)
	}
	return resp, body
}

// addrOf returns host:port of an httptest server.
func addrOf(srv *httptest.Server) string {
	return strings.TrimPrefix(srv.URL, "http://")
}
