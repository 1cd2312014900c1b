package sfx

// Sound names one of the game's sound effects.
type Sound uint8

// The game's sound effects.
const (
	// OrbTaken is a bright rising blip: an orb taken.
	OrbTaken Sound = iota
	// RunOver is a falling crash: the run is over.
	RunOver
	// SwarmWave is a low two-note swell: the swarm grows.
	SwarmWave
	numSounds
)

// NumSounds is how many sound effects there are.
const NumSounds = int(numSounds)

// Render synthesises one of the sound effects.
func Render(s Sound) []float32 {
	switch s {
	case OrbTaken:
		return Synth(
			Voice{Wave: Square, From: 880, To: 1760, Length: 0.09, Attack: 0.004, Gain: 0.18},
			Voice{Wave: Sine, From: 1320, To: 2640, Start: 0.05, Length: 0.12, Attack: 0.004, Gain: 0.25},
		)
	case RunOver:
		return Synth(
			Voice{Wave: Saw, From: 440, To: 55, Length: 0.7, Attack: 0.01, Gain: 0.35},
			Voice{Wave: Noise, From: 1, To: 1, Length: 0.45, Attack: 0.005, Gain: 0.3},
		)
	case SwarmWave:
		return Synth(
			Voice{Wave: Triangle, From: 110, To: 110, Length: 0.22, Attack: 0.03, Gain: 0.5},
			Voice{Wave: Triangle, From: 165, To: 175, Start: 0.16, Length: 0.3, Attack: 0.03, Gain: 0.45},
		)
	}
	return nil
}
