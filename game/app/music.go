package app

import (
	"math"
	"sync/atomic"

	"swarmfield/engine/sfx"
	"swarmfield/game"
	"swarmfield/game/save"
)

// The tune: a four-bar loop in A minor, Am F C G, at 112 beats a minute,
// counted in sixteenth notes.
const (
	tempo       = 112
	stepSamples = sfx.SampleRate * 60 / tempo / 4
	loopSteps   = 64
	// wavesToFull is how many waves of the swarm bring the music to its
	// full intensity.
	wavesToFull = 8
)

// chords are the loop's chords, one a bar, as MIDI notes.
var chords = [4][3]int{{57, 60, 64}, {53, 57, 60}, {48, 52, 55}, {55, 59, 62}}

// arpeggio picks the chord tone of each sixteenth note in a beat.
var arpeggio = [4]int{0, 1, 2, 1}

// Ducking: the music's level on each scene, times the volume setting.
const (
	duckTitle    = 0.7
	duckPaused   = 0.3
	duckGameOver = 0.25
)

// tune generates Swarmfield's music. Layers come in as the intensity
// rises: a bass line and a pad always, then a kick drum, an arpeggio and
// hi-hats. Fill runs on the audio goroutine; the intensity is set from the
// game's.
type tune struct {
	intensity            atomic.Uint32 // float32 bits, 0 to 1
	pos                  int           // samples into the loop
	bass, kick, arp, hat sfx.Osc
	pad                  [3]sfx.Osc
	bassEnv, kickEnv     float64
	arpEnv, hatEnv       float64
	layers               float64 // the intensity when the step began
}

func newTune() *tune {
	t := &tune{}
	t.bass.Wave, t.kick.Wave, t.arp.Wave, t.hat.Wave = sfx.Triangle, sfx.Sine, sfx.Square, sfx.Noise
	t.hat.Freq = 1
	return t
}

// setIntensity sets how much of the music plays, from 0 to 1.
func (t *tune) setIntensity(v float64) {
	t.intensity.Store(math.Float32bits(float32(max(0, min(1, v)))))
}

// Per-sample decays of the notes' envelopes.
var (
	bassDecay = decay(0.25)
	kickDecay = decay(0.12)
	arpDecay  = decay(0.08)
	hatDecay  = decay(0.03)
)

// decay returns the per-sample factor that brings a level to 1/e in secs.
func decay(secs float64) float64 { return math.Exp(-1 / (secs * sfx.SampleRate)) }

// Fill writes the next samples of the loop.
func (t *tune) Fill(buf []float32) {
	for i := range buf {
		if t.pos%stepSamples == 0 {
			t.step(t.pos / stepSamples)
		}
		t.pos = (t.pos + 1) % (stepSamples * loopSteps)
		s := 0.22 * t.bass.Next() * t.bassEnv
		for j := range t.pad {
			s += 0.045 * t.pad[j].Next()
		}
		if t.layers >= 0.25 {
			t.kick.Freq = 45 + 90*t.kickEnv
			s += 0.35 * t.kick.Next() * t.kickEnv
		}
		if t.layers >= 0.5 {
			s += 0.07 * t.arp.Next() * t.arpEnv
		}
		if t.layers >= 0.75 {
			s += 0.06 * t.hat.Next() * t.hatEnv
		}
		t.bassEnv *= bassDecay
		t.kickEnv *= kickDecay
		t.arpEnv *= arpDecay
		t.hatEnv *= hatDecay
		buf[i] = float32(s)
	}
}

// step starts the notes of sixteenth number n of the loop.
func (t *tune) step(n int) {
	t.layers = float64(math.Float32frombits(t.intensity.Load()))
	chord := chords[n/16]
	if n%16 == 0 {
		for j := range t.pad {
			t.pad[j].Freq = sfx.NoteFreq(chord[j])
		}
	}
	if n%2 == 0 {
		t.bass.Freq = sfx.NoteFreq(chord[0] - 12 - 12*((n/2)%2))
		t.bassEnv = 1
	}
	if n%4 == 0 {
		t.kickEnv = 1
	}
	t.arp.Freq = sfx.NoteFreq(chord[arpeggio[n%4]] + 12)
	t.arpEnv = 1
	if n%4 == 2 {
		t.hatEnv = 1
	}
}

// music plays the tune, following the waves of the current run and
// ducking on pause and game over.
type music struct {
	tune    *tune
	out     *sfx.Music
	waves   int
	lastRun *game.Run
	lastTik uint64
}

// initMusic prepares the music; openAudio starts it. In the browser it is
// heard from the first user gesture.
func (a *App) initMusic() {
	a.music.tune = newTune()
	a.music.out = sfx.NewMusic(a.music.tune)
}

// audioState reports the audio output for the page and tests: the audio
// context's state, whether the music plays, and its gain.
func (a *App) audioState() map[string]any {
	return map[string]any{
		"opened":       a.dev.sound.Opened(),
		"contextState": a.dev.sound.State(),
		"musicPlaying": a.music.out.Playing(),
		"musicGain":    a.music.out.Gain(),
	}
}

// updateMusic sets the music's intensity from the run's waves and its
// level from the volume, the mute setting and the scene. Call it every
// tick.
func (a *App) updateMusic() {
	m, r := &a.music, a.sess.Run
	if r != m.lastRun {
		m.lastRun, m.waves = r, 0
	}
	if r.Tick != m.lastTik && r.Events&game.EventWave != 0 {
		m.waves++
	}
	m.lastTik = r.Tick
	m.tune.setIntensity(float64(m.waves) / wavesToFull)
	m.out.SetGain(musicGain(a.set.MusicVolume, a.dev.sound.Muted(), a.sess.Scene, a.menu.open))
}

// musicGain is the music's level for a volume setting, the mute setting and
// a scene.
func musicGain(volume int, muted bool, sc game.Scene, menu bool) float64 {
	if muted {
		return 0
	}
	g := float64(volume) / save.MaxVolume
	switch {
	case menu || sc == game.SceneTitle:
		g *= duckTitle
	case sc == game.ScenePaused:
		g *= duckPaused
	case sc == game.SceneGameOver:
		g *= duckGameOver
	}
	return g
}
