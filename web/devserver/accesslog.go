package main

import (
	"io"
	"log"
	"net/http"
	"time"
)

// withAccessLog wraps next so that each request writes one line to logger:
// client address, request line, status, body bytes and duration.
func withAccessLog(next http.Handler, logger *log.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		if r.Method == http.MethodHead {
			rec.bytes = 0 // the server discards bodies written to HEAD responses
		}
		logger.Printf("%s %q %d %d %s", r.RemoteAddr, r.Method+" "+r.RequestURI+" "+r.Proto,
			rec.status, rec.bytes, time.Since(start).Round(time.Microsecond))
	})
}

// statusRecorder is an http.ResponseWriter that remembers the status code
// and counts the body bytes written through it.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

// WriteHeader records the status and passes it on.
func (w *statusRecorder) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

// Write counts the bytes and passes them on.
func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// ReadFrom keeps the underlying writer's io.ReaderFrom fast path
// (sendfile) available to http.ServeContent.
func (w *statusRecorder) ReadFrom(r io.Reader) (int64, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := io.Copy(w.ResponseWriter, r)
	w.bytes += n
	return n, err
}

// Unwrap gives http.ResponseController access to the underlying writer.
func (w *statusRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }
