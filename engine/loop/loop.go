// Package loop adapts a fixed-size game to Ebitengine's loop: a fixed
// logical screen that Ebitengine letterboxes into any window, an optional
// frame limit with a screenshot of the last frame, timing of every update
// and draw, and catch-up ticks that keep the game on real time when frames
// come too slowly for Ebitengine's own catch-up (pace.go).
package loop

import (
	"fmt"
	"image"
	"path/filepath"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/crash"
)

// Game is what the loop runs. Update is called at the fixed tick rate
// (60 per second unless changed with ebiten.SetTPS); Draw once per frame
// onto a screen of the configured logical size.
type Game interface {
	Update() error
	Draw(screen *ebiten.Image)
}

// Config sets up a run of the loop.
type Config struct {
	// Width and Height are the logical screen size.
	Width, Height int
	// Title is the window title on the desktop.
	Title string
	// MaxFrames, when positive, ends the loop after that many frames.
	MaxFrames int
	// Screenshot, when set, is a PNG file that receives the last frame
	// drawn before MaxFrames ends the loop.
	Screenshot string
	// Hooks, when set, is told when updates and frames begin and end.
	Hooks Hooks
	// HiDPI gives Draw a screen of the window's size in device pixels
	// instead of the logical size, so that the game can draw crisply at
	// any size and device scale factor; the game then fits its field into
	// the screen itself (see FitField).
	HiDPI bool
	// CoversScreen says that Draw sets every pixel of the screen in every
	// frame, so the loop need not clear the screen before it: one pass
	// over every pixel less, which counts where a frame's cost is its
	// pixels (software rendering, large HiDPI screens).
	CoversScreen bool
	// MaxTicksPerFrame caps the ticks one frame runs, Ebitengine's own
	// catch-up included (at most 5), when frames come too slowly for the
	// tick rate: up to the cap the loop runs catch-up ticks so that the
	// game keeps real time; beyond it the game runs slower than real
	// time, and the Pace says so. Zero means DefaultMaxTicksPerFrame; a
	// game that implements CatchUpGame is asked for its catch-up ticks.
	MaxTicksPerFrame int
	// Debug holds hooks for testing the loop's failure handling.
	Debug Debug
}

// Debug holds test hooks. They are off when zero.
type Debug struct {
	// PanicAt, when positive, panics in the PanicAt-th update, or with
	// PanicInDraw in the PanicAt-th frame, to test crash handling.
	PanicAt     int
	PanicInDraw bool
	// WindowSizes, when set, resizes the desktop window to each size in
	// turn, one every WindowSizeFrames frames, then back to the configured
	// size.
	WindowSizes []image.Point
	// ShotDir, when set with WindowSizes, receives a PNG of the screen as
	// drawn at each size, size-WxH.png, taken halfway through the size's
	// turn. With HiDPI the screen is the window's content in device
	// pixels, letterboxing included.
	ShotDir string
}

// WindowSizeFrames is how many frames each of Debug.WindowSizes lasts.
const WindowSizeFrames = 12

// Hooks observe the loop, for example to time it.
type Hooks interface {
	// UpdateBegin and UpdateEnd bracket each tick.
	UpdateBegin()
	UpdateEnd()
	// DrawBegin and DrawEnd bracket each frame.
	DrawBegin()
	DrawEnd()
}

// adapter is the ebiten.Game that wraps a Game.
type adapter struct {
	game   Game
	cfg    Config
	frames int
	done   bool
	shot   *image.RGBA // the last frame, for Config.Screenshot
	err    error

	// sizeShot names the file in Debug.ShotDir that the next frame goes
	// to, if any.
	sizeShot string

	updates int
	// crashed is the panic caught in Update or Draw, or the error of a
	// catch-up tick; every later Update returns it, which ends the loop.
	crashed error

	// pace keeps the ticks up with real time (pace.go) at tps ticks a
	// second, as now tells the time.
	pace pacer
	tps  int
	now  func() time.Duration
}

// Run opens the window (or takes over the page's canvas in a browser)
// and runs g until it returns an error, the window closes or MaxFrames
// frames have been drawn.
func Run(g Game, cfg Config) error {
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return fmt.Errorf("loop: bad screen size %dx%d", cfg.Width, cfg.Height)
	}
	ebiten.SetWindowSize(cfg.Width, cfg.Height)
	ebiten.SetWindowTitle(cfg.Title)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetScreenClearedEveryFrame(!cfg.CoversScreen)
	a := newAdapter(g, cfg, monotonic())
	if err := ebiten.RunGame(a); err != nil {
		return err
	}
	return a.err
}

// newAdapter returns the adapter running g, telling the time with now.
func newAdapter(g Game, cfg Config, now func() time.Duration) *adapter {
	if cfg.MaxTicksPerFrame <= 0 {
		cfg.MaxTicksPerFrame = DefaultMaxTicksPerFrame
	}
	return &adapter{game: g, cfg: cfg, now: now}
}

// Update runs one tick of the game. A panic in it, or in the previous
// Draw, ends the loop with a *crash.Panic error.
func (a *adapter) Update() (err error) {
	if a.crashed != nil {
		return a.crashed
	}
	defer a.catch(&err)
	a.updates++
	a.debugPanic(false, a.updates)
	if a.done {
		if a.err == nil && a.shot != nil {
			a.err = writePNG(a.cfg.Screenshot, a.shot)
		}
		return ebiten.Termination
	}
	a.pace.ticked(a.now())
	return a.tick(false)
}

// Draw draws one frame. A panic in it is kept for the next Update to
// return; the frames after it are not drawn.
func (a *adapter) Draw(screen *ebiten.Image) {
	if a.crashed != nil {
		return
	}
	defer a.catch(nil)
	if !a.done {
		a.catchUp()
		if a.crashed != nil {
			return
		}
	}
	a.debugPanic(true, a.frames+1)
	if h := a.cfg.Hooks; h != nil {
		h.DrawBegin()
	}
	a.game.Draw(screen)
	if h := a.cfg.Hooks; h != nil {
		h.DrawEnd()
	}
	if a.sizeShot != "" {
		if err := writePNG(filepath.Join(a.cfg.Debug.ShotDir, a.sizeShot), readScreen(screen)); err != nil && a.err == nil {
			a.err = err
		}
		a.sizeShot = ""
	}
	a.frames++
	a.paced()
	a.debugFrame()
	if a.cfg.MaxFrames > 0 && a.frames >= a.cfg.MaxFrames && !a.done {
		a.done = true
		if a.cfg.Screenshot != "" {
			a.shot = readScreen(screen)
		}
	}
}

// readScreen copies the screen's pixels, premultiplied, at its own size.
func readScreen(screen *ebiten.Image) *image.RGBA {
	img := image.NewRGBA(image.Rectangle{Max: screen.Bounds().Size()})
	screen.ReadPixels(img.Pix)
	return img
}

// catch, deferred, turns a panic into a.crashed, and into *err if err is
// not nil.
func (a *adapter) catch(err *error) {
	if v := recover(); v != nil {
		a.crashed = crash.NewPanic(v)
		if err != nil {
			*err = a.crashed
		}
	}
}

// debugPanic panics if Debug.PanicAt asks for it in the n-th update, or
// with inDraw in the n-th frame.
func (a *adapter) debugPanic(inDraw bool, n int) {
	d := &a.cfg.Debug
	if d.PanicAt <= 0 || d.PanicInDraw != inDraw || n != d.PanicAt {
		return
	}
	if inDraw {
		panic(fmt.Sprintf("loop: debug panic in frame %d", n))
	}
	panic(fmt.Sprintf("loop: debug panic in update %d", n))
}

// debugFrame runs the window-size hooks after frame a.frames: they count
// frames, so that a run of MaxFrames frames sees every size however the
// frame rate compares with the tick rate.
func (a *adapter) debugFrame() {
	d := &a.cfg.Debug
	if len(d.WindowSizes) == 0 {
		return
	}
	const every = WindowSizeFrames
	i := a.frames/every - 1
	switch a.frames % every {
	case every / 2:
		if d.ShotDir != "" && i >= 0 && i < len(d.WindowSizes) {
			sz := d.WindowSizes[i]
			a.sizeShot = fmt.Sprintf("size-%dx%d.png", sz.X, sz.Y)
		}
	case 0:
		switch {
		case i >= 0 && i < len(d.WindowSizes):
			sz := d.WindowSizes[i]
			ebiten.SetWindowSize(max(sz.X, 1), max(sz.Y, 1))
		case i == len(d.WindowSizes):
			ebiten.SetWindowSize(a.cfg.Width, a.cfg.Height)
		}
	}
}

func (a *adapter) Layout(outsideWidth, outsideHeight int) (int, int) {
	return a.cfg.Width, a.cfg.Height
}

// LayoutF is the screen size: the logical size, or with HiDPI the
// window's size in device pixels, rounded as the platform sizes its
// drawing buffer (devicePixels), so that Ebitengine's final copy of the
// screen onto it is 1:1: neither blurred by a scale just off 1 nor
// costlier for filtering.
func (a *adapter) LayoutF(outsideWidth, outsideHeight float64) (float64, float64) {
	if !a.cfg.HiDPI || outsideWidth <= 0 || outsideHeight <= 0 {
		return float64(a.cfg.Width), float64(a.cfg.Height)
	}
	s := ebiten.Monitor().DeviceScaleFactor()
	return max(devicePixels(outsideWidth*s), 1), max(devicePixels(outsideHeight*s), 1)
}
