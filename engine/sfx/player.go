package sfx

// Sound is a sound effect given to Player.Open, by its position there.
type Sound uint8

// Player plays sound effects. The zero value is not usable; make one with
// NewPlayer.
type Player struct {
	muted  bool
	played int
	volume float64
	out    output
}

// NewPlayer returns a player without sounds: it plays nothing until Open.
// Opening the platform's audio output and preparing the sounds take a
// while (tens of milliseconds in a browser), so a game can draw its first
// frame before it calls Open.
func NewPlayer(muted bool) *Player {
	return &Player{muted: muted, volume: 1}
}

// Open prepares the platform's audio output to play sounds, mono samples
// in [-1, 1] at SampleRate such as Synth makes: Play(Sound(i)) plays
// sounds[i]. In the browser the sound starts after the page's first
// click, tap or key, as browsers require. Call it once.
func (p *Player) Open(sounds ...[]float32) {
	p.out = newOutput(sounds)
	p.out.setVolume(p.volume)
}

// Opened reports whether Open was called.
func (p *Player) Opened() bool { return p.out.opened }

// Play starts sound s unless the player is muted. A sound Open was not
// given, or any sound before Open, is ignored.
func (p *Player) Play(s Sound) {
	if p.muted || int(s) >= p.out.count {
		return
	}
	p.played++
	p.out.play(s)
}

// SetVolume sets the effects' loudness, from 0 (silent) to 1 (full).
func (p *Player) SetVolume(v float64) {
	p.volume = max(0, min(1, v))
	p.out.setVolume(p.volume)
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
