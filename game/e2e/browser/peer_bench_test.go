//go:build !js

package browser

import (
	"fmt"
	"slices"
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
// vsync, FPS cannot rank the two and the CPU a frame does.
//
//	go test -run '^$' -bench BrowserPeer -benchtime 1x -timeout 60m ./game/e2e/browser
func BenchmarkBrowserPeer(b *testing.B) {
	game := serve(b, webDir(b))
	peer := serve(b, peerDir(b))
	minimal := framePage{name: "web/minimal", url: serve(b, minimalDir(b)) + "/"}
	type row struct {
		n          int
		game, peer framePage
	}
	var rows []row
	for _, n := range peerSizes {
		rows = append(rows, row{n,
			framePage{name: fmt.Sprint("game ", n), url: fmt.Sprintf("%s/?seed=3&hazards=%d&bench=1", game, n), game: true, click: true},
			framePage{name: fmt.Sprint("PixiJS ", n), url: fmt.Sprintf("%s/?seed=3&hazards=%d", peer, n), peer: true}})
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
		c := "–"
		if len(r.cpu) > 0 {
			c = fmt.Sprintf("%.1f (%.1f–%.1f)", mean(r.cpu), slices.Min(r.cpu), slices.Max(r.cpu))
		}
		return fmt.Sprintf("| %s | %.1f (%.1f–%.1f) | %.0f (%.0f–%.0f) | %s | %s |\n", label,
			mean(r.fps), slices.Min(r.fps), slices.Max(r.fps), mean(r.tps), slices.Min(r.tps), slices.Max(r.tps), c, ratios)
	}
	m := got[minimal.name]
	table := "\n| Program | FPS (mean, range) | TPS | browser CPU ms a frame | game ÷ PixiJS: FPS, CPU a frame |\n|---|---|---|---|---|\n"
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
	}
	b.ReportMetric(0, "ns/op")
	fmt.Println(table) // as BenchmarkBrowserFrameCost: the table, whatever -v says
}
