package app

import (
	"swarmfield/engine/crash"
)

// CrashInfo returns what a crash report says about the game: the current
// run's seed, tick and state hash, the scene, and the run's replay so far.
// A crash may leave the game half-updated, so crash.NewReport calls it
// under a recover.
func (a *App) CrashInfo() crash.Info {
	var info crash.Info
	s := a.sess
	if s == nil {
		return info
	}
	info.Scene = s.Scene.String()
	if a.player != nil {
		info.Scene = "replay" // the session plays the replay's run
	}
	if r := s.Run; r != nil {
		info.Seed, info.Tick, info.Hash = r.Options().Seed, r.Tick, r.Hash()
	}
	if _, data, err := a.replayBytes(); err == nil {
		info.Replay = data
	}
	return info
}
