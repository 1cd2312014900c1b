package app

import "errors"

// watchCode is a stand-in until the viewer's branch lands (REPLAY-UI.md).
func (a *App) watchCode(code string) error {
	return errors.New("watching replays in the game is not available yet")
}
