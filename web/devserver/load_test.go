package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Shape of the loopback load test.
const (
	loadClients  = 200
	loadDuration = 10 * time.Second
)

// TestLoad runs loadClients concurrent clients against a real server on
// loopback for loadDuration and requires every response to be a complete
// 200. It logs the request count and throughput.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped in -short mode")
	}
	s := newTestSite(t)
	root, err := os.OpenRoot(s.dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	ln, err := listen("127.0.0.1", 0)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serve(ctx, ln, newHandler(root, options{prefix: "/", gzipEncoding: true}), nil) }()
	base := "http://" + ln.Addr().String() + "/"

	client := &http.Client{
		Transport: &http.Transport{
			DisableCompression:  true,
			MaxIdleConns:        loadClients,
			MaxIdleConnsPerHost: loadClients,
		},
		Timeout: 30 * time.Second,
	}
	paths := []string{"", "index.html", "wasm_exec.js", "loader.js", "main.wasm.gz", "main.wasm"}
	sizes := []int{
		len(s.files["index.html"]), len(s.files["index.html"]), len(s.files["wasm_exec.js"]),
		len(s.files["loader.js"]), len(s.files["main.wasm.gz"]), len(s.files["main.wasm"]),
	}

	var requests, failures, bytesRead atomic.Int64
	var firstErr error
	var errOnce sync.Once
	fail := func(err error) {
		failures.Add(1)
		errOnce.Do(func() { firstErr = err })
	}
	start := time.Now()
	var wg sync.WaitGroup
	for c := range loadClients {
		wg.Go(func() {
			for i := c; time.Since(start) < loadDuration; i++ {
				k := i % len(paths)
				resp, err := client.Get(base + paths[k])
				if err != nil {
					fail(err)
					continue
				}
				n, err := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				requests.Add(1)
				bytesRead.Add(n)
				switch {
				case err != nil:
					fail(err)
				case resp.StatusCode != http.StatusOK:
					fail(&statusError{paths[k], resp.StatusCode})
				case n != int64(sizes[k]):
					fail(&sizeError{paths[k], n, sizes[k]})
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	cancel()
	if err := <-served; err != nil {
		t.Errorf("serve: %v", err)
	}

	t.Logf("%d clients, %v: %d requests, %.0f req/s, %.1f MB/s",
		loadClients, elapsed.Round(time.Millisecond), requests.Load(),
		float64(requests.Load())/elapsed.Seconds(), float64(bytesRead.Load())/elapsed.Seconds()/1e6)
	if failures.Load() != 0 {
		t.Errorf("%d failed requests; first: %v", failures.Load(), firstErr)
	}
	if requests.Load() == 0 {
		t.Errorf("no requests completed")
	}
}

// statusError is a response with an unexpected status.
type statusError struct {
	path   string
	status int
}

func (e *statusError) Error() string {
	return fmt.Sprintf("GET /%s: status %d", e.path, e.status)
}

// sizeError is a response whose body length differs from the file's.
type sizeError struct {
	path string
	got  int64
	want int
}

func (e *sizeError) Error() string {
	return fmt.Sprintf("GET /%s: %d body bytes, want %d", e.path, e.got, e.want)
}
