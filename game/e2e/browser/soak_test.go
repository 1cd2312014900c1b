//go:build !js

package browser

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// soakSample is one second of the browser soak.
type soakSample struct {
	at      time.Duration
	tick    float64 // the run's tick
	goHeap  float64 // metrics().heapBytes: Go heap objects, garbage included
	jsHeap  float64 // JavaScript heap in use after a forced collection
	latency time.Duration
}

// TestBrowserSoak runs stress mode (20000 hazards, invulnerable) in
// headless Chromium for SWARMFIELD_SOAK_SECONDS (default 60) and checks
// once a second that the page answers state() within answerTimeout and the run
// ticks on; at the end, that neither the Go heap nor the JavaScript heap
// grew between the first and the second half after a warm-up. It runs only
// with SWARMFIELD_SOAK=1 (make soak).
func TestBrowserSoak(t *testing.T) {
	if os.Getenv("SWARMFIELD_SOAK") != "1" {
		t.Skip("the browser soak runs with SWARMFIELD_SOAK=1 (make soak)")
	}
	seconds := envInt(t, "SWARMFIELD_SOAK_SECONDS", 60, 10)
	ctx := newBrowserFor(t, time.Duration(seconds)*time.Second+3*time.Minute)
	base := serve(t, webDir(t))
	startRun(ctx, t, base+"/?seed=4&hazards=20000&bench=1")

	var samples []soakSample
	start := time.Now()
	for time.Since(start) < time.Duration(seconds)*time.Second {
		time.Sleep(time.Second)
		t0 := time.Now()
		s, err := evalWithin[state](ctx, answerTimeout, `window.swarmfield.state()`)
		latency := time.Since(t0)
		heap, merr := evalWithin[float64](ctx, answerTimeout, `window.swarmfield.metrics().heapBytes`)
		if err != nil || merr != nil {
			t.Fatalf("after %v the page did not answer within %v: state(): %v; metrics(): %v", time.Since(start).Round(time.Second), answerTimeout, err, merr)
		}
		if s.Scene != "playing" {
			t.Fatalf("after %v the scene is %q, want playing (state %+v)", time.Since(start).Round(time.Second), s.Scene, s)
		}
		js, err := jsHeapAfterGC(ctx)
		if err != nil {
			t.Fatal(err)
		}
		sm := soakSample{at: time.Since(start), tick: s.Tick, goHeap: heap, jsHeap: js, latency: latency}
		if n := len(samples); n > 0 && sm.tick <= samples[n-1].tick {
			t.Fatalf("the run did not tick between %v and %v: tick %v", samples[n-1].at.Round(time.Second), sm.at.Round(time.Second), sm.tick)
		}
		samples = append(samples, sm)
	}
	for _, s := range samples {
		t.Logf("%4.0fs tick %6.0f  Go heap %6.1f MB  JS heap %5.2f MB  state() %v",
			s.at.Seconds(), s.tick, s.goHeap/1e6, s.jsHeap/1e6, s.latency.Round(time.Millisecond))
	}
	last := samples[len(samples)-1]
	t.Logf("%.0f ticks in %v: %.1f ticks/s", last.tick-samples[0].tick, (last.at - samples[0].at).Round(time.Second),
		(last.tick-samples[0].tick)/(last.at-samples[0].at).Seconds())

	// Skip a sixth for warm-up, then compare the halves of the rest. The
	// Go figure includes garbage not yet collected, so compare the lowest
	// value of each half (the heap just after a collection) and allow 10%.
	rest := samples[len(samples)/6:]
	first, second := rest[:len(rest)/2], rest[len(rest)/2:]
	lowest := func(ss []soakSample, f func(soakSample) float64) float64 {
		m := f(ss[0])
		for _, s := range ss[1:] {
			m = min(m, f(s))
		}
		return m
	}
	goHeap := func(s soakSample) float64 { return s.goHeap }
	jsHeap := func(s soakSample) float64 { return s.jsHeap }
	if a, b := lowest(first, goHeap), lowest(second, goHeap); b > a*1.10 {
		t.Errorf("the Go heap grew: lowest %.1f MB in the first half, %.1f MB in the second", a/1e6, b/1e6)
	}
	// The JavaScript heap is measured after a forced collection; allow
	// 10% and 256 KB for V8's own bookkeeping.
	if a, b := lowest(first, jsHeap), lowest(second, jsHeap); b > a*1.10+256<<10 {
		t.Errorf("the JavaScript heap grew: lowest %.2f MB in the first half, %.2f MB in the second", a/1e6, b/1e6)
	}
}

// answerTimeout bounds each call into the page during the soak. Under
// SwiftShader on a loaded machine a frame of 20000 hazards can take
// hundreds of milliseconds, and a call waits for the frame in progress.
const answerTimeout = 5 * time.Second

// evalWithin evaluates expr in the page, failing after d.
func evalWithin[T any](ctx context.Context, d time.Duration, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr))
}

// jsHeapAfterGC forces a JavaScript garbage collection and returns the
// bytes of JavaScript heap in use.
func jsHeapAfterGC(ctx context.Context) (float64, error) {
	var used float64
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
			return err
		}
		u, err := cdp.Call(ctx, tg, runtime.GetHeapUsage, cdp.Empty{})
		used = u.UsedSize
		return err
	}))
	return used, err
}
