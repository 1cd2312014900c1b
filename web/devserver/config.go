package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"path"
	"strconv"
	"strings"
)

// Defaults for the command-line flags.
const (
	defaultDir  = "dist/web"
	defaultAddr = "127.0.0.1"
	defaultPort = 8080
)

// config is the parsed and validated command line.
type config struct {
	dir         string
	addr        string
	port        int
	allowRemote bool
	quiet       bool
	options
}

// options are the settings the request handler needs.
type options struct {
	// prefix is the URL path under which the folder is served.
	// It starts and ends with "/".
	prefix string
	// gzipEncoding makes a request for X.gz answer with the
	// "Content-Encoding: gzip" header and the Content-Type of X.
	gzipEncoding bool
}

// parseArgs parses the command-line arguments and the PORT variable read
// through getenv. It reports any problem, with usage where that helps, to
// stderr itself. It returns flag.ErrHelp when help was asked for.
func parseArgs(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("devserver", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: go run ./web/devserver [flags]\n\n"+
			"Devserver serves the built web game for local testing.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	fs.StringVar(&cfg.dir, "dir", defaultDir, "folder to serve")
	fs.StringVar(&cfg.addr, "addr", defaultAddr, "address to bind; a non-loopback address needs -allow-remote")
	fs.IntVar(&cfg.port, "port", defaultPort, "TCP port; the PORT environment variable also sets it, and the flag wins")
	fs.BoolVar(&cfg.allowRemote, "allow-remote", false, "allow binding a non-loopback address, exposing the folder to the network")
	fs.BoolVar(&cfg.gzipEncoding, "gzip-encoding", false, `send X.gz with "Content-Encoding: gzip" and the type of X, as itch.io does`)
	fs.StringVar(&cfg.prefix, "prefix", "/", "URL path under which the folder is served, such as /html/123/")
	fs.BoolVar(&cfg.quiet, "quiet", false, "do not log each request")

	if err := fs.Parse(args); err != nil {
		return config{}, err // the flag package has printed the error and usage
	}
	fail := func(err error) (config, error) {
		fmt.Fprintf(stderr, "devserver: %v\n", err)
		return config{}, err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fail(fmt.Errorf("unexpected arguments: %q", fs.Args()))
	}
	portSet := false
	fs.Visit(func(f *flag.Flag) { portSet = portSet || f.Name == "port" })
	if !portSet {
		if env := getenv("PORT"); env != "" {
			p, err := strconv.Atoi(env)
			if err != nil {
				return fail(fmt.Errorf("PORT=%q is not a port number", env))
			}
			cfg.port = p
		}
	}
	if cfg.port < 0 || cfg.port > 65535 {
		return fail(fmt.Errorf("port %d is out of range 0-65535", cfg.port))
	}
	if cfg.dir == "" {
		return fail(errors.New("-dir must not be empty"))
	}
	prefix, err := cleanPrefix(cfg.prefix)
	if err != nil {
		return fail(err)
	}
	cfg.prefix = prefix
	if !cfg.allowRemote && !isLoopback(cfg.addr) {
		return fail(fmt.Errorf("refusing to bind non-loopback address %q: "+
			"it would expose %s to the network; pass -allow-remote to do so", cfg.addr, cfg.dir))
	}
	return cfg, nil
}

// cleanPrefix checks a -prefix value and returns it with a trailing slash.
func cleanPrefix(p string) (string, error) {
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00?#") {
		return "", fmt.Errorf("-prefix %q must be an absolute URL path such as /html/123/", p)
	}
	trimmed := strings.TrimSuffix(p, "/")
	if trimmed == "" {
		return "/", nil
	}
	if path.Clean(trimmed) != trimmed {
		return "", fmt.Errorf("-prefix %q must be a clean path without '.', '..' or '//'", p)
	}
	return trimmed + "/", nil
}

// isLoopback reports whether addr names only the loopback interface:
// "localhost" or a loopback IP literal. An empty address means all
// interfaces and is not loopback; other host names are not trusted.
func isLoopback(addr string) bool {
	if strings.EqualFold(addr, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.TrimSuffix(strings.TrimPrefix(addr, "["), "]"))
	return ip != nil && ip.IsLoopback()
}
