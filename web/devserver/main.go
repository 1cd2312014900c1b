package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
)

// Exit statuses of run.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole program: it parses args, serves until ctx is done and
// returns the exit status (0 after a clean shutdown, 1 on failure, 2 on a
// usage error). The start line and access log go to stdout, problems to
// stderr.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	cfg, err := parseArgs(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	if cfg.allowRemote {
		fmt.Fprintf(stderr, "devserver: warning: -allow-remote: anyone who can reach %s can read the files in %s\n",
			net.JoinHostPort(cfg.addr, strconv.Itoa(cfg.port)), cfg.dir)
	}

	root, err := os.OpenRoot(cfg.dir)
	if err != nil {
		fmt.Fprintf(stderr, "devserver: open folder to serve: %v (build the web version first, or set -dir)\n", err)
		return exitError
	}
	defer root.Close()

	ln, err := listen(cfg.addr, cfg.port)
	if err != nil {
		fmt.Fprintf(stderr, "devserver: %v\n", err)
		return exitError
	}

	var h http.Handler = newHandler(root, cfg.options)
	if !cfg.quiet {
		h = withAccessLog(h, log.New(stdout, "", log.Ltime))
	}
	port := ln.Addr().(*net.TCPAddr).Port
	fmt.Fprintf(stdout, "serving %s at http://%s%s\n", cfg.dir, net.JoinHostPort(cfg.addr, strconv.Itoa(port)), cfg.prefix)

	if err := serve(ctx, ln, h, log.New(stderr, "devserver: ", 0)); err != nil {
		fmt.Fprintf(stderr, "devserver: %v\n", err)
		return exitError
	}
	return exitOK
}
