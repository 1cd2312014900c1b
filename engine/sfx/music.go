package sfx

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2/audio"
)

// musicBuffer is how far ahead Ebitengine reads the music: short enough
// that a change of gain is heard at once.
const musicBuffer = 100 * time.Millisecond

// Music plays a Source without end through Ebitengine's audio package, at
// a gain that can change as it plays. In the browser it starts with the
// page's first click, tap or key, as browsers require.
type Music struct {
	stream *Stream
	ctx    *audio.Context
	player *audio.Player
	opened bool // Play has looked for an audio output
}

// NewMusic prepares src to play at gain 0. The first Play opens the
// audio output: the one the effects use (see Player.Open) or a new one.
// Without audio output it plays nothing.
func NewMusic(src Source) *Music {
	return &Music{stream: NewStream(src)}
}

// Play starts the music, or keeps it playing.
func (m *Music) Play() {
	if !m.opened {
		m.opened = true
		if ctx := sharedContext(); ctx != nil {
			if p, err := ctx.NewPlayerF32(m.stream); err == nil {
				p.SetBufferSize(musicBuffer)
				m.ctx, m.player = ctx, p
			}
		}
	}
	if m.player != nil && !m.player.IsPlaying() {
		m.player.Play()
	}
}

// SetGain sets the music's loudness, from 0 (silent) to 1; the change
// glides over a few hundredths of a second.
func (m *Music) SetGain(g float64) { m.stream.SetGain(g) }

// Gain returns the loudness set.
func (m *Music) Gain() float64 { return m.stream.Gain() }

// Playing reports whether the music is being heard: its player plays and
// the audio output runs.
func (m *Music) Playing() bool {
	return m.player != nil && m.ctx.IsReady() && m.player.IsPlaying()
}
