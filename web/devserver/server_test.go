package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// occupyPort listens on a free loopback port and returns it.
func occupyPort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	return ln.Addr().(*net.TCPAddr).Port
}

func TestListenPortInUse(t *testing.T) {
	port := occupyPort(t)
	ln, err := listen("127.0.0.1", port)
	if err == nil {
		ln.Close()
		t.Fatalf("listen on busy port %d succeeded", port)
	}
	want := fmt.Sprintf("port %d is already in use on 127.0.0.1; stop the other server or set PORT=%d", port, port+1)
	if err.Error() != want {
		t.Errorf("listen error:\n got %q\nwant %q", err, want)
	}
}

func TestRunPortInUse(t *testing.T) {
	s := newTestSite(t)
	port := occupyPort(t)
	var stdout, stderr bytes.Buffer
	env := envOf(map[string]string{"PORT": fmt.Sprint(port)})
	if got := run(context.Background(), []string{"-dir", s.dir}, env, &stdout, &stderr); got != exitError {
		t.Errorf("run on busy port: status %d, want %d", got, exitError)
	}
	want := fmt.Sprintf("devserver: port %d is already in use on 127.0.0.1; stop the other server or set PORT=%d\n", port, port+1)
	if stderr.String() != want {
		t.Errorf("stderr:\n got %q\nwant %q", stderr.String(), want)
	}
}

// startRun runs the program with args in the background. It returns the
// base URL from the start line, a channel of the later stdout lines, and a
// stop function that cancels the run and returns its exit status.
func startRun(t *testing.T, args []string) (string, <-chan string, func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var stderr syncBuffer
	status := make(chan int, 1)
	go func() {
		status <- run(ctx, args, envOf(nil), pw, &stderr)
		pw.Close()
	}()
	lines := make(chan string, 100)
	sc := bufio.NewScanner(pr)
	if !sc.Scan() {
		cancel()
		t.Fatalf("no start line; status %d, stderr %q", <-status, stderr.String())
	}
	start := sc.Text()
	go func() {
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	_, url, ok := strings.Cut(start, " at ")
	if !strings.HasPrefix(start, "serving ") || !ok {
		cancel()
		t.Fatalf("start line %q, want \"serving DIR at URL\"", start)
	}
	stop := func() int {
		cancel()
		code := <-status
		if stderr.String() != "" {
			t.Errorf("stderr: %q", stderr.String())
		}
		return code
	}
	return url, lines, stop
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestRunServesAndShutsDown(t *testing.T) {
	s := newTestSite(t)
	url, lines, stop := startRun(t, []string{"-dir", s.dir, "-port", "0", "-prefix", "/html/7/", "-gzip-encoding"})
	if !strings.HasPrefix(url, "http://127.0.0.1:") || !strings.HasSuffix(url, "/html/7/") {
		t.Errorf("start URL %q, want http://127.0.0.1:PORT/html/7/", url)
	}
	resp, body := fetch(t, rawClient(), http.MethodGet, url+"main.wasm.gz")
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, s.files["main.wasm.gz"]) ||
		resp.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("GET main.wasm.gz: status %d, encoding %q, %d bytes",
			resp.StatusCode, resp.Header.Get("Content-Encoding"), len(body))
	}
	logLine := <-lines
	for _, want := range []string{`"GET /html/7/main.wasm.gz HTTP/1.1"`, " 200 ", fmt.Sprint(len(s.files["main.wasm.gz"]))} {
		if !strings.Contains(logLine, want) {
			t.Errorf("access log line %q lacks %q", logLine, want)
		}
	}
	if code := stop(); code != exitOK {
		t.Errorf("exit status after shutdown %d, want 0", code)
	}
	if _, err := http.Get(url); err == nil {
		t.Errorf("server still answers after shutdown")
	}
}

func TestRunQuiet(t *testing.T) {
	s := newTestSite(t)
	url, lines, stop := startRun(t, []string{"-dir", s.dir, "-port", "0", "-quiet"})
	for range 3 {
		if resp, _ := fetch(t, rawClient(), http.MethodGet, url); resp.StatusCode != http.StatusOK {
			t.Errorf("GET /: status %d", resp.StatusCode)
		}
	}
	if code := stop(); code != exitOK {
		t.Errorf("exit status %d, want 0", code)
	}
	for line := range lines {
		t.Errorf("-quiet printed %q", line)
	}
}

func TestShutdownWaitsForRequestInFlight(t *testing.T) {
	release := make(chan struct{})
	entered := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		io.WriteString(w, "done")
	})
	ln, err := listen("127.0.0.1", 0)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serve(ctx, ln, h, nil) }()

	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			got <- "error: " + err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		got <- string(b)
	}()
	<-entered
	cancel()
	// While the handler is blocked, serve must not return. The wait only
	// gives an early return the chance to show; a slow machine cannot make
	// this check fail wrongly.
	select {
	case err := <-served:
		t.Fatalf("serve returned %v with a request in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	if body := <-got; body != "done" {
		t.Errorf("in-flight request got %q, want \"done\"", body)
	}
	if err := <-served; err != nil {
		t.Errorf("serve after shutdown: %v", err)
	}
}
