package app

import (
	"strconv"

	"swarmfield/engine/jsbridge"
	"swarmfield/game"
)

// exposeBridge publishes window.swarmfield in the browser.
func (a *App) exposeBridge() {
	jsbridge.Expose("swarmfield", a.cfg.Version, map[string]jsbridge.Func{
		"state":   func() any { return a.State() },
		"metrics": func() any { return a.meter.metrics() },
		// replayBytes returns the latest run's replay, base64, or "".
		"replayBytes": func() any { return a.ReplayBase64() },
		// downloadReplay saves it as a download and returns its file
		// name, or null if there is none.
		"downloadReplay": func() any {
			name, err := a.SaveReplay()
			if err != nil {
				a.cfg.Logf("swarmfield: %v", err)
				return nil
			}
			return name
		},
	})
}

// State returns a plain snapshot of the game for the page and tests:
// the tick, the scene, the player, the score, the best score, whether the
// run is over, the entity counts, the seed and the state hash.
func (a *App) State() map[string]any {
	s := a.sess
	r := s.Run
	return map[string]any{
		"tick":     float64(r.Tick),
		"scene":    a.sceneName(),
		"player":   map[string]any{"x": float64(r.PlayerX), "y": float64(r.PlayerY)},
		"score":    r.Score,
		"best":     float64(s.Best),
		"gameOver": r.GameOver,
		"hazards":  r.Hazards.Len(),
		"orbs":     game.NumOrbs,
		"seed":     strconv.FormatUint(r.Options().Seed, 10),
		"hash":     strconv.FormatUint(r.Hash(), 16),
		"runs":     s.Runs,
		"frames":   a.frames,
		"shake":    float64(a.view.feel.shake),
	}
}
