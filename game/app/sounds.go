package app

import "swarmfield/engine/sfx"

// The game's sound effects, by their position in sounds.
const (
	soundOrb     sfx.Sound = iota // a bright rising blip: an orb taken
	soundRunOver                  // a falling crash: the run is over
	soundWave                     // a low two-note swell: the swarm grows
	numSounds
)

// sounds synthesises the game's sound effects, by their sfx.Sound.
func sounds() [][]float32 {
	return [][]float32{
		soundOrb: sfx.Synth(
			sfx.Voice{Wave: sfx.Square, From: 880, To: 1760, Length: 0.09, Attack: 0.004, Gain: 0.18},
			sfx.Voice{Wave: sfx.Sine, From: 1320, To: 2640, Start: 0.05, Length: 0.12, Attack: 0.004, Gain: 0.25},
		),
		soundRunOver: sfx.Synth(
			sfx.Voice{Wave: sfx.Saw, From: 440, To: 55, Length: 0.7, Attack: 0.01, Gain: 0.35},
			sfx.Voice{Wave: sfx.Noise, From: 1, To: 1, Length: 0.45, Attack: 0.005, Gain: 0.3},
		),
		soundWave: sfx.Synth(
			sfx.Voice{Wave: sfx.Triangle, From: 110, To: 110, Length: 0.22, Attack: 0.03, Gain: 0.5},
			sfx.Voice{Wave: sfx.Triangle, From: 165, To: 175, Start: 0.16, Length: 0.3, Attack: 0.03, Gain: 0.45},
		),
	}
}
