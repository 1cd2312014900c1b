package parallel

import (
	"math"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestCrossover(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		d := make([]time.Duration, len(v))
		for i, x := range v {
			d[i] = time.Duration(x) * time.Millisecond
		}
		return d
	}
	sizes := []int{2, 4, 8, 10}
	for _, c := range []struct {
		name           string
		serial, pooled []time.Duration
		want           int
	}{
		{"pays from 4", ms(10, 20, 40, 50), ms(12, 10, 20, 25), 4},
		{"pays everywhere", ms(10, 20, 40, 50), ms(5, 10, 20, 25), 2},
		{"never pays", ms(10, 20, 40, 50), ms(12, 22, 44, 55), math.MaxInt},
		{"not at the largest", ms(10, 20, 40, 50), ms(5, 10, 20, 50), math.MaxInt},
		{"a win below a loss does not count", ms(10, 20, 40, 50), ms(5, 30, 20, 25), 8},
		{"under 5% does not pay", ms(100, 100, 100, 100), ms(96, 96, 96, 96), math.MaxInt},
	} {
		if got := crossover(sizes, c.serial, c.pooled); got != c.want {
			t.Errorf("%s: crossover = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestCalibratePicksWhatPays calibrates a pool for chunk functions that
// sleep, where two workers halve the time whatever else runs on the
// machine, and for chunks that do nothing, where waking a helper costs
// more than it saves: the first runs in parallel from 2 chunks on, the
// second always serially, in the caller, even for chunks that would pay.
func TestCalibratePicksWhatPays(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("one thread: every pool is serial")
	}
	p := NewPool(2)
	defer p.Close()
	// Chunks of 2 ms: a helper woken late on a loaded machine (it took
	// more than 0.3 ms once, under make test's parallel packages) still
	// saves most of a chunk.
	sleep := func(lo, hi int) { time.Sleep(2 * time.Millisecond) }
	if got := p.Calibrate(8, 1, sleep); got != 2 {
		t.Errorf("sleeping chunks: Calibrate = %d, want 2 (parallel from two chunks)", got)
	}
	if got := p.Calibrate(64, 1, noop); got != math.MaxInt {
		t.Errorf("empty chunks: Calibrate = %d, want math.MaxInt (never parallel)", got)
	}
	var helped atomic.Int32
	caller := goid()
	p.For(16, 1, func(lo, hi int) {
		if goid() != caller {
			helped.Add(1)
		}
		time.Sleep(200 * time.Microsecond)
	})
	if helped.Load() != 0 {
		t.Errorf("after a calibration that found no gain, %d chunks ran outside the caller", helped.Load())
	}
}

// goid returns the calling goroutine's id, from its stack trace.
func goid() string {
	var buf [64]byte
	s := string(buf[:runtime.Stack(buf[:], false)])
	s = s[len("goroutine "):]
	return s[:strings.IndexByte(s, ' ')]
}
