//go:build !js

package game

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsNoEngine checks that the simulation depends on neither
// Ebitengine nor the engine packages: adapters live in game/app.
func TestImportsNoEngine(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) == 0 || deps[len(deps)-1] != "swarmfield/game" {
		t.Fatalf("go list -deps listed %q, want the dependencies ending with swarmfield/game", deps)
	}
	for _, dep := range deps {
		if strings.HasPrefix(dep, "swarmfield/engine/") || strings.HasPrefix(dep, "github.com/hajimehoshi/ebiten") {
			t.Errorf("package game depends on %s", dep)
		}
	}
}
