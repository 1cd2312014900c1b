//go:build !js

package browser

import (
	"context"
	"encoding/base64"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"swarmfield/game"
	"swarmfield/game/replay"
)

// The keys these tests press beyond the harness's own.
func init() {
	v := keys["m"] // a value of the map's type
	v.code, v.vk = "KeyT", 84
	keys["t"] = v
}

// fnv1aJS is docs/playing.md's daily seed formula in JavaScript, written apart
// from the Go code: the 64-bit FNV-1a hash of the date's ASCII bytes, as
// a decimal string.
const fnv1aJS = `(d) => {
	let h = 0xcbf29ce484222325n;
	for (const c of new TextEncoder().encode(d)) {
		h ^= BigInt(c);
		h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return h.toString();
}`

// TestBrowserDailySeed checks window.swarmfield.dailySeed against the
// formula in docs/playing.md, computed in the page's JavaScript, for two dates and
// its worked example, and its sentence for what is not a date.
func TestBrowserDailySeed(t *testing.T) {
	ctx := servedPage(t, "?seed=1")
	for _, day := range []string{"2026-12-01", "2031-07-15"} {
		got := evaluate[string](ctx, t, fmt.Sprintf(`window.swarmfield.dailySeed(%q)`, day))
		want := evaluate[string](ctx, t, fmt.Sprintf(`(%s)(%q)`, fnv1aJS, day))
		if got != want || got == "" {
			t.Errorf("dailySeed(%q) = %q; the formula in JavaScript gives %q", day, got, want)
		}
	}
	if got := evaluate[string](ctx, t, `window.swarmfield.dailySeed("2026-12-01")`); got != "1755020995787274575" {
		t.Errorf("dailySeed(2026-12-01) = %q, want docs/playing.md's 1755020995787274575", got)
	}
	for _, bad := range []string{`"2026-02-30"`, `"tomorrow"`, `""`, `42`} {
		got := evaluate[string](ctx, t, `window.swarmfield.dailySeed(`+bad+`)`)
		if got != "That is not a date: write it as YYYY-MM-DD, like 2026-12-01." {
			t.Errorf("dailySeed(%s) = %q, want the sentence", bad, got)
		}
	}
}

// pressT focuses the game's canvas and presses T, which opens today's
// daily challenge from the title.
func pressT(ctx context.Context, t testing.TB) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](`document.querySelector("canvas").focus()`)); err != nil {
		t.Fatal(err)
	}
	tapKey(ctx, t, "t")
}

// scoreAndEnter plays the run under way on seed, with hazards harmless
// (?bench=1): it takes the first orb, walks out of the field, and enters
// the run in the table with the initials offered. It returns the state at
// the run's end.
func scoreAndEnter(ctx context.Context, t *testing.T, seed uint64) state {
	t.Helper()
	r := game.NewRun(game.Options{Seed: seed, Invulnerable: true})
	stepTo(ctx, t, r.OrbX[0], r.OrbY[0])
	end := walkOut(ctx, t)
	waitFor(ctx, t, "the initials entry", 5*time.Second, func(s state) bool { return s.Scene == "initials" })
	tapKey(ctx, t, "Enter")
	waitFor(ctx, t, "the game over", 5*time.Second, func(s state) bool { return s.Scene == "gameover" })
	return end
}

// dailyState is what window.swarmfield.state() says of the daily
// challenge and the ghost.
type dailyState struct {
	Tick  float64  `json:"tick"`
	Scene string   `json:"scene"`
	Mode  string   `json:"mode"`
	Day   string   `json:"day"`
	Seed  string   `json:"seed"`
	Ghost *ghostAt `json:"ghost"`
	Score float64  `json:"score"`
}

// ghostAt is state().ghost.
type ghostAt struct{ X, Y, Tick float64 }

func readDaily(ctx context.Context, t testing.TB) dailyState {
	t.Helper()
	return evaluate[dailyState](ctx, t, `window.swarmfield.state()`)
}

// TestBrowserDaily opens today's daily challenge with T: it plays the
// day's seed with the mode "daily" and the day in the HUD; a run that
// scores goes into the daily table, and the retry races its ghost.
// Screenshots at 1000x750 and as a 390x844 phone.
func TestBrowserDaily(t *testing.T) {
	ctx := newBrowser(t)
	base := serve(t, webDir(t))
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1000, 750)); err != nil {
		t.Fatal(err)
	}
	openPage(ctx, t, base+"/?bench=1")
	if s := readDaily(ctx, t); s.Mode != "normal" || s.Day != "" || s.Ghost != nil {
		t.Fatalf("on the title: %+v, want the normal mode, no day and no ghost", s)
	}
	screenshot(ctx, t, "daily-title.png")
	pressT(ctx, t)
	day := time.Now().UTC().Format("2006-01-02")
	seed, _ := game.DailySeed(day)
	s := readDaily(ctx, t)
	if s.Mode != "daily" || s.Day != day || s.Seed != fmt.Sprint(seed) || s.Scene != "playing" {
		t.Fatalf("after T: %+v, want a daily run on %s's seed %d", s, day, seed)
	}
	screenshot(ctx, t, "daily-playing.png")
	end := scoreAndEnter(ctx, t, seed)
	daily := evaluate[struct {
		Day    string
		Scores []scoreEntry
	}](ctx, t, `window.swarmfield.daily()`)
	if daily.Day != day || len(daily.Scores) != 1 || daily.Scores[0].Score != end.Score || daily.Scores[0].Seed != fmt.Sprint(seed) {
		t.Fatalf("daily() = %+v after a daily run scoring %v", daily, end.Score)
	}
	if n := len(readScores(ctx, t)); n != 0 {
		t.Fatalf("the daily run made the normal table: %d entries", n)
	}
	screenshot(ctx, t, "daily-gameover.png")
	time.Sleep(600 * time.Millisecond)
	tapKey(ctx, t, "Enter")
	s = readDaily(ctx, t)
	if s.Mode != "daily" || s.Seed != fmt.Sprint(seed) {
		t.Fatalf("the retry: %+v, want the daily seed again", s)
	}
	// Move off the ghost's path, so both show.
	holdKey(ctx, t, "ArrowDown", 700*time.Millisecond)
	if s = readDaily(ctx, t); s.Ghost == nil {
		t.Fatalf("the retry of a stored daily run has no ghost: %+v", s)
	}
	screenshot(ctx, t, "daily-ghost-1000x750.png")
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatal(err)
	}
	waitScreen(ctx, t, "390x844", 390, 844, 10*time.Second)
	screenshot(ctx, t, "daily-ghost-390x844.png")
	// The title's buttons on a phone, DAILY among them.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateTouch, chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	openPage(ctx, t, base+"/?bench=1")
	screenshot(ctx, t, "daily-title-390x844.png")
	// A tap on DAILY starts the challenge, with its ghost.
	b := findButton(ctx, t, "DAILY")
	tapAt(ctx, t, b.X+b.W/2, b.Y+b.H/2, 80*time.Millisecond)
	waitFor(ctx, t, "a tap on DAILY to start the challenge", 10*time.Second, func(s state) bool { return s.Scene == "playing" })
	if s = readDaily(ctx, t); s.Mode != "daily" || s.Day != day || s.Ghost == nil {
		t.Fatalf("after a tap on DAILY: %+v, want a daily run with a ghost", s)
	}
	// On its game over, a tap on TITLE goes back to the normal title.
	walkOut(ctx, t)
	b = findButton(ctx, t, "TITLE")
	tapAt(ctx, t, b.X+b.W/2, b.Y+b.H/2, 80*time.Millisecond)
	waitFor(ctx, t, "a tap on TITLE", 10*time.Second, func(s state) bool { return s.Scene == "title" })
	if s = readDaily(ctx, t); s.Mode != "normal" || s.Day != "" {
		t.Fatalf("after a tap on TITLE: %+v, want the normal title", s)
	}
}

// TestBrowserGhost plays a scripted run on a fixed seed and enters it in
// the table, then plays the same seed again after a reload: at every tick
// sampled the ghost's drawn position is where the recorded run's player
// was at that tick, replayed natively from the run's replay.
func TestBrowserGhost(t *testing.T) {
	ctx := newBrowser(t)
	url := serve(t, webDir(t)) + "/?seed=5&bench=1"
	startRun(ctx, t, url)
	scoreAndEnter(ctx, t, 5)
	data, err := base64.StdEncoding.DecodeString(evaluate[string](ctx, t, `window.swarmfield.replayBytes()`))
	if err != nil {
		t.Fatal(err)
	}
	rp, err := replay.Parse(data)
	if err != nil {
		t.Fatalf("the recorded run's replay: %v", err)
	}
	// The recorded run's player, tick by tick, replayed natively.
	pb, err := game.NewPlayback(rp)
	if err != nil {
		t.Fatal(err)
	}
	xs, ys := []float32{pb.Run.PlayerX}, []float32{pb.Run.PlayerY}
	for pb.Step() {
		xs, ys = append(xs, pb.Run.PlayerX), append(ys, pb.Run.PlayerY)
	}
	if pb.Err() != nil || len(xs) < 60 {
		t.Fatalf("replaying the recorded run: %v after %d ticks", pb.Err(), len(xs))
	}

	startRun(ctx, t, url)
	samples := 0
	for {
		s := readDaily(ctx, t)
		if s.Ghost == nil {
			if int(s.Tick) < len(xs)-2 {
				t.Fatalf("no ghost at tick %v of a run on the seed of a stored run of %d ticks", s.Tick, len(xs)-1)
			}
			break
		}
		n := int(s.Ghost.Tick)
		if s.Ghost.Tick != s.Tick || float32(s.Ghost.X) != xs[n] || float32(s.Ghost.Y) != ys[n] {
			t.Fatalf("at tick %v the ghost is at (%v, %v) at its tick %v; the recorded player was at (%v, %v)",
				s.Tick, s.Ghost.X, s.Ghost.Y, s.Ghost.Tick, xs[n], ys[n])
		}
		samples++
		if samples == 5 {
			screenshot(ctx, t, "ghost.png")
		}
		time.Sleep(30 * time.Millisecond)
	}
	if samples < 5 {
		t.Fatalf("the ghost was seen %d times only", samples)
	}
	t.Logf("the ghost matched the recorded run at %d sampled ticks of %d", samples, len(xs)-1)
}
