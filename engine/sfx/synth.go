// Package sfx synthesises short sound effects at start-up, streams music
// generated as it plays (see Source, Stream and Music), and plays both
// through Ebitengine's audio package, on the desktop and in the browser,
// where the first user gesture unlocks the sound.
//
// Synth makes a sound from a few oscillators with pitch sweeps and
// envelopes, so a game can ship no audio files.
package sfx

import "math"

// SampleRate is the rate of every synthesised sound, in samples a second.
const SampleRate = 44100

// Wave is an oscillator's shape.
type Wave uint8

// The oscillator shapes.
const (
	Sine Wave = iota
	Square
	Triangle
	Saw
	Noise
)

// Voice is one oscillator sweeping from one pitch to another under an
// attack-decay envelope.
type Voice struct {
	Wave Wave
	// From and To are the pitch in Hz at the start and the end; the
	// sweep is exponential.
	From, To float64
	// Start and Length place the voice in the sound, in seconds.
	Start, Length float64
	// Attack is the rise time in seconds; the rest decays to silence.
	Attack float64
	// Gain is the peak amplitude, 0 to 1.
	Gain float64
}

// Synth renders voices into mono samples in [-1, 1]. The sound lasts until
// the last voice ends; overlapping voices are mixed and then limited.
func Synth(voices ...Voice) []float32 {
	end := 0.0
	for _, v := range voices {
		end = max(end, v.Start+v.Length)
	}
	out := make([]float32, int(math.Ceil(end*SampleRate)))
	noise := uint32(0x9e3779b9)
	for _, v := range voices {
		if v.Length <= 0 || v.From <= 0 || v.To <= 0 {
			continue
		}
		first := int(v.Start * SampleRate)
		n := int(v.Length * SampleRate)
		phase := 0.0
		ratio := math.Log(v.To / v.From)
		for i := range n {
			if first+i >= len(out) {
				break
			}
			t := float64(i) / float64(n) // 0..1 through the voice
			freq := v.From * math.Exp(ratio*t)
			phase += freq / SampleRate
			phase -= math.Floor(phase)
			s := sample(v.Wave, phase, &noise)
			out[first+i] += float32(s * v.Gain * envelope(float64(i)/SampleRate, v.Attack, v.Length))
		}
	}
	for i, s := range out {
		out[i] = float32(math.Tanh(float64(s))) // soft limit the mix
	}
	return out
}

// sample returns wave w at phase (0 to 1); Noise steps the xorshift state
// *noise instead.
func sample(w Wave, phase float64, noise *uint32) float64 {
	switch w {
	case Sine:
		return math.Sin(2 * math.Pi * phase)
	case Square:
		if phase >= 0.5 {
			return -1
		}
		return 1
	case Triangle:
		return 4*math.Abs(phase-0.5) - 1
	case Saw:
		return 2*phase - 1
	case Noise:
		*noise ^= *noise << 13
		*noise ^= *noise >> 17
		*noise ^= *noise << 5
		return float64(*noise)/float64(math.MaxUint32)*2 - 1
	}
	return 0
}

// envelope is a linear attack then an exponential-looking decay to zero at
// length.
func envelope(t, attack, length float64) float64 {
	if t < attack {
		return t / attack
	}
	rest := (length - t) / (length - attack)
	return rest * rest
}
