//go:build !js

package app

import (
	"testing"

	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/save"
)

// TestOfferScore: a run that makes the table opens the initials entry,
// while a stress run (?bench=1, hazards harmless) never enters the table.
func TestOfferScore(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stress bool
		want   overlay
	}{
		{"normal", false, overlayInitials},
		{"stress", true, noOverlay},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newTestApp(storage.NewMemory())
			a.sess = game.NewSession(game.Options{Seed: 1, Invulnerable: tc.stress}, 0)
			a.loadScores(save.LoadScores(storage.NewMemory(), func(string) {}))
			a.sess.Run.Score = 5
			a.offerScore()
			if a.overlay != tc.want {
				t.Errorf("overlay %v after a run scoring 5, want %v", a.overlay, tc.want)
			}
		})
	}
}
