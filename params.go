package main

import (
	"fmt"
	"net/url"
	"strconv"

	"swarmfield/game"
)

// applyQuery applies a page URL's query string, which mirrors the desktop
// flags: ?seed=N, ?hazards=N, ?bench=1 and ?drawimage=1. An invalid value
// is ignored and reported through warn; the game starts anyway.
func applyQuery(cfg *config, query string, warn func(string)) {
	opts := &cfg.options
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
	parseBool(values, "bench", &opts.Invulnerable, warn)
	parseBool(values, "drawimage", &cfg.drawImage, warn)
	if s := values.Get("panic"); s != "" {
		if err := cfg.debug.parsePanic(s); err != nil {
			warn(fmt.Sprintf("ignoring panic=: %v", err))
		}
	}
}

// parseBool sets *dst from the query value named key, if present.
func parseBool(values url.Values, key string, dst *bool, warn func(string)) {
	s := values.Get(key)
	if s == "" {
		return
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		warn(fmt.Sprintf("ignoring %s=%.40q: use 1 or 0", key, s))
		return
	}
	*dst = b
}
