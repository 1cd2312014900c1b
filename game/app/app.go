// Package app puts Swarmfield on Ebitengine: it turns keys, clicks and
// gamepads into the simulation's input, draws the session, keeps the best
// score and exposes the game to the page through the JS bridge.
package app

import (
	"fmt"
	"log"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/input"
	"swarmfield/engine/jsbridge"
	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/save"
)

// Config sets up the game.
type Config struct {
	// Options start the first run.
	Options game.Options
	// Version is the build's version, shown by the bridge.
	Version string
	// Store keeps the best score and settings; nil means the platform's
	// default store, with an in-memory fallback when it is unavailable.
	Store storage.Store
	// Logf reports problems that do not stop the game; nil means log.Printf.
	Logf func(format string, args ...any)
}

// App is the game as Ebitengine runs it.
type App struct {
	cfg      Config
	sess     *game.Session
	controls *input.Map
	saver    *save.Saver
	progress save.Progress
	view     *view
	frames   int
}

// New loads the art and the saved progress and returns the game on its
// title screen.
func New(cfg Config) (*App, error) {
	if err := cfg.Options.Validate(); err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	if cfg.Logf == nil {
		cfg.Logf = log.Printf
	}
	st := cfg.Store
	if st == nil {
		var err error
		if st, err = storage.Open("swarmfield"); err != nil {
			cfg.Logf("swarmfield: %v; the best score will not be kept", err)
			st = nil
		}
	}
	warn := func(msg string) { cfg.Logf("swarmfield: %s", msg) }
	saver, progress := save.Load(st, warn)
	v, err := newView()
	if err != nil {
		return nil, err
	}
	a := &App{
		cfg:      cfg,
		controls: newControls(),
		saver:    saver,
		progress: progress,
		view:     v,
	}
	a.sess = game.NewSession(cfg.Options, progress.Best)
	a.exposeBridge()
	return a, nil
}

// Session returns the running session.
func (a *App) Session() *game.Session { return a.sess }

// Update advances the game by one tick.
func (a *App) Update() error {
	a.controls.Poll()
	in := simInput(a.controls, input.Clicked(), ebiten.IsFocused())
	if a.controls.Pressed(actFullscreen) {
		ebiten.SetFullscreen(!ebiten.IsFullscreen())
	}
	before := a.sess.Scene
	a.sess.Update(in)
	a.view.update(a.sess)
	if before == game.ScenePlaying && a.sess.Scene == game.SceneGameOver {
		a.recordScore()
	}
	return nil
}

// recordScore keeps the finished run's score if it is the best.
func (a *App) recordScore() {
	if _, err := a.saver.RecordScore(int64(a.sess.Run.Score)); err != nil {
		a.cfg.Logf("swarmfield: %v", err)
	}
}

// Draw draws the current frame.
func (a *App) Draw(screen *ebiten.Image) {
	a.frames++
	a.view.draw(screen, a.sess, a.saver.Persistent())
	if a.frames == 1 {
		jsbridge.Call("swarmfield", "ready")
	}
}
