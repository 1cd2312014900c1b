package sfx

// Sound is a sound effect given to NewPlayer, by its position there.
type Sound uint8

// Player plays sound effects. The zero value is not usable; make one with
// NewPlayer.
type Player struct {
	muted  bool
	played int
	out    output
}

// NewPlayer prepares the platform's audio output to play sounds, mono
// samples in [-1, 1] at SampleRate such as Synth makes: Play(Sound(i))
// plays sounds[i]. In the browser the sound starts after the page's first
// click, tap or key, as browsers require.
func NewPlayer(muted bool, sounds ...[]float32) *Player {
	return &Player{muted: muted, out: newOutput(sounds)}
}

// Play starts sound s unless the player is muted. A sound NewPlayer was
// not given is ignored.
func (p *Player) Play(s Sound) {
	if p.muted || int(s) >= p.out.count {
		return
	}
	p.played++
	p.out.play(s)
}

// SetVolume sets the effects' loudness, from 0 (silent) to 1 (full).
func (p *Player) SetVolume(v float64) {
	p.out.setVolume(max(0, min(1, v)))
}

// Muted reports whether the sound is off.
func (p *Player) Muted() bool { return p.muted }

// SetMuted turns the sound off or on.
func (p *Player) SetMuted(m bool) { p.muted = m }

// Played returns how many sounds Play has started.
func (p *Player) Played() int { return p.played }

// State returns the platform output's state: "running", "suspended" while
// the browser waits for a gesture, or "none" without audio output.
func (p *Player) State() string { return p.out.state() }
