package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// envOf returns a getenv function backed by m.
func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want config
	}{
		{"defaults", nil, nil,
			config{dir: "dist/web", addr: "127.0.0.1", port: 8080, options: options{prefix: "/"}}},
		{"PORT sets the port", nil, map[string]string{"PORT": "9000"},
			config{dir: "dist/web", addr: "127.0.0.1", port: 9000, options: options{prefix: "/"}}},
		{"flag wins over PORT", []string{"-port", "9100"}, map[string]string{"PORT": "9000"},
			config{dir: "dist/web", addr: "127.0.0.1", port: 9100, options: options{prefix: "/"}}},
		{"flag wins over a bad PORT", []string{"-port=9100"}, map[string]string{"PORT": "junk"},
			config{dir: "dist/web", addr: "127.0.0.1", port: 9100, options: options{prefix: "/"}}},
		{"all flags", []string{"-dir", "out", "-addr", "::1", "-port", "0", "-gzip-encoding", "-quiet", "-prefix", "/html/123"}, nil,
			config{dir: "out", addr: "::1", port: 0, quiet: true, options: options{prefix: "/html/123/", gzipEncoding: true}}},
		{"localhost", []string{"-addr", "localhost"}, nil,
			config{dir: "dist/web", addr: "localhost", port: 8080, options: options{prefix: "/"}}},
		{"remote allowed", []string{"-addr", "0.0.0.0", "-allow-remote"}, nil,
			config{dir: "dist/web", addr: "0.0.0.0", port: 8080, allowRemote: true, options: options{prefix: "/"}}},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		got, err := parseArgs(tt.args, envOf(tt.env), &stderr)
		if err != nil {
			t.Errorf("%s: parseArgs(%q): %v", tt.name, tt.args, err)
			continue
		}
		if got != tt.want {
			t.Errorf("%s: parseArgs(%q) = %+v, want %+v", tt.name, tt.args, got, tt.want)
		}
		if stderr.Len() != 0 {
			t.Errorf("%s: unexpected output %q", tt.name, stderr.String())
		}
	}
}

func TestRunUsageErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		env    map[string]string
		status int
		stderr []string // substrings the error output must contain
	}{
		{"help", []string{"-h"}, nil, exitOK, []string{"Usage:", "-gzip-encoding", "-allow-remote", "-prefix"}},
		{"unknown flag", []string{"-bogus"}, nil, exitUsage, []string{"flag provided but not defined: -bogus", "Usage:"}},
		{"port not a number", []string{"-port", "abc"}, nil, exitUsage, []string{"invalid value", "Usage:"}},
		{"port too big", []string{"-port", "70000"}, nil, exitUsage, []string{"out of range"}},
		{"negative port", []string{"-port=-1"}, nil, exitUsage, []string{"out of range"}},
		{"bad PORT", nil, map[string]string{"PORT": "http"}, exitUsage, []string{`PORT="http" is not a port number`}},
		{"PORT out of range", nil, map[string]string{"PORT": "65536"}, exitUsage, []string{"out of range"}},
		{"extra argument", []string{"dist/web"}, nil, exitUsage, []string{"unexpected arguments", "Usage:"}},
		{"empty dir", []string{"-dir", ""}, nil, exitUsage, []string{"-dir must not be empty"}},
		{"relative prefix", []string{"-prefix", "html/1/"}, nil, exitUsage, []string{"-prefix"}},
		{"unclean prefix", []string{"-prefix", "/html/../x/"}, nil, exitUsage, []string{"-prefix"}},
		{"all interfaces", []string{"-addr", "0.0.0.0"}, nil, exitUsage, []string{"non-loopback", "-allow-remote"}},
		{"empty addr", []string{"-addr", ""}, nil, exitUsage, []string{"non-loopback", "-allow-remote"}},
		{"LAN address", []string{"-addr", "192.168.1.5"}, nil, exitUsage, []string{"non-loopback", "-allow-remote"}},
		{"IPv6 any", []string{"-addr", "::"}, nil, exitUsage, []string{"non-loopback", "-allow-remote"}},
		{"host name", []string{"-addr", "example.com"}, nil, exitUsage, []string{"non-loopback", "-allow-remote"}},
		{"missing folder", []string{"-dir", "/nonexistent/swarmfield/dist"}, nil, exitError, []string{"devserver: open folder to serve", "no such file"}},
		{"remote warning", []string{"-addr", "0.0.0.0", "-allow-remote", "-dir", "/nonexistent/swarmfield/dist"}, nil, exitError,
			[]string{"warning: -allow-remote", "0.0.0.0:8080"}},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		got := run(context.Background(), tt.args, envOf(tt.env), &stdout, &stderr)
		if got != tt.status {
			t.Errorf("%s: run(%q) = %d, want %d; stderr:\n%s", tt.name, tt.args, got, tt.status, stderr.String())
		}
		for _, want := range tt.stderr {
			if !strings.Contains(strings.ToLower(stderr.String()), strings.ToLower(want)) {
				t.Errorf("%s: stderr lacks %q:\n%s", tt.name, want, stderr.String())
			}
		}
		if strings.Contains(stdout.String(), "serving") {
			t.Errorf("%s: started serving: %q", tt.name, stdout.String())
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1": true, "127.1.2.3": true, "::1": true, "[::1]": true, "localhost": true, "LOCALHOST": true,
		"": false, "0.0.0.0": false, "::": false, "10.0.0.1": false, "example.com": false, "localhost.example.com": false,
	} {
		if got := isLoopback(addr); got != want {
			t.Errorf("isLoopback(%q) = %v, want %v", addr, got, want)
		}
	}
}
