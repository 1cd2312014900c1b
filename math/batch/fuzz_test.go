package batch

import (
	"encoding/binary"
	"math"
	"testing"
)

// floatsFrom decodes little-endian float32s from data, in parts equal
// slices (trailing bytes that do not fill every part are ignored).
func floatsFrom(data []byte, parts int) [][]float32 {
	n := len(data) / 4 / parts
	out := make([][]float32, parts)
	for p := range out {
		out[p] = make([]float32, n)
		for i := range out[p] {
			off := 4 * (p*n + i)
			out[p][i] = math.Float32frombits(binary.LittleEndian.Uint32(data[off:]))
		}
	}
	return out
}

// seedBytes encodes vs as little-endian float32s for a seed corpus.
func seedBytes(vs ...float32) []byte {
	b := make([]byte, 0, 4*len(vs))
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	return b
}

func addSeeds(f *testing.F, extra ...any) {
	inf, nan := float32(math.Inf(1)), float32(math.NaN())
	seeds := [][]byte{
		nil,
		seedBytes(1, 2),
		seedBytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18),
		seedBytes(nan, -inf, inf, 0, -1e30, 1e30, 3.5, -2, 1e-40, 7),
		seedBytes(testValues(70, 42)...),
	}
	for _, s := range seeds {
		f.Add(append([]any{s}, extra...)...)
	}
}

func FuzzAddScaled(f *testing.F) {
	addSeeds(f, float32(1.5))
	f.Add(seedBytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), float32(math.Inf(-1)))
	f.Fuzz(func(t *testing.T, data []byte, s float32) {
		in := floatsFrom(data, 2)
		a, b := in[0], in[1]
		want := make([]float32, len(a))
		for i := range a {
			want[i] = a[i] + float32(s*b[i])
		}
		got := make([]float32, len(a))
		AddScaled(got, a, s, b)
		checkSame(t, "AddScaled", got, want)
		AddScaled(a, a, s, b)
		checkSame(t, "AddScaled dst=a", a, want)
	})
}

func FuzzReflect(f *testing.F) {
	fuzzMotion(f, reflectGeneric, false)
}

// fuzzMotion fuzzes a kernel that moves positions, the reflection or (with
// advance, which adds the velocity first) Bounce, against refReflect, and
// checks that every position that is not NaN ends inside a non-empty range.
func fuzzMotion(f *testing.F, kernel func(pos, vel, radius []float32, lo, hi float32), advance bool) {
	addSeeds(f, float32(0), float32(100))
	f.Add(seedBytes(-5, 200, 50, 1, -1, 1, 2, 2, 2), float32(-10), float32(10))
	f.Fuzz(func(t *testing.T, data []byte, lo, hi float32) {
		in := floatsFrom(data, 3)
		pos, vel, rad := in[0], in[1], in[2]
		start := append([]float32(nil), pos...) // where the reflection starts
		if advance {
			for i := range start {
				start[i] += vel[i]
			}
		}
		wantP := make([]float32, len(pos))
		wantV := make([]float32, len(pos))
		for i := range pos {
			wantP[i], wantV[i] = refReflect(start[i], vel[i], rad[i], lo, hi)
		}
		kernel(pos, vel, rad, lo, hi)
		checkSame(t, "pos", pos, wantP)
		checkSame(t, "vel", vel, wantV)
		for i, p := range pos {
			low, high := lo+rad[i], hi-rad[i]
			if start[i] == start[i] && low <= high && !(p >= low && p <= high) {
				t.Fatalf("pos[%d]: %v -> %v, outside [%v, %v]", i, start[i], p, low, high)
			}
		}
	})
}

// FuzzMatVec checks one row, the dot product, against the reference sum
// in the documented order.
func FuzzMatVec(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		in := floatsFrom(data, 2)
		a, b := in[0], in[1]
		dst := make([]float32, 1)
		MatVec(dst, a, 1, len(a), b)
		if want := refDot(a, b); !same(dst[0], want) {
			t.Fatalf("MatVec = %v, want %v", dst[0], want)
		}
	})
}
