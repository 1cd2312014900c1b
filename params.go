package main

import (
	"fmt"
	"net/url"
	"strconv"

	"swarmfield/game"
)

// applyQuery applies a page URL's query string, which mirrors the desktop
// flags: ?seed=N, ?hazards=N and ?bench=1. An invalid value is ignored and
// reported through warn; the game starts anyway.
func applyQuery(opts *game.Options, query string, warn func(string)) {
	values, err := url.ParseQuery(query)
	if err != nil {
		warn(fmt.Sprintf("ignoring the URL parameters: %v", err))
		return
	}
	if s := values.Get("seed"); s != "" {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			opts.Seed = n
		} else {
			warn(fmt.Sprintf("ignoring seed=%.40q: not a number from 0 to 2^64-1", s))
		}
	}
	if s := values.Get("hazards"); s != "" {
		n, err := strconv.Atoi(s)
		switch {
		case err != nil:
			warn(fmt.Sprintf("ignoring hazards=%.40q: not a whole number", s))
		case n < 1 || n > game.MaxStartHazards:
			warn(fmt.Sprintf("ignoring hazards=%d: must be from 1 to %d", n, game.MaxStartHazards))
		default:
			opts.StartHazards = n
		}
	}
	if s := values.Get("bench"); s != "" {
		b, err := strconv.ParseBool(s)
		if err != nil {
			warn(fmt.Sprintf("ignoring bench=%.40q: use 1 or 0", s))
		} else {
			opts.Invulnerable = b
		}
	}
}
