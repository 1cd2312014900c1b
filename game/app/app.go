// Package app puts Swarmfield on Ebitengine: it turns keys, clicks and
// gamepads into the simulation's input, draws the session, keeps the best
// score and exposes the game to the page through the JS bridge.
package app

import (
	"fmt"
	"io"
	"log"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/input"
	"swarmfield/engine/jsbridge"
	"swarmfield/engine/loop"
	"swarmfield/engine/parallel"
	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/replay"
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
	// DrawImagePerSprite draws the swarm with one DrawImage call per
	// hazard, as Ebitengine's examples draw sprites, instead of the sprite
	// batch: a baseline for measuring what the batch saves.
	DrawImagePerSprite bool
	// PerfLog, if set, receives the performance figures as one JSON
	// object a line, once a second.
	PerfLog io.Writer
	// ReplayFile, if set, is a replay file shown in the viewer when the
	// game starts (see viewer.go).
	ReplayFile string
	// ReplayCode, if set, is a replay code from the page's URL, shown in
	// the viewer when the game starts; if it cannot be played, the title
	// says why in one sentence (see watchCode).
	ReplayCode string
	// RecordFile, if set, receives the latest run's replay when it ends
	// and when the game quits (see App.Close).
	RecordFile string
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
	meter    *meter
	pool     *parallel.Pool
	// showPanel is toggled by F3: the detailed performance panel.
	showPanel bool
	// dev holds the touch d-pad, the gamepad stick and the sound
	// (devices.go).
	dev devices
	// rec records the latest run (recording.go); viewer is set when the
	// app shows a replay instead of the game (viewer.go).
	rec    *game.Recorder
	viewer *viewer
	// overlay is the how-to or initials scene, if open; hold keeps a
	// confirm press from the session for a while after it closes; onb
	// and board are the onboarding and the high-score table (scenes.go).
	overlay overlay
	hold    int
	focus   bool // the latest tick had the focus
	onb     onboarding
	board   board
	ctl     controls // the touch controls' layout (layout.go)
	// set are the player's settings, menu the screen that changes them
	// (settings.go).
	set  save.Settings
	menu settingsMenu
	// music is the streamed tune (music.go), grey the game-over fade
	// (grey.go).
	music music
	grey  grey
	// share is the high-score screen, the title's buttons and the
	// replay codes' way in and out (share.go).
	share share
	// watchNote is the sentence that says why the latest replay code
	// could not be watched, shown on the title until a run starts
	// (watch.go).
	watchNote string
	// store keeps the progress, the settings and the tables; daily is the
	// daily challenge (daily.go) and ghost the best run on the seed being
	// played (ghost.go).
	store storage.Store
	daily daily
	ghost ghost
	// lastIn is the latest tick's input, whose held keys a catch-up tick
	// keeps (catchup.go).
	lastIn game.Input
	// stepped is set when the latest Update stepped the session: when
	// the settings, the viewer, the high-score screen or the paste box
	// had the tick instead, catch-up ticks wait too.
	stepped bool
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
			cfg.Logf("swarmfield: %v", err) // save.Load says once that the score will not be kept
			st = nil
		}
	}
	warn := func(msg string) { cfg.Logf("swarmfield: %s", msg) }
	saver, progress := save.Load(st, warn)
	if st == nil {
		st = storage.NewMemory()
	}
	v, err := newView(cfg.DrawImagePerSprite)
	if err != nil {
		return nil, err
	}
	a := &App{
		cfg:      cfg,
		controls: newControls(),
		saver:    saver,
		progress: progress,
		view:     v,
		store:    st,
	}
	a.sess = game.NewSession(cfg.Options, progress.Best)
	a.meter = newMeter()
	a.meter.log = cfg.PerfLog
	a.sess.Instruments = &a.meter.ins
	if a.pool = newSwarmPool(cfg.Options.StartHazards); a.pool != nil {
		a.sess.Parallel = a.pool.For
	}
	a.startRecording()
	if cfg.ReplayFile != "" {
		rp, err := replay.ReadFile(cfg.ReplayFile)
		if err != nil {
			return nil, fmt.Errorf("app: %w", err)
		}
		if err := a.startViewer(rp); err != nil {
			return nil, err
		}
	}
	a.initDevices()
	a.initSettings()
	a.initMusic()
	if err := a.initControls(); err != nil {
		return nil, err
	}
	a.initShare()
	a.exposeBridge()
	a.loadScores(save.LoadScores(st, warn))
	a.initDaily()
	a.onb.load(st, a.saver.Persistent())
	if cfg.ReplayCode != "" {
		a.watch(cfg.ReplayCode) // the title says why if it cannot
	}
	return a, nil
}

// Hooks returns the loop hooks that time every update and frame.
func (a *App) Hooks() loop.Hooks { return a.meter }

// warn reports a problem with stored data that does not stop the game.
func (a *App) warn(msg string) { a.cfg.Logf("swarmfield: %s", msg) }

// Draw draws the current frame.
func (a *App) Draw(screen *ebiten.Image) {
	a.frames++
	a.fitScreen(screen)
	// With bars around the field Draw clears the screen, which the loop
	// does not (loop.Config.CoversScreen), and the backdrop is drawn
	// whole.
	a.view.redraw = a.view.area != screen.Bounds()
	if a.view.redraw {
		screen.Clear()
	}
	a.updateLayout()
	a.shakeView()
	a.meter.beforeDraw(a.sess, a.showPanel)
	a.view.screens = screens{board: &a.board, touch: a.touchScreen(), focused: a.focus, note: a.titleNote(), covered: a.overlay != noOverlay}
	a.view.menuOpen = a.menu.open
	a.markGhost()
	a.view.day = a.daily.label
	a.prepareShare()
	a.view.draw(screen, a.sess, a.saver.Persistent())
	a.drawDailyOver()
	a.drawOverlay()
	a.drawDevices()
	a.drawSettingsScreen()
	if a.share.screen.open {
		a.drawScores()
	}
	a.view.drawFeel()
	if a.set.ShowFPS {
		drawSummary(a.view.glyphs, a.meter.hud, a.sess.Scene != game.SceneTitle)
	}
	if a.showPanel {
		drawPanel(a.view.sprites, a.view.glyphs, a.meter.hud, a.meter.snap.Slow, a.meter.stateLine, a.meter.spark)
	}
	a.flushField(a.fieldArea(screen))
	a.drawControls(screen)
	if a.frames == 1 {
		jsbridge.Call("swarmfield", "ready")
	}
}
