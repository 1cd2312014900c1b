// Package loop adapts a fixed-size game to Ebitengine's loop: a fixed
// logical screen that Ebitengine letterboxes into any window, an optional
// frame limit with a screenshot of the last frame, and timing of every
// update and draw.
package loop

import (
	"fmt"
	"image"
	"image/png"
	"os"

	"github.com/hajimehoshi/ebiten/v2"
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
}

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
	shot   []byte
	err    error
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
	a := &adapter{game: g, cfg: cfg}
	if err := ebiten.RunGame(a); err != nil {
		return err
	}
	return a.err
}

func (a *adapter) Update() error {
	if a.done {
		if a.err == nil && a.shot != nil {
			a.err = writePNG(a.cfg.Screenshot, a.shot, a.cfg.Width, a.cfg.Height)
		}
		return ebiten.Termination
	}
	if h := a.cfg.Hooks; h != nil {
		h.UpdateBegin()
		defer h.UpdateEnd()
	}
	return a.game.Update()
}

func (a *adapter) Draw(screen *ebiten.Image) {
	if h := a.cfg.Hooks; h != nil {
		h.DrawBegin()
	}
	a.game.Draw(screen)
	if h := a.cfg.Hooks; h != nil {
		h.DrawEnd()
	}
	a.frames++
	if a.cfg.MaxFrames > 0 && a.frames >= a.cfg.MaxFrames && !a.done {
		a.done = true
		if a.cfg.Screenshot != "" {
			a.shot = make([]byte, 4*a.cfg.Width*a.cfg.Height)
			screen.ReadPixels(a.shot)
		}
	}
}

func (a *adapter) Layout(outsideWidth, outsideHeight int) (int, int) {
	return a.cfg.Width, a.cfg.Height
}

// writePNG saves premultiplied RGBA pixels as a PNG file.
func writePNG(path string, pix []byte, w, h int) error {
	img := &image.RGBA{Pix: pix, Stride: 4 * w, Rect: image.Rect(0, 0, w, h)}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("loop: screenshot: %w", err)
	}
	err = png.Encode(f, img)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("loop: screenshot %s: %w", path, err)
	}
	return nil
}
