package app

import "testing"

// TestAudioOpensAfterTheFirstFrame checks that the sound effects are
// synthesised and the audio output opened only once a frame is drawn, so
// that they do not delay the first frame.
func TestAudioOpensAfterTheFirstFrame(t *testing.T) {
	a := &App{}
	a.initDevices()
	a.initMusic()
	a.openAudio()
	if a.dev.sound.Opened() {
		t.Fatal("the audio opened before the first frame")
	}
	a.frames = 1
	a.openAudio()
	if !a.dev.sound.Opened() {
		t.Fatal("the audio did not open after the first frame")
	}
}
