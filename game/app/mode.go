package app

// modeName returns what the player is doing, as state().mode reports it:
// "replay" while the replay viewer shows a run, "daily" in the daily
// challenge, and "normal" otherwise.
func (a *App) modeName() string {
	switch {
	case a.viewer != nil:
		return "replay"
	case a.daily.on:
		return "daily"
	}
	return "normal"
}
