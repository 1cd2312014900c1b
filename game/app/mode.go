package app

// modeName returns the mode for the bridge's state().mode: "replay" while
// the replay viewer is open, "normal" otherwise.
func (a *App) modeName() string {
	if a.viewer != nil {
		return "replay"
	}
	return "normal"
}
