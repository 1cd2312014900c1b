//go:build !js

package sfx

import (
	"math"
	"slices"
	"testing"
)

func TestRenderSounds(t *testing.T) {
	for s := range Sound(NumSounds) {
		pcm := Render(s)
		secs := float64(len(pcm)) / SampleRate
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
		for _, v := range pcm[len(pcm)-SampleRate/200:] {
			if math.Abs(float64(v)) > 0.05 {
				t.Errorf("sound %d ends at %v, want a fade to silence", s, v)
				break
			}
		}
		if energy == 0 {
			t.Errorf("sound %d is silent", s)
		}
	}
	if slices.Equal(Render(OrbTaken), Render(SwarmWave)) {
		t.Error("the orb and wave sounds are the same")
	}
	if !slices.Equal(Render(RunOver), Render(RunOver)) {
		t.Error("rendering a sound twice gave different samples")
	}
}

func TestSynthPitch(t *testing.T) {
	// A steady 441 Hz sine for one second crosses zero upwards 441 times.
	pcm := Synth(Voice{Wave: Sine, From: 441, To: 441, Length: 1, Attack: 0.001, Gain: 0.5})
	if len(pcm) != SampleRate {
		t.Fatalf("one second gave %d samples, want %d", len(pcm), SampleRate)
	}
	up := 0
	for i := 1; i < len(pcm)-SampleRate/100; i++ {
		if pcm[i-1] < 0 && pcm[i] >= 0 {
			up++
		}
	}
	if up < 435 || up > 441 {
		t.Fatalf("%d upward zero crossings, want about 441", up)
	}
}

func TestSynthSkipsBadVoices(t *testing.T) {
	pcm := Synth(Voice{Wave: Sine, From: 0, To: 440, Length: 0.1, Gain: 1}, Voice{Length: -1})
	for _, v := range pcm {
		if v != 0 {
			t.Fatal("a voice with no pitch made sound")
		}
	}
}
