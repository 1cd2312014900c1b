package main

import (
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// indexName is the file served for a directory request.
const indexName = "index.html"

// handler serves the files of one folder, confined by an os.Root.
type handler struct {
	root *os.Root
	opts options
}

// newHandler returns a handler serving the files under root at opts.prefix.
// It answers only GET and HEAD, never lists directories, and refuses any
// path that could leave root.
func newHandler(root *os.Root, opts options) http.Handler {
	if opts.prefix == "" {
		opts.prefix = "/"
	}
	return &handler{root: root, opts: opts}
}

// ServeHTTP implements http.Handler.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("X-Content-Type-Options", "nosniff")

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}

	urlPath := r.URL.Path
	if urlPath+"/" == h.opts.prefix && urlPath != "" {
		// The prefix without its slash: redirect so relative URLs resolve.
		redirect(w, r, path.Base(urlPath))
		return
	}
	rest, ok := strings.CutPrefix(urlPath, h.opts.prefix)
	if !ok {
		http.NotFound(w, r)
		return
	}
	name, isDir, ok := localName(rest)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}

	info, err := h.root.Stat(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if info.IsDir() {
		index := path.Join(name, indexName)
		if ii, err := h.root.Stat(index); err != nil || !ii.Mode().IsRegular() {
			http.NotFound(w, r) // no directory listings
			return
		}
		if !isDir {
			redirect(w, r, path.Base(name))
			return
		}
		name = index
	} else if isDir || !info.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	h.serveFile(w, r, name)
}

// serveFile sends the regular file name from the root with its headers.
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	f, err := h.root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}

	ctype := contentType(name)
	if inner, ok := strings.CutSuffix(name, ".gz"); ok && h.opts.gzipEncoding {
		ctype = contentType(inner)
		w.Header().Set("Content-Encoding", "gzip")
		// ServeContent leaves Content-Length out of full responses once
		// Content-Encoding is set; the bytes sent are the file's, so set it.
		// A range response overwrites it and an error response drops it.
		w.Header().Set("Content-Length", strconv.FormatInt(info.Size(), 10))
	}
	w.Header().Set("Content-Type", ctype)
	http.ServeContent(w, r, name, info.ModTime(), f)
}

// localName turns the part of a URL path after the prefix into a slash
// separated name inside the served folder. isDir reports a trailing slash.
// It rejects NUL bytes, backslashes, empty, "." and ".." elements, absolute
// names and anything the platform does not consider local.
func localName(rest string) (name string, isDir, ok bool) {
	if strings.ContainsAny(rest, "\x00\\") {
		return "", false, false
	}
	if rest == "" {
		return ".", true, true
	}
	name, isDir = strings.CutSuffix(rest, "/")
	if !fs.ValidPath(name) || name == "." || !filepath.IsLocal(filepath.FromSlash(name)) {
		return "", false, false
	}
	return name, isDir, true
}

// redirect sends a redirect from a directory path without its trailing
// slash to the path with it, keeping the query string. The target is
// relative ("./dir/"), so it can point neither at another host nor at a
// URL scheme.
func redirect(w http.ResponseWriter, r *http.Request, dir string) {
	target := "./" + url.PathEscape(dir) + "/"
	if q := r.URL.RawQuery; q != "" {
		target += "?" + q
	}
	w.Header().Set("Location", target)
	w.WriteHeader(http.StatusMovedPermanently)
}
