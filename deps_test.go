//go:build !js

package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestBrowserBuildLeavesOut: packages that would grow the download
// without earning it stay out of the browser build: the flag package
// (game/config parses URL parameters there), net/http (which ebitenutil
// pulls in), image/png (the atlases are deflated pixels and screenshots
// are the desktop's) and runtime/pprof (profiling is the desktop's).
// (Ebitengine imports image/draw, so only the size budget, make
// test-size, sees that sprite.NewImage keeps its code out.)
func TestBrowserBuildLeavesOut(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	for _, p := range []string{"flag", "net/http", "image/png", "runtime/pprof"} {
		if slices.Contains(deps, p) {
			t.Errorf("the browser build links %s", p)
		}
	}
}
