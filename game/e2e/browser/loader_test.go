//go:build !js

package browser

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// loaderProbe is a script run before the page's own: it records how the
// loader compiles the module (window.probe.calls: each WebAssembly
// function called, whether with a Response, and when), every text the
// loader shows (window.probe.texts), and when the first
// requestAnimationFrame callback that drew with WebGL ended
// (window.probe.firstFrame, in milliseconds since navigation), which any
// Ebitengine program has, the minimal one too. When the game calls
// window.swarmfield.ready() after its first frame, it records whether the
// audio was opened by then (window.probe.audioAtReady). It also records
// when the page first fetched and first asked for a WebGL 2 context.
const loaderProbe = `(() => {
  const probe = window.probe = { calls: [], texts: [], firstFrame: 0, audioAtReady: null, fetchedAt: 0, webGLAt: 0 };
  const fetch = window.fetch;
  window.fetch = function (...args) {
    probe.fetchedAt = probe.fetchedAt || performance.now();
    return fetch.apply(this, args);
  };
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    if (type === "webgl2") probe.webGLAt = probe.webGLAt || performance.now();
    return getContext.call(this, type, ...rest);
  };
  let ready;
  Object.defineProperty(window.swarmfield = {}, "ready", {
    get: () => () => {
      probe.audioAtReady = window.swarmfield.audio().opened;
      ready();
    },
    set: (f) => { ready = f; },
  });
  for (const name of ["instantiateStreaming", "compileStreaming", "instantiate", "compile"]) {
    const f = WebAssembly[name];
    if (typeof f !== "function") continue;
    WebAssembly[name] = function (source, ...rest) {
      if (!(source instanceof WebAssembly.Module)) {
        probe.calls.push({ name, response: source instanceof Response, at: performance.now() });
      }
      return f.call(this, source, ...rest);
    };
  }
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.id !== "loader-text") continue;
      for (const n of r.addedNodes) probe.texts.push(n.textContent);
    }
  }).observe(document, { childList: true, subtree: true });
  let drew = false;
  for (const name of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced"]) {
    const f = WebGL2RenderingContext.prototype[name];
    WebGL2RenderingContext.prototype[name] = function (...args) {
      drew = true;
      return f.apply(this, args);
    };
  }
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (cb) {
    return raf.call(window, (ts) => {
      const r = cb(ts);
      if (drew && !probe.firstFrame) probe.firstFrame = performance.now();
      return r;
    });
  };
})()`

// probed is what loaderProbe and the loader recorded.
type probed struct {
	Calls []struct {
		Name     string
		Response bool
		At       float64
	}
	Texts        []string
	FirstFrame   float64
	FetchedAt    float64 // the loader's first fetch
	WebGLAt      float64 // the first WebGL 2 context asked for
	AudioAtReady *bool
	Timing       struct{ Downloaded, Compiled, FirstFrame float64 }
}

// readProbe waits until the page's first frame, then returns what
// loaderProbe recorded, with the loader's own timing where it has one.
func readProbe(ctx context.Context, t testing.TB) probed {
	t.Helper()
	p, err := chromedp.Run(ctx, chromedp.Poll[probed](
		`window.probe.firstFrame > 0 && Object.assign({}, window.probe, { timing: window.swarmfield && window.swarmfield.timing })`,
		chromedp.WithPollingTimeout(90*time.Second)))
	if err != nil {
		errText, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("error-text").textContent`))
		t.Fatalf("no first frame: %v (error panel: %q)", err, errText)
	}
	return p
}

// mb is the loader's way of writing a size.
func mb(n int64) string { return strconv.FormatFloat(float64(n)/1048576, 'f', 1, 64) }

// fileSize is the size of a file, failing the test when it has none.
func fileSize(t testing.TB, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// copyWeb copies the built web folder, without main.wasm.gz when gz is
// false, and with index.html replaced by the source page (which lacks the
// module's size) when page is set.
func copyWeb(t testing.TB, dir string, gz bool, page string) string {
	t.Helper()
	out := t.TempDir()
	for _, name := range []string{"index.html", "webgl.js", "loader.js", "page.js", "style.css", "wasm_exec.js", "main.wasm", "main.wasm.gz"} {
		if name == "main.wasm.gz" && !gz {
			continue
		}
		src := filepath.Join(dir, name)
		if name == "index.html" && page != "" {
			src = page
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestBrowserLoaderStreams loads the game the ways a server can send it:
// main.wasm.gz with Content-Encoding: gzip (the browser decodes it, as
// itch.io's zip server may), main.wasm.gz as it is (the loader
// decompresses it), and main.wasm alone. Each time the loader must hand
// a Response to WebAssembly.instantiateStreaming or compileStreaming
// before the last byte arrived, compile nothing from a buffer, and show a
// progress text whose total is the size of the bytes it counts: the
// compressed size when it reads gzip, the decoded size, which the page
// carries, when the browser decoded it, and no total when that is not
// known. The game opens its audio only after its first frame.
func TestBrowserLoaderStreams(t *testing.T) {
	dir := webDir(t)
	wasm, gz := fileSize(t, filepath.Join(dir, "main.wasm")), fileSize(t, filepath.Join(dir, "main.wasm.gz"))
	loading := regexp.MustCompile(`^Loading… (\d+\.\d)(?: / (\d+\.\d))? MB$`)
	for _, c := range []struct {
		name  string
		dir   string
		flags []string
		total string // "" for no total
	}{
		{"gzip-encoding", dir, []string{"-gzip-encoding"}, mb(wasm)},
		{"gzip", dir, nil, mb(gz)},
		{"plain", copyWeb(t, dir, false, ""), nil, mb(wasm)},
		{"gzip-encoding-unknown-size", copyWeb(t, dir, true, filepath.Join(repoRoot(t), "web", "index.html")), []string{"-gzip-encoding"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := newBrowser(t)
			addInitScript(ctx, t, loaderProbe)
			base := serve(t, c.dir, c.flags...)
			if err := chromedp.Do(ctx, chromedp.Navigate(base+"/?seed=1")); err != nil {
				t.Fatal(err)
			}
			p := readProbe(ctx, t)
			if len(p.Calls) != 1 || !p.Calls[0].Response || (p.Calls[0].Name != "instantiateStreaming" && p.Calls[0].Name != "compileStreaming") {
				t.Fatalf("the loader compiled with %+v, want one instantiateStreaming or compileStreaming of a Response", p.Calls)
			}
			if !(p.FetchedAt > 0 && p.FetchedAt <= p.WebGLAt) {
				t.Errorf("the download started at %.1f ms, the WebGL check at %.1f ms: want the download first", p.FetchedAt, p.WebGLAt)
			}
			if at, last := p.Calls[0].At, p.Timing.Downloaded; !(at < last) {
				t.Errorf("%s was called at %.0f ms, not before the last byte at %.0f ms: it did not stream", p.Calls[0].Name, at, last)
			}
			checkProgress(t, loading, p.Texts, c.total)
			if p.AudioAtReady == nil || *p.AudioAtReady {
				t.Errorf("at the first frame the audio was opened: %v; want it opened after", p.AudioAtReady)
			}
			if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.swarmfield.audio().opened`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
				t.Errorf("the audio did not open after the first frame: %v", err)
			}
		})
	}
}

// checkProgress checks the loader's texts after the page's own
// "Loading…": at least two progress texts, each with the expected total (or none), counts that grow and never pass
// the total and end at it, then "Starting…".
func checkProgress(t *testing.T, loading *regexp.Regexp, texts []string, total string) {
	t.Helper()
	if len(texts) > 0 && texts[0] == "Loading…" {
		texts = texts[1:]
	}
	var counts []float64
	last := ""
	for i, text := range texts {
		if text == "Starting…" {
			if i != len(texts)-1 || len(counts) == 0 {
				t.Fatalf("texts %q: want progress, then Starting… last", texts)
			}
			break
		}
		m := loading.FindStringSubmatch(text)
		if m == nil || m[2] != total {
			t.Fatalf("text %q, want Loading… with the total %q (every text: %q)", text, total, texts)
		}
		n, _ := strconv.ParseFloat(m[1], 64)
		if max, _ := strconv.ParseFloat(total, 64); total != "" && n > max {
			t.Fatalf("text %q counts past its total", text)
		}
		if len(counts) > 0 && n < counts[len(counts)-1] {
			t.Fatalf("text %q counts down (every text: %q)", text, texts)
		}
		counts = append(counts, n)
		last = m[1]
	}
	if len(counts) < 2 || texts[len(texts)-1] != "Starting…" {
		t.Fatalf("texts %q: want two progress texts or more, then Starting…", texts)
	}
	if total != "" && last != total {
		t.Errorf("the last progress text %q does not reach the total", texts[len(texts)-2])
	}
}

// TestBrowserLoaderFallsBack serves an error page with status 200 as
// main.wasm.gz, as a misconfigured host may: the loader must go on to
// main.wasm and start the game.
func TestBrowserLoaderFallsBack(t *testing.T) {
	dir := copyWeb(t, webDir(t), true, "")
	if err := os.WriteFile(filepath.Join(dir, "main.wasm.gz"), []byte("<!doctype html><p>Not found</p>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(serve(t, dir)+"/?seed=1")); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
}
