package main

import (
	"bytes"
	"testing"
)

func TestParseDebugFlags(t *testing.T) {
	tests := []struct {
		args  []string
		ok    bool
		at    int
		draw  bool
		sizes int
	}{
		{[]string{"-debug-panic-at", "120"}, true, 120, false, 0},
		{[]string{"-debug-panic-at", "draw:7"}, true, 7, true, 0},
		{[]string{"-debug-panic-at", "update:1", "-debug-window-sizes", "1x1, 7680x4320"}, true, 1, false, 2},
		{[]string{"-debug-panic-at", "0"}, false, 0, false, 0},
		{[]string{"-debug-panic-at", "frame:3"}, false, 0, false, 0},
		{[]string{"-debug-panic-at", "draw:x"}, false, 0, false, 0},
		{[]string{"-debug-window-sizes", "0x0"}, false, 0, false, 0},
		{[]string{"-debug-window-sizes", "800x"}, false, 0, false, 0},
		{[]string{"-debug-window-sizes", "99999x10"}, false, 0, false, 0},
		{[]string{"-debug-window-shots", "."}, false, 0, false, 0},
		{[]string{"-debug-window-sizes", "10x10", "-debug-window-shots", "no/such/folder"}, false, 0, false, 0},
		{[]string{"-debug-window-sizes", "10x10", "-debug-window-shots", "."}, true, 0, false, 1},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		cfg, err := parseFlags(tt.args, &stderr)
		if (err == nil) != tt.ok {
			t.Errorf("parseFlags(%q) error = %v, want ok=%v", tt.args, err, tt.ok)
			continue
		}
		if tt.ok && (cfg.debug.panicAt != tt.at || cfg.debug.panicInDraw != tt.draw || len(cfg.debug.windowSizes) != tt.sizes) {
			t.Errorf("parseFlags(%q) = %+v", tt.args, cfg.debug)
		}
	}
	cfg := config{}
	var warnings []string
	applyQuery(&cfg, "panic=draw:60", func(s string) { warnings = append(warnings, s) })
	applyQuery(&cfg, "panic=-1", func(s string) { warnings = append(warnings, s) })
	if cfg.debug.panicAt != 60 || !cfg.debug.panicInDraw || len(warnings) != 1 {
		t.Errorf("?panic=: %+v, warnings %q", cfg.debug, warnings)
	}
}
