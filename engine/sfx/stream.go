package sfx

import (
	"encoding/binary"
	"io"
	"math"
	"sync/atomic"
)

// Source generates an endless signal, such as music, block by block.
type Source interface {
	// Fill writes the next len(buf) mono samples, each in [-1, 1].
	Fill(buf []float32)
}

// Osc is an oscillator for sound generated as it plays: each call of Next
// returns its next sample at the current Freq. The zero Osc is a silent
// sine; set Wave and Freq.
type Osc struct {
	Wave  Wave
	Freq  float64 // in Hz
	phase float64
	noise uint32
}

// Next returns the oscillator's next sample, in [-1, 1].
func (o *Osc) Next() float64 {
	if o.noise == 0 {
		o.noise = 0x9e3779b9
	}
	o.phase += o.Freq / SampleRate
	o.phase -= math.Floor(o.phase)
	return sample(o.Wave, o.phase, &o.noise)
}

// NoteFreq returns the frequency of MIDI note n: 69 is A4, 440 Hz.
func NoteFreq(n int) float64 { return 440 * math.Pow(2, float64(n-69)/12) }

// glideTime is how long a Stream's gain takes to go from 0 to 1, so that a
// change of volume never clicks.
const glideTime = 0.08

// Stream reads a Source as the interleaved little-endian 32-bit float
// stereo that audio.Context.NewPlayerF32 takes, scaled by a gain that
// glides to the gain set. SetGain may be called from any goroutine while
// the audio goroutine reads; Read itself is not safe for concurrent use.
type Stream struct {
	src    Source
	target atomic.Uint32 // the gain set, as float32 bits
	gain   float32       // the gain reached, the reader's own
	mono   []float32
}

// NewStream returns a stream of src at gain 0.
func NewStream(src Source) *Stream { return &Stream{src: src} }

// SetGain sets the gain the stream glides to, clamped to [0, 1].
func (s *Stream) SetGain(g float64) {
	s.target.Store(math.Float32bits(float32(max(0, min(1, g)))))
}

// Gain returns the gain set.
func (s *Stream) Gain() float64 { return float64(math.Float32frombits(s.target.Load())) }

// Read fills p with whole stereo frames of the source at the stream's
// gain. It allocates only when p is larger than every buffer before it.
func (s *Stream) Read(p []byte) (int, error) {
	n := len(p) / 8
	if n == 0 {
		return 0, io.ErrShortBuffer
	}
	if cap(s.mono) < n {
		s.mono = make([]float32, n)
	}
	mono := s.mono[:n]
	s.src.Fill(mono)
	target := math.Float32frombits(s.target.Load())
	const step = float32(1 / (glideTime * SampleRate))
	g := s.gain
	for i, v := range mono {
		if g < target {
			g = min(target, g+step)
		} else if g > target {
			g = max(target, g-step)
		}
		bits := math.Float32bits(max(-1, min(1, v*g)))
		binary.LittleEndian.PutUint32(p[8*i:], bits)
		binary.LittleEndian.PutUint32(p[8*i+4:], bits)
	}
	s.gain = g
	return 8 * n, nil
}
