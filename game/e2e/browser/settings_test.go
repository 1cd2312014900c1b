//go:build !js

package browser

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The keys these tests press beyond the harness's own.
func init() {
	for _, k := range []struct {
		name, code string
		vk         int64
	}{{"o", "KeyO", 79}, {"j", "KeyJ", 74}, {"Escape", "Escape", 27}} {
		v := keys["m"] // a value of the map's type
		v.code, v.vk = k.code, k.vk
		keys[k.name] = v
	}
}

// settingsState is what window.swarmfield.settings() returns.
type settingsState struct {
	MusicVolume  float64             `json:"musicVolume"`
	SFXVolume    float64             `json:"sfxVolume"`
	Muted        bool                `json:"muted"`
	ReduceMotion bool                `json:"reduceMotion"`
	ShowFPS      bool                `json:"showFPS"`
	HighContrast bool                `json:"highContrast"`
	Ghost        bool                `json:"ghost"`
	Bindings     map[string][]string `json:"bindings"`
	Dpad         struct {
		Side string  `json:"side"`
		Size float64 `json:"size"`
	} `json:"dpad"`
}

func readSettings(ctx context.Context, t testing.TB) settingsState {
	t.Helper()
	return evaluate[settingsState](ctx, t, `window.swarmfield.settings()`)
}

// press taps each key in turn, and after each waits for two of the
// game's ticks, so that no two taps land in one tick even when a loaded
// machine slows the ticks down.
func press(ctx context.Context, t testing.TB, keys ...string) {
	t.Helper()
	ticks := func() float64 {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.swarmfield.metrics().ticks`))
		if err != nil {
			t.Fatalf("metrics(): %v", err)
		}
		return n
	}
	for _, k := range keys {
		tapKey(ctx, t, k)
		for n, deadline := ticks(), time.Now().Add(5*time.Second); ticks() < n+2; time.Sleep(10 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("the game ran no ticks for 5 s after %s", k)
			}
		}
	}
}

// openSettings clicks the settings button on the title or pause screen.
func openSettings(ctx context.Context, t testing.TB) {
	t.Helper()
	x, y := fieldToPage(ctx, t, 715, 49)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the settings screen", 10*time.Second, func(s state) bool { return s.Scene == "settings" })
}

// TestBrowserSettings changes every setting through the settings screen
// with the keyboard, finds them all kept after a reload, and plays with
// Left rebound to J: J moves the player left by 10, the left arrow does
// not move it.
func TestBrowserSettings(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	openPage(ctx, t, base+"/?seed=1&bench=1")
	def := readSettings(ctx, t)
	if def.MusicVolume != 6 || def.SFXVolume != 8 || def.ReduceMotion || !def.ShowFPS || def.HighContrast || !def.Ghost || def.Muted ||
		def.Dpad.Side != "left" || def.Dpad.Size != 2 || !reflect.DeepEqual(def.Bindings["left"], []string{"ArrowLeft", "A"}) {
		t.Fatalf("the defaults are %+v", def)
	}
	openSettings(ctx, t)
	press(ctx, t,
		"ArrowLeft", "ArrowLeft", "ArrowDown", // music 6 → 4
		"ArrowRight", "ArrowDown", // effects 8 → 9
		"Enter", "ArrowDown", // reduce motion on
		"Enter", "ArrowDown", // FPS line off
		"Enter", "ArrowDown", // high contrast on
		"Enter", "ArrowDown", // ghost off
		"ArrowRight", "ArrowDown", // d-pad on the right
		"ArrowRight", "ArrowDown", "ArrowDown", "ArrowDown", // d-pad size 3; to "Move left"
		"Enter", "j", // Left is now J
		"m") // mute
	want := def
	want.MusicVolume, want.SFXVolume = 4, 9
	want.ReduceMotion, want.ShowFPS, want.HighContrast, want.Muted = true, false, true, true
	want.Ghost = false
	want.Dpad.Side, want.Dpad.Size = "right", 3
	want.Bindings = map[string][]string{}
	for k, v := range def.Bindings {
		want.Bindings[k] = v
	}
	want.Bindings["left"] = []string{"J"}
	if got := readSettings(ctx, t); !reflect.DeepEqual(got, want) {
		t.Fatalf("after changing every setting: %+v, want %+v", got, want)
	}
	screenshot(ctx, t, "settings.png")

	// The mouse: a click on a value's left part lowers it, on its right
	// part raises it, and a click on a switch flips it.
	for _, c := range []struct {
		row, x float64
		check  func(settingsState) bool
	}{
		{0, 450, func(s settingsState) bool { return s.MusicVolume == 3 }},
		{0, 600, func(s settingsState) bool { return s.MusicVolume == 4 }},
		{3, 600, func(s settingsState) bool { return s.ShowFPS }},
		{3, 600, func(s settingsState) bool { return !s.ShowFPS }},
	} {
		x, y := fieldToPage(ctx, t, c.x, 84+28*c.row+8)
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
		if got := readSettings(ctx, t); !c.check(got) {
			t.Fatalf("after a click on row %v at x %v: %+v", c.row, c.x, got)
		}
	}
	press(ctx, t, "Escape")
	waitFor(ctx, t, "Esc to leave the settings", 5*time.Second, func(s state) bool { return s.Scene == "title" })

	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
	if got := readSettings(ctx, t); !reflect.DeepEqual(got, want) {
		t.Fatalf("after a reload: %+v, want %+v", got, want)
	}

	clickCanvas(ctx, t)
	s := waitFor(ctx, t, "a click to start", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
	press(ctx, t, "j")
	s2 := waitFor(ctx, t, "J to move left", 5*time.Second, func(st state) bool { return st.Player.X != s.Player.X })
	// A tap is one step, but on a loaded machine the key may stay down
	// past a held key's repeat (the loop's catch-up ticks keep it held), so
	// any whole number of steps to the left counts.
	if dx := s.Player.X - s2.Player.X; dx <= 0 || !isMultiple(dx, 10) || s2.Player.Y != s.Player.Y {
		t.Fatalf("J moved the player from %+v to %+v, want steps of 10 to the left", s.Player, s2.Player)
	}
	press(ctx, t, "ArrowLeft")
	time.Sleep(300 * time.Millisecond)
	if s3 := readState(ctx, t); s3.Player != s2.Player || s3.Scene != "playing" {
		t.Fatalf("the left arrow, no longer bound, moved the player from %+v to %+v", s2.Player, s3.Player)
	}
}

// TestBrowserCorruptSettings stores damaged settings: the game starts with
// the defaults for what was damaged, keeps the rest, and says once what
// it reset.
func TestBrowserCorruptSettings(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	var mu sync.Mutex
	var notes []string
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventConsoleAPICalled); ok {
			for _, a := range e.Args {
				if s := string(a.Value); strings.Contains(s, "settings") {
					mu.Lock()
					notes = append(notes, s)
					mu.Unlock()
				}
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	openPage(ctx, t, base+"/?seed=1")
	stored := "v1\nmusic=99\nsfx=3\nfps=maybe\nkey.left=NoSuchKey\n"
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`localStorage.setItem("swarmfield:settings", %q)`, stored)), chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(ctx, t)
	got := readSettings(ctx, t)
	if got.MusicVolume != 6 || got.SFXVolume != 3 || !got.ShowFPS || !reflect.DeepEqual(got.Bindings["left"], []string{"ArrowLeft", "A"}) {
		t.Fatalf("from damaged settings: %+v, want music 6, effects 3 kept, FPS shown, Left on the arrow and A", got)
	}
	clickCanvas(ctx, t)
	waitFor(ctx, t, "a click to start", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
	mu.Lock()
	defer mu.Unlock()
	var music, left int
	for _, n := range notes {
		if strings.Contains(n, "music") {
			music++
		}
		if strings.Contains(n, "key.left") {
			left++
		}
	}
	if music != 1 || left != 1 {
		t.Fatalf("console notes about the settings: %q; want one naming music and fps, one naming key.left", notes)
	}
}

// audioState is what window.swarmfield.audio() returns.
type audioState struct {
	ContextState string  `json:"contextState"`
	MusicPlaying bool    `json:"musicPlaying"`
	MusicGain    float64 `json:"musicGain"`
}

func readAudio(ctx context.Context, t testing.TB) audioState {
	t.Helper()
	return evaluate[audioState](ctx, t, `window.swarmfield.audio()`)
}

// waitAudio polls audio() until cond holds.
func waitAudio(ctx context.Context, t testing.TB, what string, cond func(audioState) bool) audioState {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		a := readAudio(ctx, t)
		if cond(a) {
			return a
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s; audio() is %+v", what, a)
		}
	}
}

// TestBrowserMusic checks that the music waits for the first click, then
// plays at the music volume, ducks on pause, and follows the volume set on
// the settings screen.
func TestBrowserMusic(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	openPage(ctx, t, base+"/?seed=1&bench=1")
	if a := readAudio(ctx, t); a.MusicPlaying || a.ContextState == "running" {
		t.Fatalf("before any gesture: %+v, want the music waiting", a)
	}
	clickCanvas(ctx, t)
	waitAudio(ctx, t, "the music after the first click", func(a audioState) bool {
		return a.MusicPlaying && a.ContextState == "running" && near(a.MusicGain, 0.6)
	})
	press(ctx, t, "p")
	waitAudio(ctx, t, "the music to duck on pause", func(a audioState) bool { return a.MusicGain > 0 && a.MusicGain < 0.3 })
	openSettings(ctx, t)
	press(ctx, t, "ArrowRight", "ArrowRight")
	if s := readSettings(ctx, t); s.MusicVolume != 8 {
		t.Fatalf("two presses of the right arrow on the music volume gave %v, want 8", s.MusicVolume)
	}
	press(ctx, t, "Escape", "p")
	waitAudio(ctx, t, "the louder music back in play", func(a audioState) bool { return a.MusicPlaying && near(a.MusicGain, 0.8) })
}

// near reports whether a gain, kept as a float32, is v.
func near(g, v float64) bool { return g > v-1e-6 && g < v+1e-6 }
