package config

import (
	"bytes"
	"image"
	"reflect"
	"strings"
	"testing"

	"swarmfield/engine/loop"
	"swarmfield/game"
)

// TestOptionBothWays runs one table through both front ends: each value
// must be accepted or refused alike by the flag and by the URL parameter,
// and an accepted one must give the same Config.
func TestOptionBothWays(t *testing.T) {
	tests := []struct {
		flag, value string
		want        Config // the zero Config when refused
		ok          bool
	}{
		{"seed", "0", Config{}, true},
		{"seed", "42", Config{Options: game.Options{Seed: 42}}, true},
		{"seed", "18446744073709551615", Config{Options: game.Options{Seed: 1<<64 - 1}}, true},
		{"seed", "18446744073709551616", Config{}, false},
		{"seed", "-1", Config{}, false},
		{"seed", "abc", Config{}, false},
		{"hazards", "0", Config{}, false},
		{"hazards", "1", Config{Options: game.Options{StartHazards: 1}}, true},
		{"hazards", "200000", Config{Options: game.Options{StartHazards: 200000}}, true},
		{"hazards", "200001", Config{}, false},
		{"hazards", "-5", Config{}, false},
		{"hazards", "1e9", Config{}, false},
		{"hazards", "999999999999999999999", Config{}, false},
		{"bench", "1", Config{Options: game.Options{Invulnerable: true}}, true},
		{"bench", "true", Config{Options: game.Options{Invulnerable: true}}, true},
		{"bench", "0", Config{}, true},
		{"bench", "maybe", Config{}, false},
		{"drawimage", "1", Config{DrawImage: true}, true},
		{"drawimage", "yes", Config{}, false},
		{"debug-panic-at", "120", Config{Debug: loop.Debug{PanicAt: 120}}, true},
		{"debug-panic-at", "draw:7", Config{Debug: loop.Debug{PanicAt: 7, PanicInDraw: true}}, true},
		{"debug-panic-at", "update:1", Config{Debug: loop.Debug{PanicAt: 1}}, true},
		{"debug-panic-at", "0", Config{}, false},
		{"debug-panic-at", "-1", Config{}, false},
		{"debug-panic-at", "frame:3", Config{}, false},
		{"debug-panic-at", "draw:x", Config{}, false},
		// Desktop-only flags.
		{"frames", "3", Config{Frames: 3}, true},
		{"frames", "-1", Config{}, false},
		{"debug-window-sizes", "1x1, 7680x4320", Config{Debug: loop.Debug{WindowSizes: []image.Point{{1, 1}, {7680, 4320}}}}, true},
		{"debug-window-sizes", "0x0", Config{}, false},
		{"debug-window-sizes", "800x", Config{}, false},
		{"debug-window-sizes", "99999x10", Config{}, false},
	}
	for _, tt := range tests {
		var o *option
		for i := range options {
			if options[i].flag == tt.flag {
				o = &options[i]
			}
		}
		if o == nil {
			t.Fatalf("no option -%s", tt.flag)
		}
		var flagged Config
		var stderr bytes.Buffer
		err := flagged.parseFlags([]string{"-" + tt.flag + "=" + tt.value}, &stderr)
		if (err == nil) != tt.ok {
			t.Errorf("-%s=%s: error %v, want ok=%v", tt.flag, tt.value, err, tt.ok)
		} else if !tt.ok && !strings.Contains(stderr.String(), "Usage: swarmfield") {
			t.Errorf("-%s=%s did not print the usage: %q", tt.flag, tt.value, &stderr)
		} else if tt.ok && !reflect.DeepEqual(flagged, tt.want) {
			t.Errorf("-%s=%s gave %+v, want %+v", tt.flag, tt.value, flagged, tt.want)
		}
		if o.param == "" {
			continue
		}
		var queried Config
		var warnings []string
		queried.applyQuery(o.param+"="+tt.value, func(s string) { warnings = append(warnings, s) })
		if (len(warnings) == 0) != tt.ok {
			t.Errorf("?%s=%s: warnings %q, want ok=%v", o.param, tt.value, warnings, tt.ok)
		}
		if !reflect.DeepEqual(queried, tt.want) {
			t.Errorf("?%s=%s gave %+v, want %+v", o.param, tt.value, queried, tt.want)
		}
	}
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args []string
		ok   bool
	}{
		{[]string{"-seed", "18446744073709551615", "-hazards", "20000", "-bench"}, true},
		{[]string{"-frames", "3", "-screenshot", "x.png"}, true},
		{[]string{"-screenshot", "x.png"}, false},
		{[]string{"-replay", "a.replay", "-headless"}, true},
		{[]string{"-headless"}, false},
		{[]string{"-record", "a.replay", "-replay", "b.replay"}, false},
		{[]string{"-debug-window-shots", "."}, false},
		{[]string{"-debug-window-sizes", "10x10", "-debug-window-shots", "no/such/folder"}, false},
		{[]string{"-debug-window-sizes", "10x10", "-debug-window-shots", "."}, true},
		{[]string{"-nosuchflag"}, false},
		{[]string{"stray"}, false},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		_, err := Parse(tt.args, &stderr)
		if (err == nil) != tt.ok {
			t.Errorf("Parse(%q) error = %v, want ok=%v", tt.args, err, tt.ok)
		}
		if !tt.ok && !strings.Contains(stderr.String(), "Usage: swarmfield") {
			t.Errorf("Parse(%q) did not print the usage: %q", tt.args, &stderr)
		}
	}
	// Unset, the seed is random.
	a, _ := Parse(nil, &bytes.Buffer{})
	b, _ := Parse(nil, &bytes.Buffer{})
	if a.Options.Seed == b.Options.Seed {
		t.Errorf("two runs without -seed both got seed %d", a.Options.Seed)
	}
}

func TestApplyQuery(t *testing.T) {
	tests := []struct {
		query    string
		want     Config
		warnings int
	}{
		{"seed=7&hazards=100&bench=1&drawimage=1", Config{Options: game.Options{Seed: 7, StartHazards: 100, Invulnerable: true}, DrawImage: true}, 0},
		{"", Config{Options: game.Options{Seed: 3}}, 0},
		{"seed=-4&hazards=0", Config{Options: game.Options{Seed: 3}}, 2},
		{"hazards=200001&bench=maybe", Config{Options: game.Options{Seed: 3}}, 2},
		{"frames=9&headless=1", Config{Options: game.Options{Seed: 3}}, 0}, // not URL parameters
		// ?replay= is a code to watch, never a file to read.
		{"replay=SWF1.abc_-x&seed=7", Config{Options: game.Options{Seed: 7}, ReplayCode: "SWF1.abc_-x"}, 0},
		{"%zz", Config{Options: game.Options{Seed: 3}}, 1},
		{"bench&drawimage=", Config{Options: game.Options{Seed: 3, Invulnerable: true}, DrawImage: true}, 0},
		// A malformed parameter (a tracker's, say) leaves the good ones.
		{"seed=7&utm=%zz&hazards=100", Config{Options: game.Options{Seed: 7, StartHazards: 100}}, 1},
	}
	for _, tt := range tests {
		cfg := Config{Options: game.Options{Seed: 3}}
		var warnings []string
		cfg.applyQuery(tt.query, func(s string) { warnings = append(warnings, s) })
		if !reflect.DeepEqual(cfg, tt.want) || len(warnings) != tt.warnings {
			t.Errorf("applyQuery(%q) = %+v with warnings %q; want %+v with %d", tt.query, cfg, warnings, tt.want, tt.warnings)
		}
	}
}

// TestApplyHash checks #replay=CODE, with and without a query's
// ?replay=: the fragment's code wins, and other fragments change nothing.
func TestApplyHash(t *testing.T) {
	for _, tt := range []struct{ query, hash, want string }{
		{"", "replay=SWF1.abc", "SWF1.abc"},
		{"replay=SWF1.old", "replay=SWF1.new", "SWF1.new"},
		{"replay=SWF1.old", "top", "SWF1.old"},
		{"", "a=%zz&replay=SWF1.x", "SWF1.x"},
		{"", "", ""},
	} {
		cfg := Config{}
		cfg.applyQuery(tt.query, func(string) {})
		cfg.applyHash(tt.hash)
		if cfg.ReplayCode != tt.want {
			t.Errorf("?%s#%s: ReplayCode = %q, want %q", tt.query, tt.hash, cfg.ReplayCode, tt.want)
		}
	}
}
