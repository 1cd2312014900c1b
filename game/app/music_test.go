package app

import (
	"encoding/binary"
	"math"
	"testing"

	"swarmfield/engine/perf"
	"swarmfield/engine/sfx"
	"swarmfield/game"
)

// rms plays a fresh tune at intensity for secs through a stream at the
// gain of a music volume while playing, and returns the output's root mean
// square after the gain's glide, failing on a sample outside [-1, 1].
func rms(t *testing.T, intensity float64, volume int, secs float64) float64 {
	t.Helper()
	tn := newTune()
	tn.setIntensity(intensity)
	s := sfx.NewStream(tn)
	s.SetGain(musicGain(volume, false, game.ScenePlaying, false))
	p := make([]byte, 8*int(secs*sfx.SampleRate))
	if _, err := s.Read(p); err != nil {
		t.Fatal(err)
	}
	sum, skip := 0.0, 8*sfx.SampleRate/10 // the gain's glide from 0
	for i := 0; i < len(p); i += 8 {
		v := float64(math.Float32frombits(binary.LittleEndian.Uint32(p[i:])))
		if math.IsNaN(v) || v < -1 || v > 1 {
			t.Fatalf("sample %d is %v", i/8, v)
		}
		if i >= skip {
			sum += v * v
		}
	}
	return math.Sqrt(sum / float64((len(p)-skip)/8))
}

// TestMusicVolumeChangesWhatIsPlayed plays the tune through the stream at
// music volumes 3 and 9: the second is three times as loud, and volume 0
// is silent.
func TestMusicVolumeChangesWhatIsPlayed(t *testing.T) {
	quiet, loud := rms(t, 0.5, 3, 2), rms(t, 0.5, 9, 2)
	if quiet == 0 || math.Abs(loud/quiet-3) > 0.05 {
		t.Fatalf("RMS at volume 3 is %v and at 9 is %v, want three times as loud", quiet, loud)
	}
	if r := rms(t, 0.5, 0, 1); r != 0 {
		t.Fatalf("RMS at volume 0 is %v, want silence", r)
	}
}

// TestMusicRisesWithIntensity checks that the layers added as the waves
// come make the music fuller.
func TestMusicRisesWithIntensity(t *testing.T) {
	calm, full := rms(t, 0, 10, 4), rms(t, 1, 10, 4)
	if calm == 0 || full < 1.3*calm {
		t.Fatalf("RMS at intensity 0 is %v and at 1 is %v, want the full music clearly louder", calm, full)
	}
}

func TestMusicDucks(t *testing.T) {
	play := musicGain(8, false, game.ScenePlaying, false)
	if play != 0.8 {
		t.Fatalf("playing at volume 8 gives gain %v, want 0.8", play)
	}
	for _, c := range []struct {
		name string
		g    float64
	}{
		{"paused", musicGain(8, false, game.ScenePaused, false)},
		{"game over", musicGain(8, false, game.SceneGameOver, false)},
		{"settings", musicGain(8, false, game.ScenePlaying, true)},
	} {
		if c.g <= 0 || c.g >= play {
			t.Errorf("%s: gain %v, want it ducked below %v", c.name, c.g, play)
		}
	}
	if g := musicGain(8, true, game.ScenePlaying, false); g != 0 {
		t.Errorf("muted: gain %v, want 0", g)
	}
}

func TestTuneFillAllocatesNothing(t *testing.T) {
	tn := newTune()
	tn.setIntensity(1)
	buf := make([]float32, 4096)
	tn.Fill(buf)
	// Least of three windows: another test's audio goroutine may allocate
	// during one of them.
	n := perf.LeastMallocs(3, func() {
		for range 50 {
			tn.Fill(buf)
		}
	})
	if n != 0 {
		t.Fatalf("50 fills allocated %d times, want 0", n)
	}
}
