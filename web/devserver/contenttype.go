package main

import (
	"path"
	"strings"
)

// contentTypes maps lower-case file extensions to the Content-Type sent for
// them. It is fixed here rather than read from the system's MIME tables so
// that every machine serves the same headers.
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".htm":   "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".json":  "application/json",
	".map":   "application/json",
	".txt":   "text/plain; charset=utf-8",
	".wasm":  "application/wasm",
	".gz":    "application/gzip",
	".png":   "image/png",
	".jpg":   "image/jpeg",
	".jpeg":  "image/jpeg",
	".gif":   "image/gif",
	".webp":  "image/webp",
	".svg":   "image/svg+xml",
	".ico":   "image/x-icon",
	".ogg":   "audio/ogg",
	".wav":   "audio/wav",
	".mp3":   "audio/mpeg",
	".woff2": "font/woff2",
}

// fallbackContentType is sent for unknown extensions.
const fallbackContentType = "application/octet-stream"

// contentType returns the Content-Type for the file name.
func contentType(name string) string {
	if t, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return fallbackContentType
}
