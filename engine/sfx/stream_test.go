package sfx

import (
	"encoding/binary"
	"math"
	"testing"

	"swarmfield/engine/perf"
)

// constant is a Source of one value.
type constant float32

func (c constant) Fill(buf []float32) {
	for i := range buf {
		buf[i] = float32(c)
	}
}

// frames reads n stereo frames from s and returns their left samples,
// failing if a right sample differs from its left one.
func frames(t *testing.T, s *Stream, n int) []float32 {
	t.Helper()
	p := make([]byte, 8*n)
	if got, err := s.Read(p); err != nil || got != len(p) {
		t.Fatalf("Read = %d, %v; want %d, nil", got, err, len(p))
	}
	out := make([]float32, n)
	for i := range out {
		l := math.Float32frombits(binary.LittleEndian.Uint32(p[8*i:]))
		r := math.Float32frombits(binary.LittleEndian.Uint32(p[8*i+4:]))
		if l != r {
			t.Fatalf("frame %d: left %v, right %v", i, l, r)
		}
		out[i] = l
	}
	return out
}

func TestStreamGain(t *testing.T) {
	s := NewStream(constant(0.5))
	for i, v := range frames(t, s, 100) {
		if v != 0 {
			t.Fatalf("sample %d at gain 0 is %v", i, v)
		}
	}
	s.SetGain(1)
	got := frames(t, s, SampleRate/4)
	if got[0] <= 0 || got[0] >= 0.01 {
		t.Fatalf("the first sample after SetGain(1) is %v: want a glide, not a jump", got[0])
	}
	if last := got[len(got)-1]; last != 0.5 {
		t.Fatalf("after a quarter second at gain 1 the sample is %v, want 0.5", last)
	}
	s.SetGain(0.4)
	got = frames(t, s, SampleRate/4)
	if last := got[len(got)-1]; math.Abs(float64(last)-0.2) > 1e-6 {
		t.Fatalf("at gain 0.4 the sample is %v, want 0.2", last)
	}
	s.SetGain(7)
	if g := s.Gain(); g != 1 {
		t.Fatalf("SetGain(7) gave gain %v, want it clamped to 1", g)
	}
	if _, err := s.Read(make([]byte, 7)); err == nil {
		t.Fatal("Read of less than a frame gave no error")
	}
}

func TestStreamReadAllocatesNothing(t *testing.T) {
	s := NewStream(constant(0.25))
	s.SetGain(1)
	p := make([]byte, 8*4096)
	s.Read(p)
	n := perf.LeastMallocs(3, func() {
		for range 100 {
			s.Read(p)
		}
	})
	if n != 0 {
		t.Fatalf("100 reads allocated %d times, want 0", n)
	}
}

func TestOscPitch(t *testing.T) {
	o := Osc{Wave: Sine, Freq: NoteFreq(69)}
	if o.Freq != 440 {
		t.Fatalf("NoteFreq(69) = %v, want 440", o.Freq)
	}
	up, prev := 0, o.Next()
	for range SampleRate - 1 {
		v := o.Next()
		if prev < 0 && v >= 0 {
			up++
		}
		prev = v
	}
	if up < 438 || up > 441 {
		t.Fatalf("a second of a 440 Hz sine crossed zero upwards %d times", up)
	}
}
