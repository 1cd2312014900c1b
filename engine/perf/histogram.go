package perf

import (
	"math"
	"math/bits"
	"slices"
	"time"
)

// DefaultWindow is the window NewHistogram uses when given a window below
// 1: five seconds of samples at 60 per second.
const DefaultWindow = 300

// NumBuckets is the number of log-spaced buckets in every Histogram.
// Each power of two of nanoseconds is split into four equal buckets, so a
// bucket's upper bound is at most 25% above its lower bound.
const NumBuckets = 248

// Histogram records durations two ways: counts in fixed log-spaced buckets
// over its whole life, and the exact last N samples in a ring buffer
// (the window) for exact percentiles.
//
// Recording is O(1) and never allocates. Percentile keeps a sorted copy of
// the window that it brings up to date lazily, inserting and removing the
// few samples recorded since the previous query, so querying once per frame
// costs about one insertion per new sample rather than a full sort.
//
// A Histogram is not safe for concurrent use.
type Histogram struct {
	buckets [NumBuckets]int64
	count   int64
	last    time.Duration

	ring []time.Duration // the window; ring[next] is the oldest once full
	next int             // where the next sample goes
	n    int             // samples in the window, up to len(ring)

	sorted []time.Duration // the window sorted, as of the last sync
	// evicted[j] is the sample that the j-th Record since the last sync
	// overwrote, or -1 if the window was not yet full then.
	evicted []time.Duration
	// pending counts the Records since the last sync; len(evicted)+1
	// means "too many, sort from scratch".
	pending int
}

// NewHistogram returns an empty histogram whose window holds the last
// window samples. A window below 1 means DefaultWindow.
func NewHistogram(window int) *Histogram {
	if window < 1 {
		window = DefaultWindow
	}
	incremental := min(max(window/4, 1), 64)
	return &Histogram{
		ring:    make([]time.Duration, window),
		sorted:  make([]time.Duration, 0, window),
		evicted: make([]time.Duration, incremental),
	}
}

// Record adds one sample. A negative d is recorded as 0.
func (h *Histogram) Record(d time.Duration) {
	if d < 0 {
		d = 0
	}
	h.buckets[bucketIndex(d)]++
	h.count++
	h.last = d

	old := time.Duration(-1)
	if h.n == len(h.ring) {
		old = h.ring[h.next]
	} else {
		h.n++
	}
	h.ring[h.next] = d
	h.next++
	if h.next == len(h.ring) {
		h.next = 0
	}
	if p := h.pending; p < len(h.evicted) {
		h.evicted[p] = old
		h.pending = p + 1
	} else {
		h.pending = len(h.evicted) + 1
	}
}

// Reset empties the histogram: bucket counts, Count, Last and the window.
func (h *Histogram) Reset() {
	h.buckets = [NumBuckets]int64{}
	h.count = 0
	h.last = 0
	h.next = 0
	h.n = 0
	h.sorted = h.sorted[:0]
	h.pending = 0
}

// Count returns the number of samples recorded since creation or Reset,
// including those that have left the window.
func (h *Histogram) Count() int64 { return h.count }

// Len returns the number of samples in the window.
func (h *Histogram) Len() int { return h.n }

// Cap returns the window size given at construction.
func (h *Histogram) Cap() int { return len(h.ring) }

// Last returns the most recent sample, or 0 if there is none.
func (h *Histogram) Last() time.Duration { return h.last }

// Max returns the largest sample in the window, or 0 if it is empty.
func (h *Histogram) Max() time.Duration {
	var m time.Duration
	a, b := h.windowParts()
	for _, d := range a {
		m = max(m, d)
	}
	for _, d := range b {
		m = max(m, d)
	}
	return m
}

// Percentile returns the nearest-rank p-th percentile (p in percent) of
// the samples in the window: the smallest sample such that at least p% of
// the window is less than or equal to it. With n samples sorted ascending
// as s[1..n], that is s[ceil(p*n/100)]. A p at or below 0 (or NaN) gives
// the smallest sample, a p at or above 100 the largest, and an empty
// window gives 0. It does not allocate.
func (h *Histogram) Percentile(p float64) time.Duration {
	if h.n == 0 {
		return 0
	}
	h.sync()
	return h.sorted[nearestRank(p, h.n)-1]
}

// nearestRank returns the 1-based nearest rank ceil(p*n/100), clamped to
// [1, n].
func nearestRank(p float64, n int) int {
	if !(p > 0) {
		return 1
	}
	if p >= 100 {
		return n
	}
	r := int(math.Ceil(p * float64(n) / 100))
	return min(max(r, 1), n)
}

// Window appends the samples in the window to dst, oldest first, and
// returns the extended slice.
func (h *Histogram) Window(dst []time.Duration) []time.Duration {
	a, b := h.windowParts()
	dst = append(dst, a...)
	return append(dst, b...)
}

// windowParts returns the window as two slices of the ring which,
// concatenated, run oldest first.
func (h *Histogram) windowParts() (older, newer []time.Duration) {
	if h.n < len(h.ring) {
		return h.ring[:h.n], nil
	}
	return h.ring[h.next:], h.ring[:h.next]
}

// sync brings h.sorted up to date with the window.
func (h *Histogram) sync() {
	if h.pending == 0 {
		return
	}
	if h.pending > len(h.evicted) {
		h.sorted = h.Window(h.sorted[:0])
		slices.Sort(h.sorted)
		h.pending = 0
		return
	}
	// Replay the pending Records in order: each removes the sample it
	// evicted (present in the sorted multiset, since it was recorded
	// earlier) and inserts the new one.
	i := h.next - h.pending
	if i < 0 {
		i += len(h.ring)
	}
	for j := range h.pending {
		if old := h.evicted[j]; old >= 0 {
			k, _ := slices.BinarySearch(h.sorted, old)
			copy(h.sorted[k:], h.sorted[k+1:])
			h.sorted = h.sorted[:len(h.sorted)-1]
		}
		d := h.ring[i]
		k, _ := slices.BinarySearch(h.sorted, d)
		h.sorted = h.sorted[:len(h.sorted)+1]
		copy(h.sorted[k+1:], h.sorted[k:])
		h.sorted[k] = d
		if i++; i == len(h.ring) {
			i = 0
		}
	}
	h.pending = 0
}

// BucketCount returns the number of samples recorded in bucket i since
// creation or Reset, or 0 if i is not in [0, NumBuckets).
func (h *Histogram) BucketCount(i int) int64 {
	if uint(i) >= NumBuckets {
		return 0
	}
	return h.buckets[i]
}

// BucketBounds returns the half-open range [lo, hi) of durations that
// bucket i counts. The last bucket's hi is the largest Duration and is
// inclusive. For i outside [0, NumBuckets) it returns 0, 0.
func BucketBounds(i int) (lo, hi time.Duration) {
	if uint(i) >= NumBuckets {
		return 0, 0
	}
	if i == NumBuckets-1 {
		return bucketLow(i), math.MaxInt64
	}
	return bucketLow(i), bucketLow(i + 1)
}

// bucketIndex returns the bucket of a non-negative d. Durations below 4 ns
// get one bucket each; above, each power of two [2^e, 2^(e+1)) is split
// into four buckets by the two bits below the leading one.
func bucketIndex(d time.Duration) int {
	u := uint64(d)
	if u < 4 {
		return int(u)
	}
	e := bits.Len64(u) - 1 // 2 <= e <= 62
	sub := int(u>>(e-2)) & 3
	return (e-1)*4 + sub
}

// bucketLow returns the smallest duration in bucket i.
func bucketLow(i int) time.Duration {
	if i < 4 {
		return time.Duration(i)
	}
	e := i/4 + 1
	return time.Duration(uint64(4+i%4) << (e - 2))
}
