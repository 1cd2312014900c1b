//go:build !js

package config

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// parseFlags sets c from the command line.
func (c *Config) parseFlags(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("swarmfield", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: swarmfield [flags]\n\nSwarmfield: collect orbs, dodge the swarm, stay in the field.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	for _, o := range options {
		set := func(s string) error { return o.set(c, s) }
		if o.isBool {
			fs.BoolFunc(o.flag, o.usage, set)
		} else {
			fs.Func(o.flag, o.usage, set)
		}
	}
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return ErrHelp
	} else if err != nil {
		return err
	}
	err := c.check()
	if err == nil && fs.NArg() > 0 {
		err = fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if err != nil {
		fmt.Fprintln(stderr, "swarmfield:", err)
		fs.Usage()
	}
	return err
}
