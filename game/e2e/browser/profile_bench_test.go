//go:build !js

package browser

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// BenchmarkBrowserProfile samples the page's main thread for five seconds
// with the DevTools protocol's CPU profiler and prints the functions that
// took the most samples, on their own (self) and with what they called
// (inclusive). Go functions appear under their wasm names, such as
// swarmfield_engine_sprite.__Batch_.AddManyFrames. It builds its own web
// folder with the symbol names the release build strips. The page is
// ?seed=1&bench=1&hazards=20000 unless $SWARMFIELD_PROFILE_QUERY says
// otherwise. With SWARMFIELD_PROFILE_STARTUP=1 it samples from the
// navigation to the first frames instead (the start-up):
//
//	go test -run '^$' -bench BrowserProfile -benchtime 1x ./game/e2e/browser
func BenchmarkBrowserProfile(b *testing.B) {
	query := cmp.Or(os.Getenv("SWARMFIELD_PROFILE_QUERY"), "?seed=1&bench=1&hazards=20000")
	dir := b.TempDir()
	build := exec.Command("make", "-C", repoRoot(b), "web", "WEB="+dir, "LDFLAGS=-X main.version=profile")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("make web: %v\n%s", err, out)
	}
	ctx := newBrowser(b)
	url := serve(b, dir) + "/" + query
	startup := os.Getenv("SWARMFIELD_PROFILE_STARTUP") == "1"
	if !startup {
		openPage(ctx, b, url)
		time.Sleep(2 * time.Second) // past start-up
	}
	var prof *profiler.Profile
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, profiler.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, t, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, t, profiler.Start, cdp.Empty{}); err != nil {
			return err
		}
		return nil
	}))
	if err != nil {
		b.Fatalf("profiler: %v", err)
	}
	if startup {
		openPage(ctx, b, url)
	} else {
		time.Sleep(5 * time.Second)
	}
	err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		res, err := cdp.Call(ctx, t, profiler.Stop, cdp.Empty{})
		prof = res.Profile
		return err
	}))
	if err != nil {
		b.Fatalf("profiler: %v", err)
	}
	self, incl, total := profileSamples(prof)
	fmt.Printf("\n%s: %d samples\n", query, total)
	printTop("self", self, total, 25)
	printTop("inclusive", incl, total, 40)
	b.ReportMetric(0, "ns/op")
}

// profileSamples counts each function's samples on its own and with its
// callees (each sample once per function, however deep the recursion).
func profileSamples(p *profiler.Profile) (self, incl map[string]int64, total int64) {
	parent := map[int64]int64{}
	byID := map[int64]*profiler.ProfileNode{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	self, incl = map[string]int64{}, map[string]int64{}
	for _, n := range p.Nodes {
		if n.HitCount == 0 {
			continue
		}
		total += n.HitCount
		self[n.CallFrame.FunctionName] += n.HitCount
		seen := map[string]bool{}
		for id, ok := n.ID, true; ok; id, ok = parent[id] {
			if name := byID[id].CallFrame.FunctionName; !seen[name] {
				seen[name] = true
				incl[name] += n.HitCount
			}
		}
	}
	return self, incl, total
}

// printTop prints the k functions with the most samples in counts.
func printTop(what string, counts map[string]int64, total int64, k int) {
	names := make([]string, 0, len(counts))
	for name := range counts {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b)) })
	fmt.Printf("== %s\n", what)
	for _, name := range names[:min(k, len(names))] {
		fmt.Printf("%6.1f%%  %s\n", 100*float64(counts[name])/float64(total), cmp.Or(name, "(anonymous)"))
	}
}
