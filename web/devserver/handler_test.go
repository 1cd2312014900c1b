package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

func TestTraversalRefused(t *testing.T) {
	s := newTestSite(t)
	outsideAbs := strings.TrimPrefix(s.outside, "/")
	// Each target is appended to the prefix under test.
	targets := []string{
		"../outside/secret.txt",
		"../../../../../../etc/passwd",
		"sub/../../outside/secret.txt",
		"%2e%2e/outside/secret.txt",
		"%2E%2E/outside/secret.txt",
		"..%2foutside/secret.txt",
		"%2e%2e%2foutside%2fsecret.txt",
		"%2e%2e%2f%2e%2e%2foutside%2fsecret.txt",
		"..\\outside\\secret.txt",
		"%5c..%5coutside%5csecret.txt",
		"..%5coutside%5csecret.txt",
		"/" + outsideAbs + "/secret.txt",
		"%2f" + outsideAbs + "/secret.txt",
		outsideAbs + "/secret.txt",
		"/etc/passwd",
		"index.html%00",
		"index.html%00.png",
		"%00../outside/secret.txt",
		"./index.html",
		"leak.txt",
		"leakabs.txt",
		"leakdir/secret.txt",
		"leakdir/",
		"leakdir",
		"sub//index.html",
	}
	for _, prefix := range []string{"/", "/html/123/"} {
		srv := s.serve(t, options{prefix: prefix})
		for _, target := range targets {
			for _, full := range []string{prefix + target, srv.URL + prefix + target} {
				resp, body := rawGet(t, addrOf(srv), full)
				if resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusBadRequest {
					t.Errorf("GET %q: status %d, want 404 or 400", full, resp.StatusCode)
				}
				if bytes.Contains(body, []byte(secret)) {
					t.Errorf("GET %q: response contains the file outside the folder", full)
				}
			}
		}
		// Controls: the same server does serve files, including through a
		// symlink that stays inside the folder.
		for _, name := range []string{"index.html", "alias.html"} {
			resp, body := rawGet(t, addrOf(srv), prefix+name)
			if resp.StatusCode != http.StatusOK || !bytes.Equal(body, s.files["index.html"]) {
				t.Errorf("GET %q: status %d body %q, want 200 with index.html", prefix+name, resp.StatusCode, body)
			}
		}
	}
}

func TestContentTypesAndHeaders(t *testing.T) {
	s := newTestSite(t)
	srv := s.serve(t, options{prefix: "/"})
	c := rawClient()
	tests := []struct {
		path, file, ctype string
	}{
		{"/", "index.html", "text/html; charset=utf-8"},
		{"/index.html", "index.html", "text/html; charset=utf-8"},
		{"/main.wasm", "main.wasm", "application/wasm"},
		{"/wasm_exec.js", "wasm_exec.js", "text/javascript; charset=utf-8"},
		{"/loader.js", "loader.js", "text/javascript; charset=utf-8"},
		{"/loader.css", "loader.css", "text/css; charset=utf-8"},
		{"/icon.png", "icon.png", "image/png"},
		{"/build.json", "build.json", "application/json"},
		{"/main.wasm.gz", "main.wasm.gz", "application/gzip"},
		{"/notes.unknownxt", "notes.unknownxt", "application/octet-stream"},
		{"/sub/", "sub/index.html", "text/html; charset=utf-8"},
	}
	for _, tt := range tests {
		resp, body := fetch(t, c, http.MethodGet, srv.URL+tt.path)
		want := s.files[tt.file]
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d, want 200", tt.path, resp.StatusCode)
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != tt.ctype {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, got, tt.ctype)
		}
		if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q, want no-cache", tt.path, got)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", tt.path, got)
		}
		if got := resp.Header.Get("Content-Length"); got != strconv.Itoa(len(want)) {
			t.Errorf("GET %s: Content-Length %q, want %d", tt.path, got, len(want))
		}
		if !bytes.Equal(body, want) {
			t.Errorf("GET %s: body differs from %s", tt.path, tt.file)
		}
	}
}

func TestGzipServing(t *testing.T) {
	s := newTestSite(t)
	gz := s.files["main.wasm.gz"]
	tests := []struct {
		gzipEncoding bool
		ctype        string
		encoding     string
	}{
		{false, "application/gzip", ""},
		{true, "application/wasm", "gzip"},
	}
	for _, tt := range tests {
		srv := s.serve(t, options{prefix: "/", gzipEncoding: tt.gzipEncoding})
		for _, method := range []string{http.MethodGet, http.MethodHead} {
			resp, body := fetch(t, rawClient(), method, srv.URL+"/main.wasm.gz")
			name := method + " main.wasm.gz gzipEncoding=" + strconv.FormatBool(tt.gzipEncoding)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("%s: status %d", name, resp.StatusCode)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.ctype {
				t.Errorf("%s: Content-Type %q, want %q", name, got, tt.ctype)
			}
			if got, ok := resp.Header["Content-Encoding"]; tt.encoding == "" && ok {
				t.Errorf("%s: Content-Encoding %q present, want none", name, got)
			} else if tt.encoding != "" && resp.Header.Get("Content-Encoding") != tt.encoding {
				t.Errorf("%s: Content-Encoding %q, want %q", name, resp.Header.Get("Content-Encoding"), tt.encoding)
			}
			if got := resp.Header.Get("Content-Length"); got != strconv.Itoa(len(gz)) {
				t.Errorf("%s: Content-Length %q, want %d", name, got, len(gz))
			}
			if method == http.MethodHead {
				continue
			}
			if !bytes.Equal(body, gz) {
				t.Errorf("%s: body differs from the file", name)
			}
		}
		// A browser-like client that decodes Content-Encoding gets main.wasm.
		if tt.gzipEncoding {
			_, body := fetch(t, rawClient(), http.MethodGet, srv.URL+"/main.wasm.gz")
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			plain, err := io.ReadAll(zr)
			if err != nil || !bytes.Equal(plain, s.files["main.wasm"]) {
				t.Errorf("decoded main.wasm.gz differs from main.wasm (err %v)", err)
			}
		}
	}
	// Plain files are never marked as encoded.
	srv := s.serve(t, options{prefix: "/", gzipEncoding: true})
	resp, _ := fetch(t, rawClient(), http.MethodGet, srv.URL+"/main.wasm")
	if got := resp.Header.Get("Content-Encoding"); got != "" {
		t.Errorf("main.wasm with -gzip-encoding: Content-Encoding %q, want none", got)
	}
}

func TestHead(t *testing.T) {
	s := newTestSite(t)
	srv := s.serve(t, options{prefix: "/"})
	resp, body := fetch(t, rawClient(), http.MethodHead, srv.URL+"/main.wasm")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("HEAD: status %d", resp.StatusCode)
	}
	if got := resp.Header.Get("Content-Length"); got != strconv.Itoa(len(s.files["main.wasm"])) {
		t.Errorf("HEAD: Content-Length %q, want %d", got, len(s.files["main.wasm"]))
	}
	if got := resp.Header.Get("Content-Type"); got != "application/wasm" {
		t.Errorf("HEAD: Content-Type %q", got)
	}
	if len(body) != 0 {
		t.Errorf("HEAD: body of %d bytes, want none", len(body))
	}
}

func TestMethodNotAllowed(t *testing.T) {
	s := newTestSite(t)
	srv := s.serve(t, options{prefix: "/"})
	for _, method := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"} {
		resp, body := fetch(t, rawClient(), method, srv.URL+"/index.html")
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("%s: status %d, want 405", method, resp.StatusCode)
		}
		if got := resp.Header.Get("Allow"); got != "GET, HEAD" {
			t.Errorf("%s: Allow %q, want \"GET, HEAD\"", method, got)
		}
		if bytes.Contains(body, s.files["index.html"]) {
			t.Errorf("%s: response contains the file", method)
		}
	}
}

func TestDirectories(t *testing.T) {
	s := newTestSite(t)
	srv := s.serve(t, options{prefix: "/"})
	c := rawClient()
	for _, path := range []string{"/empty/", "/empty", "/sub/index.html/", "/index.html/", "/missing.js"} {
		resp, body := fetch(t, c, http.MethodGet, srv.URL+path)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", path, resp.StatusCode)
		}
		if bytes.Contains(body, []byte(".keep")) || bytes.Contains(body, []byte("index.html")) {
			t.Errorf("GET %s: body %q looks like a listing", path, body)
		}
	}
	resp, _ := fetch(t, c, http.MethodGet, srv.URL+"/sub?v=2")
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "./sub/?v=2" {
		t.Errorf("GET /sub: status %d Location %q, want 301 to ./sub/?v=2", resp.StatusCode, resp.Header.Get("Location"))
	}
	// A client that follows the redirect lands on the sub folder's index.
	resp, body := fetch(t, http.DefaultClient, http.MethodGet, srv.URL+"/sub")
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, s.files["sub/index.html"]) {
		t.Errorf("GET /sub followed: status %d body %q", resp.StatusCode, body)
	}
}

func TestPrefix(t *testing.T) {
	s := newTestSite(t)
	srv := s.serve(t, options{prefix: "/html/123/"})
	c := rawClient()
	tests := []struct {
		path   string
		status int
		file   string
	}{
		{"/html/123/", http.StatusOK, "index.html"},
		{"/html/123/index.html", http.StatusOK, "index.html"},
		{"/html/123/main.wasm", http.StatusOK, "main.wasm"},
		{"/html/123/sub/", http.StatusOK, "sub/index.html"},
		{"/html/123", http.StatusMovedPermanently, ""},
		{"/", http.StatusNotFound, ""},
		{"/index.html", http.StatusNotFound, ""},
		{"/html/", http.StatusNotFound, ""},
		{"/html/12/index.html", http.StatusNotFound, ""},
		{"/html/1234/index.html", http.StatusNotFound, ""},
		{"/html/123index.html", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		resp, body := fetch(t, c, http.MethodGet, srv.URL+tt.path)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
		}
		if tt.file != "" && !bytes.Equal(body, s.files[tt.file]) {
			t.Errorf("GET %s: body differs from %s", tt.path, tt.file)
		}
	}
	resp, body := fetch(t, http.DefaultClient, http.MethodGet, srv.URL+"/html/123")
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, s.files["index.html"]) {
		t.Errorf("GET /html/123 followed: status %d, body %q", resp.StatusCode, body)
	}
}

func TestLocalName(t *testing.T) {
	tests := []struct {
		rest  string
		name  string
		isDir bool
		ok    bool
	}{
		{"", ".", true, true},
		{"index.html", "index.html", false, true},
		{"sub/", "sub", true, true},
		{"a/b/c.js", "a/b/c.js", false, true},
		{"..", "", false, false},
		{"../x", "", false, false},
		{"a/../x", "", false, false},
		{"./x", "", false, false},
		{"/abs", "", false, false},
		{"a//b", "", false, false},
		{"a\\b", "", false, false},
		{"a\x00b", "", false, false},
		{"/", "", false, false},
	}
	for _, tt := range tests {
		name, isDir, ok := localName(tt.rest)
		if name != tt.name || isDir != tt.isDir || ok != tt.ok {
			t.Errorf("localName(%q) = %q, %v, %v; want %q, %v, %v", tt.rest, name, isDir, ok, tt.name, tt.isDir, tt.ok)
		}
	}
}
