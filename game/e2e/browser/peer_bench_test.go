//go:build !js

package browser

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// peerSizes are the swarm sizes the game is measured against PixiJS at.
var peerSizes = []int{12, 300, 5_000, 20_000}

// BenchmarkBrowserPeer measures, in one run, the game's stress mode
// (?hazards=N&bench=1, after a click starts the run), the PixiJS peer
// (web/pixipeer: N hazards from the game's atlas in a ParticleContainer,
// over the same backdrop) at each of peerSizes, and web/minimal (a Fill
// and 12 DrawImage calls) as the anchor, each in a new headless Chromium
// at a 1000×750 viewport and device scale factor 1, taking turns for
// SWARMFIELD_PEER_ROUNDS rounds (default 1). For each it gives FPS, TPS
// and the CPU time the browser's processes used per frame drawn, and the
// game's FPS and CPU a frame as ratios to PixiJS's: where PixiJS reaches
// vsync, FPS cannot rank the two and the CPU a frame does. With
// SWARMFIELD_BASE_WEB_DIR set to another build's web folder, that build's
// stress mode is measured at each size too, for a before and after;
// SWARMFIELD_PEER_SIZES=5000,20000 measures other sizes.
//
//	go test -run '^$' -bench BrowserPeer -benchtime 1x -timeout 60m ./game/e2e/browser
func BenchmarkBrowserPeer(b *testing.B) {
	game := serve(b, webDir(b))
	peer := serve(b, peerDir(b))
	minimal := framePage{name: "web/minimal", url: serve(b, minimalDir(b)) + "/"}
	base := ""
	if dir := os.Getenv("SWARMFIELD_BASE_WEB_DIR"); dir != "" {
		base = serve(b, dir)
	}
	type row struct {
		n                int
		game, peer, base framePage
	}
	var rows []row
	sizes := peerSizes
	if s := os.Getenv("SWARMFIELD_PEER_SIZES"); s != "" {
		sizes = nil
		for _, f := range strings.Split(s, ",") {
			n, err := strconv.Atoi(f)
			if err != nil || n < 1 {
				b.Fatalf("SWARMFIELD_PEER_SIZES=%q: want swarm sizes such as 300,5000", s)
			}
			sizes = append(sizes, n)
		}
	}
	for _, n := range sizes {
		r := row{n: n,
			game: framePage{name: fmt.Sprint("game ", n), url: fmt.Sprintf("%s/?seed=3&hazards=%d&bench=1", game, n), game: true, click: true},
			peer: framePage{name: fmt.Sprint("PixiJS ", n), url: fmt.Sprintf("%s/?seed=3&hazards=%d", peer, n), peer: true}}
		if base != "" {
			r.base = framePage{name: fmt.Sprint("base ", n), url: fmt.Sprintf("%s/?seed=3&hazards=%d&bench=1", base, n), game: true, click: true}
		}
		rows = append(rows, r)
	}
	rounds := envInt(b, "SWARMFIELD_PEER_ROUNDS", 1, 1)
	got := map[string]*rates{}
	measure := func(p framePage) {
		if got[p.name] == nil {
			got[p.name] = &rates{}
		}
		measureRates(b, p, 1, got[p.name])
	}
	for range b.N {
		for range rounds {
			measure(minimal)
			for _, r := range rows {
				measure(r.game)
				measure(r.peer)
				if r.base.url != "" {
					measure(r.base)
				}
			}
		}
	}
	cpu := func(r *rates) float64 {
		if len(r.cpu) == 0 {
			return 0
		}
		return mean(r.cpu)
	}
	line := func(label string, r *rates, ratios string) string {
		c, split := "–", "–"
		if len(r.cpu) > 0 {
			c = fmt.Sprintf("%.1f (%.1f–%.1f)", mean(r.cpu), slices.Min(r.cpu), slices.Max(r.cpu))
			split = fmt.Sprintf("%.1f, %.1f", mean(r.gpuCPU), mean(r.rendererCPU))
		}
		return fmt.Sprintf("| %s | %.1f (%.1f–%.1f) | %.0f (%.0f–%.0f) | %s | %s | %s |\n", label,
			mean(r.fps), slices.Min(r.fps), slices.Max(r.fps), mean(r.tps), slices.Min(r.tps), slices.Max(r.tps), c, split, ratios)
	}
	m := got[minimal.name]
	table := "\n| Program | FPS (mean, range) | TPS | browser CPU ms a frame | of which GPU process, renderer | game ÷ PixiJS: FPS, CPU a frame |\n|---|---|---|---|---|---|\n"
	table += line("web/minimal", m, "")
	for _, r := range rows {
		g, p := got[r.game.name], got[r.peer.name]
		fps := mean(g.fps) / mean(p.fps)
		ratios := fmt.Sprintf("%.2f", fps)
		b.ReportMetric(fps, fmt.Sprintf("fps-ratio-%d", r.n))
		if cpu(g) > 0 && cpu(p) > 0 {
			c := cpu(g) / cpu(p)
			ratios += fmt.Sprintf(", %.2f", c)
			b.ReportMetric(c, fmt.Sprintf("cpu-ratio-%d", r.n))
		}
		table += line(fmt.Sprintf("Swarmfield, %d hazards", r.n), g, ratios)
		table += line(fmt.Sprintf("PixiJS, %d sprites", r.n), p, "")
		if r.base.url != "" {
			bg := got[r.base.name]
			ratios := fmt.Sprintf("%.2f", mean(bg.fps)/mean(p.fps))
			if cpu(bg) > 0 && cpu(p) > 0 {
				ratios += fmt.Sprintf(", %.2f", cpu(bg)/cpu(p))
			}
			table += line(fmt.Sprintf("base build, %d hazards", r.n), bg, ratios)
		}
	}
	b.ReportMetric(0, "ns/op")
	fmt.Println(table) // as BenchmarkBrowserFrameCost: the table, whatever -v says
}
