package parallel

import (
	"math"
	"slices"
	"time"
)

// Calibration rounds and pacing: each range length is timed calibrateRuns
// times each way, and the pool's median time is compared with the serial
// loop's best, so that a pool that pays only now and then does not count;
// before each parallel run the helpers rest for calibrateRest, long enough
// to park, as they do between the ticks of a game, so that waking them
// counts.
const (
	calibrateRuns = 5
	calibrateRest = time.Millisecond
	// A parallel For pays when its median time is under payRatio times the
	// serial loop's best.
	payRatio = 0.95
)

// Calibrate finds out, by timing fn, from which range length a parallel
// For over fn beats a serial loop on this machine, and makes For run
// serially over shorter ranges from then on. It times ranges of 2, 4, 8,
// ... chunks and of n items, each serially and in parallel, so fn must
// work on scratch data of at least n items, and the results of fn must
// not depend on how its range is split into chunks for the pool to stay
// bit-identical to a serial loop. It returns the length from which For
// runs in parallel: math.MaxInt when the pool never paid, so that For is
// always serial. It takes a few tens of milliseconds at most; call it
// once, at start-up, before the pool is used.
//
// A pool of one worker, or n of one chunk or less, needs no calibration:
// For runs serially there anyway.
func (p *Pool) Calibrate(n, chunk int, fn func(lo, hi int)) int {
	if p.Workers() == 1 || chunk <= 0 || n <= chunk {
		return math.MaxInt
	}
	p.minLen.Store(0)
	var sizes []int
	for s := 2 * chunk; s < n; s *= 2 {
		sizes = append(sizes, s)
	}
	sizes = append(sizes, n)
	serialT := make([]time.Duration, len(sizes))
	pooledT := make([]time.Duration, len(sizes))
	var ts, tp [calibrateRuns]time.Duration
	for i, size := range sizes {
		for r := range calibrateRuns {
			start := time.Now()
			serial(size, chunk, fn)
			ts[r] = time.Since(start)
			time.Sleep(calibrateRest)
			start = time.Now()
			p.For(size, chunk, fn)
			tp[r] = time.Since(start)
		}
		serialT[i], pooledT[i] = slices.Min(ts[:]), median(tp[:])
	}
	min := crossover(sizes, serialT, pooledT)
	p.minLen.Store(int64(min))
	return min
}

// crossover returns the smallest of the increasing sizes from which the
// pooled time was under payRatio times the serial time at that size and
// every larger one, or math.MaxInt when it was not at the largest.
func crossover(sizes []int, serial, pooled []time.Duration) int {
	min := math.MaxInt
	for i := len(sizes) - 1; i >= 0; i-- {
		if float64(pooled[i]) >= payRatio*float64(serial[i]) {
			break
		}
		min = sizes[i]
	}
	return min
}

// median returns the median of d, sorting it.
func median(d []time.Duration) time.Duration {
	slices.Sort(d)
	return d[len(d)/2]
}
