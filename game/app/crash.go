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
	r := s.Run
	if a.player != nil && a.player.pb != nil {
		info.Scene = "replay"
		r = a.player.pb.Run
	}
	if r != nil {
		info.Seed, info.Tick, info.Hash = r.Options().Seed, r.Tick, r.Hash()
	}
	if _, data, err := a.replayBytes(); err == nil {
		info.Replay = data
	}
	return info
}
