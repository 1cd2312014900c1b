package config

import "io"

// parseFlags does nothing in the browser, which has no command line: the
// page's URL parameters set the options there (applyPage). Leaving the
// flag package out of the browser build keeps its download smaller.
func (c *Config) parseFlags([]string, io.Writer) error { return nil }
