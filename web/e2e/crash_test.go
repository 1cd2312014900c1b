//go:build !js

package e2e

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserCrash injects a panic into the game loop (?panic=) during a
// run, in an update and in a frame, and checks that the page shows the
// error panel with the panic and a report (seed, tick, state hash,
// version, user agent, stack) that "Copy report" copies.
func TestBrowserCrash(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	for _, where := range []string{"update:150", "draw:150"} {
		t.Run(where, func(t *testing.T) {
			openPage(ctx, t, base+"/?seed=9&bench=1&panic="+where)
			clickCanvas(ctx, t)
			// 150 frames of software rendering, slower still while the
			// desktop tests share the CPU.
			_, err := chromedp.Run(ctx, chromedp.Poll[bool](`!document.getElementById("error").classList.contains("hidden")`,
				chromedp.WithPollingTimeout(90*time.Second)))
			if err != nil {
				t.Fatalf("no error panel after the injected panic: %v", err)
			}
			text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("error-text").textContent`))
			if err != nil {
				t.Fatal(err)
			}
			kind, n, _ := strings.Cut(where, ":")
			msg := "panic: loop: debug panic in " + map[string]string{"update": "update ", "draw": "frame "}[kind] + n
			if !strings.HasPrefix(text, msg) {
				t.Errorf("the panel starts %.80q, want the panic %q", text, msg)
			}
			for _, re := range []string{`(?m)^seed: 9$`, `(?m)^tick: [1-9]\d*$`, `(?m)^hash: [0-9a-f]{16}$`, `(?m)^version: \S+$`,
				`(?m)^user agent: .*Chrom`, `(?m)^scene: playing$`, `engine/loop\.\(\*adapter\)`, `(?m)^replay \(\d+ bytes, base64\):$`} {
				if !regexp.MustCompile(re).MatchString(text) {
					t.Errorf("the panel lacks %s:\n%s", re, text)
				}
			}
			visible, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!document.getElementById("copy-report").classList.contains("hidden")`))
			if err != nil || !visible {
				t.Fatalf("the copy report button is hidden (%v)", err)
			}
			if kind == "update" {
				screenshot(ctx, t, "browser-crash.png")
			}
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#copy-report"))); err != nil {
				t.Fatal(err)
			}
			// Headless Chromium may deny the clipboard; the button then
			// selects the report instead.
			label, err := chromedp.Run(ctx, chromedp.Poll[string](
				`(() => { const t = document.getElementById("copy-report").textContent; return t === "Copy report" ? null : t; })()`,
				chromedp.WithPollingTimeout(5*time.Second)))
			if err != nil {
				t.Fatalf("clicking copy report did nothing: %v", err)
			}
			if label != "Copied" {
				sel, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getSelection().toString()`))
				if err != nil || !strings.Contains(sel, "seed: 9") {
					t.Errorf("copy report says %q but selected %.60q (%v)", label, sel, err)
				}
			}

			// Space presses a focused button: the page's guard against
			// scrolling must not swallow it. Reload starts a new document.
			if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.beforeReload = true`), chromedp.Focus(chromedp.CSS("#reload"))); err != nil {
				t.Fatal(err)
			}
			tapKey(ctx, t, " ")
			for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
				// Evaluating fails while the old document goes away.
				reloaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.beforeReload === undefined`))
				if err == nil && reloaded {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("Space on the focused Reload button did not reload the page (%v)", err)
				}
			}
		})
	}
}
