package perf

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// referencePercentile is the nearest-rank percentile of samples computed
// the textbook way, for an integer percent p or a half percent (p2 = 2p).
func referencePercentile(samples []time.Duration, p2 int) time.Duration {
	s := slices.Clone(samples)
	slices.Sort(s)
	rank := (p2*len(s) + 199) / 200 // ceil(p/100 * n) in integers
	rank = min(max(rank, 1), len(s))
	return s[rank-1]
}

func TestPercentileMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	percents2 := []int{0, 1, 2, 20, 50, 99, 100, 180, 190, 198, 199, 200}
	for _, window := range []int{1, 2, 3, 4, 7, 16, 63, 300, 1000} {
		for _, spread := range []int64{3, 1000, int64(50 * time.Millisecond)} {
			h := NewHistogram(window)
			var all []time.Duration
			total := 3*window + 5
			for len(all) < total {
				// Record a random burst, sometimes longer than the
				// incremental limit, then check every percentile.
				burst := 1 + rng.IntN(window/2+2)
				if rng.IntN(8) == 0 {
					burst = window + 1
				}
				for range burst {
					d := time.Duration(rng.Int64N(spread))
					h.Record(d)
					all = append(all, d)
				}
				win := all[max(0, len(all)-window):]
				if h.Len() != len(win) {
					t.Fatalf("window %d after %d records: Len = %d, want %d", window, len(all), h.Len(), len(win))
				}
				for _, p2 := range percents2 {
					want := referencePercentile(win, p2)
					if got := h.Percentile(float64(p2) / 2); got != want {
						t.Fatalf("window %d, spread %d, after %d records: Percentile(%v) = %v, want %v",
							window, spread, len(all), float64(p2)/2, got, want)
					}
				}
				if got, want := h.Max(), slices.Max(win); got != want {
					t.Fatalf("window %d after %d records: Max = %v, want %v", window, len(all), got, want)
				}
			}
		}
	}
}

func TestPercentileEdgeCases(t *testing.T) {
	h := NewHistogram(10)
	if got := h.Percentile(50); got != 0 {
		t.Fatalf("empty: Percentile(50) = %v, want 0", got)
	}
	if got := h.Max(); got != 0 {
		t.Fatalf("empty: Max = %v, want 0", got)
	}
	for _, d := range []time.Duration{30, 10, 20} {
		h.Record(d)
	}
	cases := []struct {
		p    float64
		want time.Duration
	}{
		{math.NaN(), 10}, {-5, 10}, {0, 10}, {33, 10}, {34, 20}, {66.7, 30}, {100, 30}, {250, 30},
	}
	for _, c := range cases {
		if got := h.Percentile(c.p); got != c.want {
			t.Errorf("Percentile(%v) of {10,20,30} = %v, want %v", c.p, got, c.want)
		}
	}
	h.Record(-7)
	if got := h.Percentile(0); got != 0 {
		t.Errorf("after Record(-7): minimum = %v, want 0 (negative recorded as 0)", got)
	}
}

func TestWindowOldestFirst(t *testing.T) {
	h := NewHistogram(5)
	dst := []time.Duration{-1}
	for i := 1; i <= 3; i++ {
		h.Record(time.Duration(i))
	}
	if got, want := h.Window(dst), []time.Duration{-1, 1, 2, 3}; !slices.Equal(got, want) {
		t.Fatalf("before wrap: Window = %v, want %v", got, want)
	}
	for i := 4; i <= 12; i++ {
		h.Record(time.Duration(i))
		if h.Last() != time.Duration(i) {
			t.Fatalf("Last = %v, want %v", h.Last(), i)
		}
	}
	if got, want := h.Window(nil), []time.Duration{8, 9, 10, 11, 12}; !slices.Equal(got, want) {
		t.Fatalf("after wrap: Window = %v, want %v", got, want)
	}
	if h.Count() != 12 {
		t.Fatalf("Count = %d, want 12", h.Count())
	}
}

func TestNewHistogramDefaultWindow(t *testing.T) {
	for _, w := range []int{0, -3} {
		if got := NewHistogram(w).Cap(); got != DefaultWindow {
			t.Errorf("NewHistogram(%d).Cap() = %d, want %d", w, got, DefaultWindow)
		}
	}
}

func TestHistogramReset(t *testing.T) {
	h := NewHistogram(4)
	for i := range 9 {
		h.Record(time.Duration(i) * time.Millisecond)
	}
	h.Percentile(50)
	h.Record(time.Second)
	h.Reset()
	if h.Count() != 0 || h.Len() != 0 || h.Last() != 0 || h.Percentile(99) != 0 {
		t.Fatalf("after Reset: Count %d Len %d Last %v p99 %v, want all zero",
			h.Count(), h.Len(), h.Last(), h.Percentile(99))
	}
	for i := range NumBuckets {
		if h.BucketCount(i) != 0 {
			t.Fatalf("after Reset: bucket %d holds %d", i, h.BucketCount(i))
		}
	}
	h.Record(5)
	h.Record(7)
	if got := h.Window(nil); !slices.Equal(got, []time.Duration{5, 7}) {
		t.Fatalf("records after Reset: Window = %v, want [5 7]", got)
	}
	if got := h.Percentile(100); got != 7 {
		t.Fatalf("records after Reset: max = %v, want 7", got)
	}
}

func TestBucketBoundsContainTheirSamples(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	check := func(d time.Duration) {
		t.Helper()
		i := bucketIndex(d)
		lo, hi := BucketBounds(i)
		if d < lo || (d >= hi && i != NumBuckets-1) {
			t.Fatalf("duration %d in bucket %d = [%d, %d)", d, i, lo, hi)
		}
	}
	for d := range time.Duration(2000) {
		check(d)
	}
	for range 100000 {
		check(time.Duration(rng.Int64() >> rng.IntN(63)))
	}
	check(math.MaxInt64)
	if got := bucketIndex(math.MaxInt64); got != NumBuckets-1 {
		t.Fatalf("bucketIndex(MaxInt64) = %d, want last bucket %d", got, NumBuckets-1)
	}
	// Buckets tile the durations: each starts where the previous ends and
	// is at most 25% wider than its start.
	for i := 1; i < NumBuckets; i++ {
		_, prevHi := BucketBounds(i - 1)
		lo, hi := BucketBounds(i)
		if lo != prevHi {
			t.Fatalf("bucket %d starts at %d, previous ends at %d", i, lo, prevHi)
		}
		if i >= 4 && i < NumBuckets-1 && (hi-lo)*4 > lo {
			t.Fatalf("bucket %d = [%d, %d) wider than 25%%", i, lo, hi)
		}
	}
	if lo, hi := BucketBounds(-1); lo != 0 || hi != 0 {
		t.Fatalf("BucketBounds(-1) = %d, %d, want 0, 0", lo, hi)
	}
}

func TestBucketCounts(t *testing.T) {
	h := NewHistogram(3)
	durations := []time.Duration{0, 1, 5, 5, 6, time.Millisecond, time.Millisecond, 17 * time.Millisecond, time.Hour}
	for _, d := range durations {
		h.Record(d)
	}
	var sum int64
	for i := range NumBuckets {
		lo, hi := BucketBounds(i)
		var want int64
		for _, d := range durations {
			if d >= lo && d < hi {
				want++
			}
		}
		if got := h.BucketCount(i); got != want {
			t.Errorf("bucket %d [%v, %v): count %d, want %d", i, lo, hi, got, want)
		}
		sum += h.BucketCount(i)
	}
	if sum != int64(len(durations)) || h.Count() != sum {
		t.Fatalf("bucket total %d, Count %d, want %d", sum, h.Count(), len(durations))
	}
	if h.BucketCount(NumBuckets) != 0 || h.BucketCount(-1) != 0 {
		t.Fatal("BucketCount out of range is not 0")
	}
}
