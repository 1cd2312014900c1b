//go:build !js

package browser

import (
	_ "embed"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// glProbe is glprobe.js: WebGL calls counted a frame, and the passes of a
// few frames logged with the pixels each covers.
//
//go:embed glprobe.js
var glProbe string

// glPass is one draw or clear that glProbe logged.
type glPass struct {
	Kind      string     `json:"kind"`
	Target    string     `json:"target"`
	Size      [2]float64 `json:"size"`
	Program   float64    `json:"program"`
	Blend     string     `json:"blend"`
	Triangles float64    `json:"triangles"`
	Pixels    float64    `json:"pixels"` // -1: not known
}

// glFrame is one frame that glProbe logged.
type glFrame struct {
	Calls  float64  `json:"calls"`
	Passes []glPass `json:"passes"`
}

// glContext is a WebGL context's attributes, asked for and given.
type glContext struct {
	Asked map[string]any `json:"asked"`
	Got   map[string]any `json:"got"`
}

// framePasses opens p at a 1000×750 viewport at device scale factor 1 with
// glProbe, lets it settle, and returns the contexts it made and the
// passes of n frames in a row.
func framePasses(tb testing.TB, p framePage, n int) ([]glContext, []glFrame) {
	tb.Helper()
	ctx := newBrowser(tb)
	defer chromedp.Cancel(ctx)
	addInitScript(ctx, tb, glProbe)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1000, 750), chromedp.Navigate(p.url)); err != nil {
		tb.Fatalf("loading %s: %v", p.url, err)
	}
	switch {
	case p.game:
		waitReady(ctx, tb)
		if p.click {
			clickCanvas(ctx, tb)
			waitFor(ctx, tb, "a click to start the run", 30*time.Second, func(s state) bool { return s.Scene == "playing" })
		}
	default:
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.glProbe.frameCalls.length > 30`, chromedp.WithPollingTimeout(90*time.Second))); err != nil {
			tb.Fatalf("%s drew no 30 frames: %v", p.name, err)
		}
	}
	time.Sleep(2 * time.Second) // past the first frames' uploads
	evaluate[any](ctx, tb, fmt.Sprintf(`window.glProbe.frames = []; window.glProbe.record = %d`, n))
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.glProbe.record === 0`, chromedp.WithPollingTimeout(2*time.Minute))); err != nil {
		tb.Fatalf("%s: %d frames were not logged: %v", p.name, n, err)
	}
	return evaluate[[]glContext](ctx, tb, `window.glProbe.contexts`), evaluate[[]glFrame](ctx, tb, `window.glProbe.frames`)
}

// passTable formats frames' passes as a Markdown table, one line a pass
// of the last frame, after the calls of each frame.
func passTable(name string, ctxs []glContext, frames []glFrame) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n%s: contexts %v; WebGL calls a frame:", name, ctxs)
	for _, f := range frames {
		fmt.Fprintf(&sb, " %.0f", f.Calls)
	}
	sb.WriteString("\n\n| # | pass | target | program | blend | triangles | pixels |\n|---|---|---|---|---|---|---|\n")
	last := frames[len(frames)-1]
	var total float64
	for i, p := range last.Passes {
		fmt.Fprintf(&sb, "| %d | %s | %s %.0f×%.0f | %.0f | %s | %.0f | %.0f |\n", i+1, p.Kind, p.Target, p.Size[0], p.Size[1], p.Program, p.Blend, p.Triangles, p.Pixels)
		if p.Pixels > 0 {
			total += p.Pixels
		}
	}
	fmt.Fprintf(&sb, "\npixels covered a frame: %.0f\n", total)
	return sb.String()
}

// BenchmarkBrowserFramePasses logs, for web/minimal, the game's title and
// stress mode and the PixiJS peer, the WebGL calls of a few frames and
// every pass of the last: what it draws into, with which program and
// blend, and how many pixels it covers. It measures no time: its figures
// are counts, the same on any machine.
//
//	go test -run '^$' -bench BrowserFramePasses -benchtime 1x ./game/e2e/browser
func BenchmarkBrowserFramePasses(b *testing.B) {
	game := serve(b, webDir(b))
	peer := serve(b, peerDir(b))
	pages := []framePage{
		{name: "web/minimal", url: serve(b, minimalDir(b)) + "/"},
		{name: "title", url: game + "/?seed=3", game: true},
	}
	for _, n := range []int{300, 5_000} {
		pages = append(pages,
			framePage{name: fmt.Sprint("game ", n), url: fmt.Sprintf("%s/?seed=3&hazards=%d&bench=1", game, n), game: true, click: true},
			framePage{name: fmt.Sprint("PixiJS ", n), url: fmt.Sprintf("%s/?seed=3&hazards=%d", peer, n), peer: true})
	}
	for range b.N {
		for _, p := range pages {
			ctxs, frames := framePasses(b, p, 3)
			fmt.Println(passTable(p.name, ctxs, frames))
		}
	}
	b.ReportMetric(0, "ns/op")
}

// TestBrowserFramePasses checks what a steady frame of the stress mode
// asks of WebGL, by count: the context Ebitengine draws with has neither
// multisampling nor a depth buffer (web/webgl.js), Ebitengine fills and
// copies the canvas once each, and the backdrop is
// copied back under the previous frame's quads while they cover fewer
// pixels than the field (300 hazards), and whole, once, when they cover
// more (5,000 hazards); and a crowd of hazards (5,000) is drawn with the
// cheaper sprite, cropped and sampled nearest.
func TestBrowserFramePasses(t *testing.T) {
	base := serve(t, webDir(t))
	const field = 1000 * 750
	for _, c := range []struct {
		hazards       int
		whole         bool // the backdrop is copied whole
		leastSprites  float64
		mostSprites   float64
		mostBackdrops float64
		crowd         bool // the hazards are drawn as a crowd: cropped, sampled nearest
	}{{300, false, 250_000, 500_000, field, false}, {5_000, true, 3_000_000, 5_000_000, field, true}} {
		ctxs, frames := framePasses(t, framePage{name: fmt.Sprint(c.hazards, " hazards"),
			url: fmt.Sprintf("%s/?seed=3&hazards=%d&bench=1", base, c.hazards), game: true, click: true}, 3)
		t.Log(passTable(fmt.Sprint(c.hazards, " hazards"), ctxs, frames))
		var ours *glContext
		for i := range ctxs {
			if ctxs[i].Asked["stencil"] == true {
				ours = &ctxs[i]
			}
		}
		if ours == nil {
			t.Fatalf("%d hazards: no WebGL context asked for a stencil buffer, as Ebitengine's does: %v", c.hazards, ctxs)
		}
		if ours.Got["antialias"] != false || ours.Got["depth"] != false {
			t.Errorf("%d hazards: Ebitengine's WebGL context has antialias %v and depth %v, want both false (web/webgl.js)", c.hazards, ours.Got["antialias"], ours.Got["depth"])
		}
		for _, f := range frames {
			// Ebitengine's two passes onto the canvas: its black fill,
			// then the copy of the screen, 1:1.
			var canvas []glPass
			for _, p := range f.Passes {
				if p.Target == "canvas" {
					canvas = append(canvas, p)
				}
			}
			if len(canvas) != 2 || canvas[0].Pixels != field || canvas[1].Pixels != field {
				t.Errorf("%d hazards: the frame's passes onto the canvas are %+v, want a fill and a copy of all %d pixels", c.hazards, canvas, field)
			}
			// The offscreen passes: the backdrop copied without blending
			// (blend ONE, ZERO) first, then the quads, blended.
			var copied, blended float64
			var nearest, sprites float64 // programs: the copy's, the first blended pass's
			for _, p := range f.Passes {
				switch {
				case p.Target == "canvas" || p.Kind != "draw":
				case p.Blend == "1,0,1,0":
					copied += p.Pixels
					nearest = p.Program
				default:
					blended += p.Pixels
					if sprites == 0 {
						sprites = p.Program
					}
				}
			}
			if (sprites == nearest) != c.crowd {
				t.Errorf("%d hazards: the sprites are drawn with program %.0f, the backdrop's copy (nearest) with %.0f; want the sprites sampled nearest only in a crowd (%v)", c.hazards, sprites, nearest, c.crowd)
			}
			if copied > c.mostBackdrops || (c.whole && copied != field) || (!c.whole && copied >= field) {
				t.Errorf("%d hazards: a frame copies %.0f pixels of the backdrop, want %s", c.hazards, copied,
					map[bool]string{true: "the field's 750,000", false: "fewer than the field's 750,000"}[c.whole])
			}
			if blended < c.leastSprites || blended > c.mostSprites {
				t.Errorf("%d hazards: a frame blends %.0f pixels of quads, want %.0f to %.0f", c.hazards, blended, c.leastSprites, c.mostSprites)
			}
		}
	}
}
