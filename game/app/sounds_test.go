//go:build !js

package app

import (
	"math"
	"slices"
	"testing"

	"swarmfield/engine/sfx"
)

// TestSounds checks that each of the game's sounds is a short, audible
// effect that fades out, and that rendering is deterministic.
func TestSounds(t *testing.T) {
	for s, pcm := range sounds() {
		secs := float64(len(pcm)) / sfx.SampleRate
		if secs < 0.05 || secs > 1 {
			t.Errorf("sound %d lasts %.3f s, want a short effect", s, secs)
		}
		peak, energy := 0.0, 0.0
		for _, v := range pcm {
			if math.IsNaN(float64(v)) || v < -1 || v > 1 {
				t.Fatalf("sound %d has sample %v outside [-1, 1]", s, v)
			}
			peak = max(peak, math.Abs(float64(v)))
			energy += float64(v) * float64(v)
		}
		if peak < 0.1 {
			t.Errorf("sound %d peaks at %.3f, too quiet", s, peak)
		}
		// Every sound fades out: its last 5 ms are near silence, so it
		// ends without a click.
		for _, v := range pcm[len(pcm)-sfx.SampleRate/200:] {
			if math.Abs(float64(v)) > 0.05 {
				t.Errorf("sound %d ends at %v, want a fade to silence", s, v)
				break
			}
		}
		if energy == 0 {
			t.Errorf("sound %d is silent", s)
		}
	}
	if len(sounds()) != int(numSounds) {
		t.Errorf("%d sounds, want %d", len(sounds()), numSounds)
	}
	if slices.Equal(sounds()[soundOrb], sounds()[soundWave]) {
		t.Error("the orb and wave sounds are the same")
	}
	if !slices.Equal(sounds()[soundRunOver], sounds()[soundRunOver]) {
		t.Error("rendering a sound twice gave different samples")
	}
}
