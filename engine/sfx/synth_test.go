//go:build !js

package sfx

import "testing"

func TestPlayerCountsAndIgnores(t *testing.T) {
	beep := Synth(Voice{Wave: Sine, From: 440, To: 440, Length: 0.05, Attack: 0.01, Gain: 0.5})
	p := NewPlayer(false)
	p.Play(0) // before Open
	if p.Opened() || p.Played() != 0 {
		t.Fatalf("before Open: Opened() %v, Played() %d; want false and 0", p.Opened(), p.Played())
	}
	p.Open(beep, beep)
	if !p.Opened() {
		t.Fatal("Opened() is false after Open")
	}
	p.Play(1)
	p.Play(2) // not given to NewPlayer
	if p.Played() != 1 {
		t.Fatalf("Played() = %d after one known and one unknown sound, want 1", p.Played())
	}
	p.SetMuted(true)
	p.Play(0)
	if !p.Muted() || p.Played() != 1 {
		t.Fatalf("muted: Muted() %v, Played() %d; want true and 1", p.Muted(), p.Played())
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
