package batch

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// motionValues returns n positions, velocities and radii like a swarm's
// along one axis of [lo, hi]: mostly inside their bounds with small
// velocities, so the vector paths take their fast branch, and about one in
// twenty out of range or special.
func motionValues(n int, seed uint64, lo, hi float32) (pos, vel, rad []float32) {
	r := rand.New(rand.NewPCG(seed, 0xb0cce))
	pos, vel, rad = make([]float32, n), make([]float32, n), make([]float32, n)
	for i := range pos {
		rad[i] = float32(r.Float64() * 3)
		pos[i] = lo + float32(r.Float64())*(hi-lo)
		vel[i] = float32(r.Float64()*4 - 2)
		switch r.IntN(20) {
		case 0:
			pos[i] = specials[r.IntN(len(specials))]
		case 1:
			vel[i] = specials[r.IntN(len(specials))]
		case 2:
			pos[i] = hi + float32(r.Float64()*2*float64(hi-lo))
		}
	}
	return pos, vel, rad
}

// TestBounce checks Bounce against Add followed by the reference reflection,
// for every length 0..67, on wild values and on swarm-like ones.
func TestBounce(t *testing.T) {
	bounds := [][2]float32{{0, 100}, {-5, 5}, {10, 10}, {3, -3}, {0, 800}}
	for _, bd := range bounds {
		lo, hi := bd[0], bd[1]
		for n := 0; n <= 67; n++ {
			wp, wv, wr := testValues(n, uint64(4*n)), testValues(n, uint64(4*n+1)), testValues(n, uint64(4*n+2))
			mp, mv, mr := motionValues(n, uint64(n), lo, hi)
			for kind, in := range [][3][]float32{{wp, wv, wr}, {mp, mv, mr}} {
				pos, vel, rad := in[0], in[1], in[2]
				wantP := make([]float32, n)
				wantV := make([]float32, n)
				for i := range pos {
					wantP[i], wantV[i] = refReflect(pos[i]+vel[i], vel[i], rad[i], lo, hi)
				}
				Bounce(pos, vel, rad, lo, hi)
				what := fmt.Sprintf("[%v,%v] n=%d values=%d", lo, hi, n, kind)
				checkSame(t, what+" pos", pos, wantP)
				checkSame(t, what+" vel", vel, wantV)
			}
		}
	}
}

// TestBounceMatchesTwoPasses runs a swarm-like axis for many steps both ways.
func TestBounceMatchesTwoPasses(t *testing.T) {
	pos, vel, rad := motionValues(1003, 7, 0, 600)
	p2, v2 := append([]float32(nil), pos...), append([]float32(nil), vel...)
	for step := range 500 {
		Bounce(pos, vel, rad, 0, 600)
		Add(p2, p2, v2)
		reflectGeneric(p2, v2, rad, 0, 600)
		checkSame(t, fmt.Sprintf("step %d pos", step), pos, p2)
		checkSame(t, fmt.Sprintf("step %d vel", step), vel, v2)
	}
}

// TestAddWrapInRange checks AddWrap on rotations and spins like a swarm's,
// whose sums mostly stay in [0, period), against the reference.
func TestAddWrapInRange(t *testing.T) {
	const period = 2 * math.Pi
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n <= 67; n++ {
		rot, spin := make([]float32, n), make([]float32, n)
		for i := range rot {
			rot[i] = float32(r.Float64() * period)
			spin[i] = float32(r.Float64()*0.24 - 0.12)
		}
		want := make([]float32, n)
		for i := range want {
			want[i] = refWrap(rot[i]+spin[i], period)
		}
		AddWrap(rot, rot, spin, period)
		checkSame(t, fmt.Sprintf("n=%d", n), rot, want)
		for i, v := range rot {
			if !(v >= 0 && v < period) {
				t.Fatalf("n=%d: rot[%d] = %v, outside [0, 2π)", n, i, v)
			}
		}
	}
}

// refAppendNear is AppendNear's documented result, one point at a time.
func refAppendNear(idx []int32, x, y []float32, px, py, limit float32) []int32 {
	for i := range x {
		dx, dy := x[i]-px, y[i]-py
		if float32(dx*dx)+float32(dy*dy) <= limit {
			idx = append(idx, int32(i))
		}
	}
	return idx
}

func TestAppendNear(t *testing.T) {
	points := [][2]float32{{0, 0}, {1, -1}, {float32(math.NaN()), 0}, {float32(math.Inf(1)), 2}}
	limits := []float32{0, 1, 50, 1e6, float32(math.Inf(1)), float32(math.NaN()), -1}
	for n := 0; n <= 67; n++ {
		wx, wy := testValues(n, uint64(6*n)), testValues(n, uint64(6*n+1))
		// Small coordinates, so that many points of a block match.
		cx, cy, _ := motionValues(n, uint64(n), -3, 3)
		for kind, in := range [][2][]float32{{wx, wy}, {cx, cy}} {
			x, y := in[0], in[1]
			for _, p := range points {
				for _, limit := range limits {
					prefix := []int32{-7}
					want := refAppendNear(append([]int32(nil), prefix...), x, y, p[0], p[1], limit)
					got := AppendNear(prefix, x, y, p[0], p[1], limit)
					if fmt.Sprint(got) != fmt.Sprint(want) {
						t.Fatalf("n=%d values=%d p=%v limit=%v: got %v, want %v", n, kind, p, limit, got, want)
					}
				}
			}
		}
	}
}

func TestAppendNearNoAlloc(t *testing.T) {
	x, y := testValues(1000, 9), testValues(1000, 10)
	idx := make([]int32, 0, len(x))
	allocs := testing.AllocsPerRun(20, func() {
		idx = AppendNear(idx[:0], x, y, 0, 0, 100)
	})
	if allocs != 0 {
		t.Errorf("AppendNear allocated %v times per call with spare capacity", allocs)
	}
	if len(idx) == 0 || len(idx) == len(x) {
		t.Fatalf("test data matched %d of %d points; want some but not all", len(idx), len(x))
	}
}

func FuzzBounce(f *testing.F) {
	fuzzMotion(f, Bounce, true)
}

func FuzzAppendNear(f *testing.F) {
	addSeeds(f, float32(0), float32(0), float32(100))
	f.Fuzz(func(t *testing.T, data []byte, px, py, limit float32) {
		in := floatsFrom(data, 2)
		want := refAppendNear(nil, in[0], in[1], px, py, limit)
		got := AppendNear(nil, in[0], in[1], px, py, limit)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
}
