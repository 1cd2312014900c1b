package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"strconv"
	"syscall"
	"time"
)

// Server timeouts.
const (
	// shutdownTimeout bounds how long a graceful shutdown waits for
	// requests in flight before closing their connections.
	shutdownTimeout = 5 * time.Second
	// readHeaderTimeout bounds how long a client may take to send headers.
	readHeaderTimeout = 10 * time.Second
)

// listen opens a TCP listener on host:port. A port already in use gives an
// error saying so in one line, with what to do about it.
func listen(host string, port int) (net.Listener, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if errors.Is(err, syscall.EADDRINUSE) {
		other := port + 1
		if other > 65535 {
			other = 8080
		}
		return nil, fmt.Errorf("port %d is already in use on %s; stop the other server or set PORT=%d", port, host, other)
	}
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", net.JoinHostPort(host, strconv.Itoa(port)), err)
	}
	return ln, nil
}

// serve answers requests on ln with h until ctx is done, then shuts the
// server down gracefully, waiting at most shutdownTimeout. Server errors go
// to errorLog. It closes ln.
func serve(ctx context.Context, ln net.Listener, h http.Handler, errorLog *log.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ErrorLog:          errorLog,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	err := srv.Shutdown(shutdownCtx)
	if err != nil {
		srv.Close()
		err = fmt.Errorf("shutdown: %w", err)
	}
	<-served // http.ErrServerClosed
	return err
}
