package app

import (
	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/loop"
	"swarmfield/engine/sfx"
	"swarmfield/game"
)

// devices are the inputs and outputs beyond the keyboard: the touch d-pad,
// a gamepad's left stick and the sound effects with their mute toggle.
type devices struct {
	touch    touchPad
	stick    stick
	sound    *sfx.Player
	lastTick uint64 // the run's tick when sounds were last considered
	lastRun  *game.Run
	// fit is how the field fits the latest frame's screen, whose size is
	// screenW×screenH (hidpi.go).
	fit              loop.Fit
	screenW, screenH int
	// field is the sub-image of screen that the field covers, kept while
	// the screen and the fit stay the same (hidpi.go).
	field, fieldOf *ebiten.Image
	// grace counts down the ticks after a click that count as focused.
	grace int
	// wasHidden is set when the page was hidden (visibility_js.go).
	wasHidden bool
}

// initDevices sets up the sound with the saved mute setting; openAudio
// gives it its sounds.
func (a *App) initDevices() {
	a.dev.sound = sfx.NewPlayer(a.progress.Muted)
	a.dev.fit = loop.Fit{Scale: 1}
	watchVisibility(&a.dev.wasHidden)
}

// openAudio synthesises the sound effects, opens the audio output and
// starts the music, once the first frame is drawn: in the browser this
// takes tens of milliseconds that would delay the first frame, and no
// sound is heard before the player's first click, tap or key anyway.
// Update calls it every tick.
func (a *App) openAudio() {
	if a.frames == 0 || a.dev.sound.Opened() {
		return
	}
	a.dev.sound.Open(sounds()...)
	a.music.out.Play()
}

// pollDevices adds the touch d-pad and the gamepad's stick to the polled
// actions, and toggles the sound on M. Call it after controls.Poll.
func (a *App) pollDevices() {
	a.dev.touch.poll(a.controls, a.ctl.layout.pad)
	a.dev.stick.poll(a.controls)
	if a.controls.Pressed(actMute) && !a.typing() {
		m := !a.dev.sound.Muted()
		a.dev.sound.SetMuted(m)
		if err := a.saver.SetMuted(m); err != nil {
			a.cfg.Logf("swarmfield: %v", err)
		}
	}
}

// focusGraceTicks is how long after a click or tap the game counts as
// focused whatever the page says: inside an iframe the click that starts
// the game reaches it before the frame's focus does.
const focusGraceTicks = game.TicksPerSecond / 2

// focused reports whether the game has the focus, for pausing when it
// does not; clicked is whether a click or tap came this tick.
func (a *App) focused(clicked bool) bool {
	if a.dev.wasHidden {
		a.dev.wasHidden = false
		return false // the page was hidden since the last tick: pause
	}
	if clicked {
		a.dev.grace = focusGraceTicks
	}
	if a.dev.grace > 0 {
		a.dev.grace--
		return true
	}
	return ebiten.IsFocused()
}

// playSounds plays the sounds of the tick the session just ran: only a
// tick that advanced the run has new events.
func (a *App) playSounds() {
	r := a.sess.Run
	if r == a.dev.lastRun && r.Tick == a.dev.lastTick {
		return
	}
	a.dev.lastRun, a.dev.lastTick = r, r.Tick
	if r.Events&game.EventOrb != 0 {
		a.dev.sound.Play(soundOrb)
	}
	if r.Events&game.EventWave != 0 {
		a.dev.sound.Play(soundWave)
	}
	if r.Events&game.EventGameOver != 0 {
		a.dev.sound.Play(soundRunOver)
	}
}

// drawDevices draws the small notes about the sound and storage (the
// touch d-pad is drawn by drawControls).
func (a *App) drawDevices() {
	v := a.view
	scene := a.sess.Scene
	if scene == game.SceneTitle {
		return // the title screen has its own storage note
	}
	y := float32(game.FieldHeight - 14)
	if !a.saver.Persistent() {
		v.drawCentred("storage blocked: the best score will not be kept", y, 1, dimText)
		y -= 12
	}
	if a.dev.sound.Muted() {
		v.drawCentred("sound off (M)", y, 1, dimText)
	}
}
