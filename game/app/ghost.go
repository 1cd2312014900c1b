package app

import (
	"swarmfield/game"
	"swarmfield/game/replay"
	"swarmfield/game/save"
)

// ghostEndTicks is how long the mark where the ghost's run ended stays.
const ghostEndTicks = 2 * game.TicksPerSecond

// ghost is the best stored run on the live run's seed, replayed alongside
// it: a game.Playback of the entry's replay steps once for every tick of
// the live run, in the app, outside the Session, so the live simulation
// never sees it. The view draws the ghost's player, translucent.
type ghost struct {
	pb *game.Playback // nil when no ghost runs
	// x and y are where the ghost's player is after tick ticks of its run:
	// the same tick as the live run's.
	x, y float32
	tick uint64
	// endX and endY mark where the ghost's run ended, for endFor more
	// ticks.
	endX, endY float32
	endFor     int
}

// startGhost is called as each run starts: it starts a ghost when the
// setting is on and the table of the mode being played (the daily one in
// the daily challenge) holds a run on the same options with its replay.
func (a *App) startGhost(r *game.Run) {
	a.ghost = ghost{}
	if !a.set.Ghost {
		return
	}
	pb := ghostOf(a.board.scores.Table(), r.Options())
	if pb == nil {
		return
	}
	a.ghost.pb = pb
	a.ghost.x, a.ghost.y = pb.Run.PlayerX, pb.Run.PlayerY
}

// ghostOf returns a playback of the best entry of t played with opts
// whose replay this build can play, or nil if there is none.
func ghostOf(t save.Table, opts game.Options) *game.Playback {
	for _, e := range t {
		if e.Seed != opts.Seed || len(e.Replay) == 0 {
			continue
		}
		rp, err := replay.Parse(e.Replay)
		if err != nil {
			continue
		}
		pb, err := game.NewPlayback(rp)
		if err != nil || pb.Run.Options() != opts {
			continue
		}
		return pb
	}
	return nil
}

// step follows one tick of the live run: the ghost plays its next
// recorded tick. When its run ends (or stops matching its recording, as a
// run from another build may) the ghost ends and leaves a mark.
func (g *ghost) step() {
	if g.endFor > 0 {
		g.endFor--
	}
	if g.pb == nil {
		return
	}
	more := g.pb.Step()
	r := g.pb.Run
	g.x, g.y, g.tick = r.PlayerX, r.PlayerY, r.Tick
	if r.GameOver || !more {
		g.endX, g.endY, g.endFor = g.x, g.y, ghostEndTicks
		g.pb = nil
	}
}

// stop ends the ghost at once, without a mark: the setting was turned off.
func (g *ghost) stop() { *g = ghost{} }

// ghostState reports the ghost for the bridge: where its player is and
// at which tick of its run, or nil when no ghost runs.
func (a *App) ghostState() any {
	g := &a.ghost
	if g.pb == nil {
		return nil
	}
	return map[string]any{"x": float64(g.x), "y": float64(g.y), "tick": float64(g.tick)}
}
