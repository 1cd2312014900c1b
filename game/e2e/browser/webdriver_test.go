//go:build !js

package browser

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"swarmfield/game/internal/testkit"
)

// webDriver is a session of a W3C WebDriver (classic) server, such as
// WebKitGTK's WebKitWebDriver: the dozen commands the WebKit tests need,
// over HTTP and JSON. Its methods fail the test on any error.
//
// It is a small client of our own rather than an npm package: the
// maintained JavaScript clients (selenium-webdriver 4.49, webdriver 10)
// need Node.js 22 or later, which Debian's nodejs does not have, and
// WebdriverIO's utilities pull in the downloaders of other browsers'
// drivers (geckodriver, edgedriver, safaridriver, @puppeteer/browsers).
// The protocol itself is a handful of JSON requests, and a Go client
// shares the Chromium tests' state types, waits and screenshots folder.
type webDriver struct {
	t       testing.TB
	server  string // http://127.0.0.1:PORT
	session string // the session's URL: server/session/ID
	// Version is the browser's version from the session's capabilities.
	version string
}

// webDriverKeys are WebDriver's code points for the keys that are not
// characters; letters and digits are sent as themselves.
var webDriverKeys = map[string]string{
	"Enter":      "\ue007",
	"Escape":     "\ue00c",
	"ArrowLeft":  "\ue012",
	"ArrowUp":    "\ue013",
	"ArrowRight": "\ue014",
	"ArrowDown":  "\ue015",
}

// startWebDriver starts the WebDriver server at path on a free port, with
// env added to its environment (and so to the browser's it starts), waits
// until it is ready and opens a session with caps as its alwaysMatch
// capabilities. The session and the server end with the test.
func startWebDriver(t testing.TB, path string, caps map[string]any, env ...string) *webDriver {
	t.Helper()
	port := freePort(t)
	log, err := os.CreateTemp(t.TempDir(), "webdriver-*.log")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(path, fmt.Sprintf("--port=%d", port))
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = log, log
	testkit.DieWithParent(cmd)
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	wd := &webDriver{t: t, server: fmt.Sprintf("http://127.0.0.1:%d", port)}
	t.Cleanup(func() {
		if wd.session != "" {
			// Ending the session closes the browser.
			wd.request(http.MethodDelete, "", nil, nil)
		}
		testkit.Stop(cmd)
		log.Close()
	})
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		var status struct{ Ready bool }
		if wd.call(http.MethodGet, wd.server+"/status", nil, &status) == nil && status.Ready {
			break
		}
		if time.Now().After(deadline) {
			out, _ := os.ReadFile(log.Name())
			t.Fatalf("%s was not ready on port %d within 20 s:\n%s", filepath.Base(path), port, out)
		}
	}
	var created struct {
		SessionID    string `json:"sessionId"`
		Capabilities struct {
			BrowserVersion string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	body := map[string]any{"capabilities": map[string]any{"alwaysMatch": caps}}
	if err := wd.call(http.MethodPost, wd.server+"/session", body, &created); err != nil {
		out, _ := os.ReadFile(log.Name())
		t.Fatalf("opening a %s session: %v\n%s", filepath.Base(path), err, out)
	}
	wd.session = wd.server + "/session/" + created.SessionID
	wd.version = created.Capabilities.BrowserVersion
	return wd
}

// webDriverError is the error a WebDriver server answers with.
type webDriverError struct {
	Error   string `json:"error"`
	Message string `json:"message"`
}

// call sends a command to url with body as JSON (none when nil) and
// decodes the answer's value into out (when not nil).
func (wd *webDriver) call(method, url string, body, out any) error {
	var in io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		in = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, in)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("reading the answer: %w", err)
	}
	var answer struct{ Value json.RawMessage }
	if err := json.Unmarshal(raw, &answer); err != nil {
		return fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, raw)
	}
	if resp.StatusCode != http.StatusOK {
		var e webDriverError
		json.Unmarshal(answer.Value, &e)
		return fmt.Errorf("%s: %s", e.Error, e.Message)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(answer.Value, out); err != nil {
		return fmt.Errorf("decoding %.200s: %w", answer.Value, err)
	}
	return nil
}

// request sends a command to the session's path (such as "/url").
func (wd *webDriver) request(method, path string, body, out any) error {
	return wd.call(method, wd.session+path, body, out)
}

// do is request that fails the test on an error, saying what it did.
func (wd *webDriver) do(what, method, path string, body, out any) {
	wd.t.Helper()
	if err := wd.request(method, path, body, out); err != nil {
		wd.t.Fatalf("WebDriver, %s: %v", what, err)
	}
}

// navigate loads url and waits for its load event.
func (wd *webDriver) navigate(url string) {
	wd.t.Helper()
	wd.do("loading "+url, http.MethodPost, "/url", map[string]any{"url": url}, nil)
}

// reload reloads the page.
func (wd *webDriver) reload() {
	wd.t.Helper()
	wd.do("reloading", http.MethodPost, "/refresh", map[string]any{}, nil)
}

// run runs script, the body of a function, with args, and decodes what it
// returns into out (when not nil).
func (wd *webDriver) run(script string, out any, args ...any) {
	wd.t.Helper()
	if args == nil {
		args = []any{}
	}
	wd.do(script, http.MethodPost, "/execute/sync", map[string]any{"script": script, "args": args}, out)
}

// wdEval returns the value of the JavaScript expression expr in the page.
func wdEval[T any](wd *webDriver, expr string) T {
	wd.t.Helper()
	var v T
	wd.run("return ("+expr+");", &v)
	return v
}

// click clicks the middle of the element css selects, as a user's mouse
// does (a user gesture for the page).
func (wd *webDriver) click(css string) {
	wd.t.Helper()
	var el map[string]string
	wd.do("finding "+css, http.MethodPost, "/element", map[string]any{"using": "css selector", "value": css}, &el)
	for _, id := range el { // the one key is the W3C element identifier
		wd.do("clicking "+css, http.MethodPost, "/element/"+id+"/click", map[string]any{}, nil)
		return
	}
	wd.t.Fatalf("WebDriver, finding %s: no element in the answer", css)
}

// keyAction is one entry of a key input source's actions.
type keyAction map[string]any

// keyValue returns WebDriver's value for key: a name of webDriverKeys or
// one character.
func keyValue(t testing.TB, key string) string {
	if v, ok := webDriverKeys[key]; ok {
		return v
	}
	if len([]rune(key)) != 1 {
		t.Fatalf("WebDriver: no code for the key %q", key)
	}
	return key
}

// keys performs key actions: keyDown, keyUp and pauses.
func (wd *webDriver) keys(what string, actions ...keyAction) {
	wd.t.Helper()
	wd.do(what, http.MethodPost, "/actions", map[string]any{"actions": []any{
		map[string]any{"type": "key", "id": "keyboard", "actions": actions},
	}}, nil)
}

// keyDown presses key and keeps it down.
func (wd *webDriver) keyDown(key string) {
	wd.t.Helper()
	wd.keys("pressing "+key, keyAction{"type": "keyDown", "value": keyValue(wd.t, key)})
}

// keyUp releases key.
func (wd *webDriver) keyUp(key string) {
	wd.t.Helper()
	wd.keys("releasing "+key, keyAction{"type": "keyUp", "value": keyValue(wd.t, key)})
}

// holdKey holds key down for d.
func (wd *webDriver) holdKey(key string, d time.Duration) {
	wd.t.Helper()
	v := keyValue(wd.t, key)
	wd.keys("holding "+key,
		keyAction{"type": "keyDown", "value": v},
		keyAction{"type": "pause", "duration": d.Milliseconds()},
		keyAction{"type": "keyUp", "value": v})
}

// tapKey presses and releases key.
func (wd *webDriver) tapKey(key string) {
	wd.t.Helper()
	wd.holdKey(key, 50*time.Millisecond)
}

// screenshot saves the page's viewport as a PNG under dist/e2e and
// returns its path.
func (wd *webDriver) screenshot(name string) string {
	wd.t.Helper()
	var b64 string
	wd.do("taking a screenshot", http.MethodGet, "/screenshot", nil, &b64)
	png, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		wd.t.Fatalf("decoding the screenshot: %v", err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		wd.t.Fatalf("the screenshot is not a PNG: %q", strings.ToValidUTF8(string(png[:min(8, len(png))]), "?"))
	}
	path := shotPath(wd.t, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		wd.t.Fatal(err)
	}
	wd.t.Logf("screenshot: %s", path)
	return path
}
