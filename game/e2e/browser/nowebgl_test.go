//go:build !js

package browser

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserWithoutWebGL opens the page in Chromium with WebGL turned off:
// the error panel must say in a player's words that WebGL is missing and
// what to try, not show Ebitengine's "opengl: getContext ... failed".
func TestBrowserWithoutWebGL(t *testing.T) {
	ctx := newBrowserFor(t, time.Minute, chromedp.Flag("disable-webgl", true), chromedp.Flag("disable-3d-apis", true))
	base := serve(t, webDir(t))
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(ctx, chromedp.Poll[string](
		`!document.getElementById("error").classList.contains("hidden") && document.getElementById("error-text").textContent`,
		chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		t.Fatalf("no error panel without WebGL: %v", err)
	}
	checkNoWebGLText(t, text)
	screenshot(ctx, t, "browser-no-webgl.png")
}

// checkNoWebGLText checks the error panel's text for a browser without
// WebGL.
func checkNoWebGLText(t *testing.T, text string) {
	t.Helper()
	for _, want := range []string{"could not start WebGL 2", "hardware acceleration", "another browser"} {
		if !strings.Contains(text, want) {
			t.Errorf("the error panel lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "getContext") || strings.Contains(text, "opengl") {
		t.Errorf("the error panel shows Ebitengine's error instead of words a player understands:\n%s", text)
	}
}
