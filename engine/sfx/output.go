package sfx

import (
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2/audio"
)

// volume is the level of every sound effect.
const volume = 0.6

// output plays the sounds through Ebitengine's audio package. Each sound
// is one player over its rendered samples, made once; playing a sound
// rewinds its player. Browsers start audio after the page's first click,
// tap or key, and Ebitengine resumes it then.
type output struct {
	ctx     *audio.Context
	players []*audio.Player // by Sound, when ctx is set
	count   int             // how many sounds there are
	opened  bool            // made by newOutput
}

// sharedContext returns the program's audio context, made at SampleRate
// if there is none yet, or nil when no output device is likely or another
// part of the program chose another rate.
func sharedContext() *audio.Context {
	if !deviceLikely() {
		return nil
	}
	ctx := audio.CurrentContext()
	if ctx == nil {
		return audio.NewContext(SampleRate)
	}
	if ctx.SampleRate() != SampleRate {
		return nil
	}
	return ctx
}

func newOutput(pcm [][]float32) output {
	o := output{count: len(pcm), opened: true}
	ctx := sharedContext()
	if ctx == nil {
		return o
	}
	o.ctx = ctx
	o.players = make([]*audio.Player, len(pcm))
	for s, samples := range pcm {
		p := ctx.NewPlayerF32FromBytes(stereoF32(samples))
		p.SetVolume(volume)
		o.players[s] = p
	}
	return o
}

// stereoF32 encodes mono samples as the interleaved little-endian 32-bit
// float stereo that audio.Context.NewPlayerF32FromBytes takes.
func stereoF32(mono []float32) []byte {
	b := make([]byte, 0, 8*len(mono))
	for _, v := range mono {
		bits := math.Float32bits(v)
		for range 2 {
			b = append(b, byte(bits), byte(bits>>8), byte(bits>>16), byte(bits>>24))
		}
	}
	return b
}

// setVolume scales every sound's level by v.
func (o *output) setVolume(v float64) {
	for _, p := range o.players {
		if p != nil {
			p.SetVolume(volume * v)
		}
	}
}

func (o *output) play(s Sound) {
	if o.ctx == nil || !o.ctx.IsReady() {
		return
	}
	p := o.players[s]
	if err := p.SetPosition(time.Duration(0)); err != nil {
		return
	}
	p.Play()
}

// state reports "running" once audio plays, "suspended" while it waits for
// the page's first gesture, and "none" without an audio context.
func (o *output) state() string {
	switch {
	case o.ctx == nil:
		return "none"
	case o.ctx.IsReady():
		return "running"
	}
	return "suspended"
}
