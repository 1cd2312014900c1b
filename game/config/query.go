package config

import (
	"fmt"
	"net/url"
)

// applyQuery applies a page URL's query string, whose parameters mirror
// the desktop flags (see options): ?seed=N, ?hazards=N, ?bench=1,
// ?drawimage=1 and ?panic=N; and ?replay=CODE, a replay code to watch,
// which the game checks when it starts. An invalid value is ignored and
// reported through warn; the game starts anyway.
func (c *Config) applyQuery(query string, warn func(string)) {
	values, err := url.ParseQuery(query)
	if err != nil {
		// ParseQuery keeps every parameter it could read.
		warn(fmt.Sprintf("ignoring a malformed URL parameter: %v", err))
	}
	if code := values.Get("replay"); code != "" {
		c.ReplayCode = code
	}
	for _, o := range options {
		if o.param == "" {
			continue
		}
		s := values.Get(o.param)
		switch {
		case s == "" && o.isBool && values.Has(o.param):
			s = "true" // ?bench alone means true, as -bench does
		case s == "":
			continue
		}
		if err := o.set(c, s); err != nil {
			warn(fmt.Sprintf("ignoring %s=%.40q: %v", o.param, s, err))
		}
	}
}

// applyHash applies a page URL's fragment, without its '#': #replay=CODE
// sets the replay code to watch, as ?replay= does, for pages whose host
// drops or rewrites the query. Other fragments are left alone.
func (c *Config) applyHash(fragment string) {
	values, _ := url.ParseQuery(fragment) // keeps what it could read
	if code := values.Get("replay"); code != "" {
		c.ReplayCode = code
	}
}
