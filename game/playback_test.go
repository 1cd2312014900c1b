package game

import (
	"bytes"
	"errors"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"swarmfield/engine/perf"
	"swarmfield/game/internal/testkit"
	"swarmfield/game/replay"
)

var update = flag.Bool("update", false, "rewrite game/testdata/golden.replay from the scripted run")

// bot plays like a careful but greedy player: it heads for the nearest
// orb, one axis at a time, sidesteps hazards about to reach it and
// sometimes wanders off for a while. It dies when the swarm grows dense.
type bot struct {
	rng    *rand.Rand
	held   Input
	wander int
	dir    Direction
}

func newBot(seed uint64) *bot { return &bot{rng: rand.New(rand.NewPCG(seed, 7))} }

// clearance is how far a player at (x, y) would be from the edge of the
// nearest hazard a few ticks from now, or from a wall.
func clearance(r *Run, x, y float32) float32 {
	c := min(x, y, FieldWidth-x, FieldHeight-y) - 2*StepSize
	s := &r.Hazards
	for i := range s.Len() {
		hx, hy := s.X[i]+float32(6*s.VX[i]), s.Y[i]+float32(6*s.VY[i])
		dx, dy := hx-x, hy-y
		d := sqrt32(float32(dx*dx)+float32(dy*dy)) - s.Radius[i] - PlayerRadius
		c = min(c, d)
	}
	return c
}

// input returns the next tick's input for r.
func (b *bot) input(r *Run) Input {
	if b.wander > 0 {
		b.wander--
	} else if b.rng.IntN(300) == 0 {
		b.wander, b.dir = 10+b.rng.IntN(40), Direction(b.rng.IntN(4))
	}
	// Directions in order of preference; 4 stands for no key.
	var prefs [5]Direction
	if b.wander > 0 {
		prefs = [5]Direction{b.dir, 4, Up, Down, Left}
	} else {
		best, bestD := 0, float32(1e9)
		for i := range NumOrbs {
			dx, dy := r.OrbX[i]-r.PlayerX, r.OrbY[i]-r.PlayerY
			if d := float32(dx*dx) + float32(dy*dy); d < bestD {
				best, bestD = i, d
			}
		}
		dx, dy := r.OrbX[best]-r.PlayerX, r.OrbY[best]-r.PlayerY
		h, v := Right, Down
		if dx < 0 {
			h = Left
		}
		if dy < 0 {
			v = Up
		}
		if float32(dx*dx) < float32(dy*dy) {
			h, v = v, h
		}
		prefs = [5]Direction{h, v, 4, h ^ 1, v ^ 1}
	}
	choice, bestC := Direction(4), float32(-1e9)
	for _, d := range prefs {
		x, y := r.PlayerX, r.PlayerY
		switch d {
		case Up:
			y -= StepSize
		case Down:
			y += StepSize
		case Left:
			x -= StepSize
		case Right:
			x += StepSize
		}
		c := clearance(r, x, y)
		if c > 6 {
			choice = d
			break
		}
		if c > bestC {
			choice, bestC = d, c
		}
	}
	if choice == 4 {
		b.held = 0
		return 0
	}
	held := Held(choice)
	in := held
	if b.held != held {
		in |= Pressed(choice)
	}
	b.held = held
	return in
}

// played is a run recorded while a bot played it, with the state hash at
// every checkpoint as it was played.
type played struct {
	run    *Run
	replay *replay.Replay
	hashes []uint64
}

// playRecorded plays up to maxTicks of a run with a bot, recording it.
func playRecorded(t testing.TB, opts Options, botSeed uint64, maxTicks int, version string) played {
	t.Helper()
	r := NewRun(opts)
	rec := NewRecorder(r, version)
	b := newBot(botSeed)
	var hashes []uint64
	for range maxTicks {
		if r.GameOver {
			break
		}
		in := b.input(r)
		r.Step(in)
		rec.Step(in)
		if r.Tick%replay.CheckpointInterval == 0 {
			hashes = append(hashes, r.Hash())
		}
	}
	rp, err := rec.Replay()
	if err != nil {
		t.Fatal(err)
	}
	return played{run: r, replay: rp, hashes: hashes}
}

// playedBy is how the run ended: "hazard", "wall" or "" (still running).
func playedBy(r *Run) string {
	switch {
	case !r.GameOver:
		return ""
	case r.PlayerX < 0 || r.PlayerX > FieldWidth || r.PlayerY < 0 || r.PlayerY > FieldHeight:
		return "wall"
	}
	return "hazard"
}

func TestRecordThenReplay(t *testing.T) {
	ends := map[string]int{}
	orbs := 0
	for seed := uint64(1); seed <= 6; seed++ {
		p := playRecorded(t, Options{Seed: seed}, seed, 4000, "test")
		ends[playedBy(p.run)]++
		orbs += p.run.Score
		data, err := p.replay.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		rp, err := replay.Parse(data)
		if err != nil {
			t.Fatalf("seed %d: parsing the recording: %v", seed, err)
		}
		if len(rp.Checkpoints) != len(p.hashes) {
			t.Fatalf("seed %d: %d checkpoints recorded, %d played", seed, len(rp.Checkpoints), len(p.hashes))
		}
		pb, err := NewPlayback(rp)
		if err != nil {
			t.Fatal(err)
		}
		for pb.Step() {
			if tick := pb.Run.Tick; tick%replay.CheckpointInterval == 0 {
				if got, want := pb.Run.Hash(), p.hashes[tick/replay.CheckpointInterval-1]; got != want {
					t.Fatalf("seed %d tick %d: replayed hash %016x, played %016x", seed, tick, got, want)
				}
			}
		}
		if err := pb.Err(); err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		res := pb.Result()
		if res.Ticks != p.run.Tick || res.Score != p.run.Score || res.Hash != p.run.Hash() || res.Checkpoints != len(p.hashes) {
			t.Fatalf("seed %d: replay ended %+v, the run at tick %d score %d hash %016x", seed, res, p.run.Tick, p.run.Score, p.run.Hash())
		}
		t.Logf("seed %d: %d ticks, score %d, ended by %q", seed, res.Ticks, res.Score, playedBy(p.run))
	}
	if ends["hazard"] == 0 || orbs == 0 {
		t.Fatalf("the scripted runs must include hazard deaths and orb pickups: ends %v, orbs %d", ends, orbs)
	}
}

func TestReplayFindsDivergence(t *testing.T) {
	p := playRecorded(t, Options{Seed: 3, Invulnerable: true}, 3, 1000, "test")
	rp := p.replay

	// A changed checkpoint: the divergence is reported at that checkpoint.
	bad := *rp
	bad.Checkpoints = append([]uint64(nil), rp.Checkpoints...)
	bad.Checkpoints[4] ^= 1
	_, err := Verify(&bad, nil)
	var d *replay.Divergence
	if !errors.As(err, &d) || d.Tick != 300 || d.Final || d.Want != bad.Checkpoints[4] || d.Got != rp.Checkpoints[4] {
		t.Fatalf("tampered checkpoint 300: got %v", err)
	}
	if !strings.Contains(err.Error(), "between ticks 241 and 300") {
		t.Errorf("divergence message %q does not name the tick range", err)
	}

	// Another seed diverges at the first checkpoint.
	bad = *rp
	bad.Seed++
	if _, err := Verify(&bad, nil); !errors.As(err, &d) || d.Tick != 60 {
		t.Fatalf("changed seed: got %v, want a divergence at tick 60", err)
	}

	// A changed final score.
	bad = *rp
	bad.Score++
	if _, err := Verify(&bad, nil); !errors.As(err, &d) || !d.Final {
		t.Fatalf("changed score: got %v, want a final divergence", err)
	}

	// Unknown start flags are refused before playing.
	bad = *rp
	bad.Flags |= 1 << 7
	if _, err := Verify(&bad, nil); err == nil || !strings.Contains(err.Error(), "unknown start flags") {
		t.Fatalf("unknown flag: got %v", err)
	}
}

func TestReplayOfEndedRunDiverges(t *testing.T) {
	// Pace left and right through a dense swarm without dying, then
	// replay the same inputs with hazards deadly: that run ends early.
	r := NewRun(Options{Seed: 5, StartHazards: 2000, Invulnerable: true})
	rec := NewRecorder(r, "test")
	for i := range 600 {
		d := Right
		if i/120%2 == 1 {
			d = Left
		}
		in := Held(d)
		if i%120 == 0 {
			in |= Pressed(d)
		}
		r.Step(in)
		rec.Step(in)
	}
	rp, err := rec.Replay()
	if err != nil {
		t.Fatal(err)
	}
	if res, err := Verify(rp, nil); err != nil || res.Ticks != 600 {
		t.Fatalf("replaying the run as recorded: %+v, %v", res, err)
	}
	rp.Flags &^= FlagInvulnerable
	res, err := Verify(rp, nil)
	var d *replay.Divergence
	if !errors.As(err, &d) || res.Ticks >= 600 || d.Tick < res.Ticks || d.Tick-res.Ticks >= replay.CheckpointInterval {
		t.Fatalf("replaying with deadly hazards: %+v, %v; want a divergence at the first checkpoint after the end", res, err)
	}
}

func TestRecorderOutOfStep(t *testing.T) {
	r := NewRun(Options{Seed: 1})
	rec := NewRecorder(r, "test")
	rec.Step(0) // no tick was played
	if _, err := rec.Replay(); err == nil || !strings.Contains(err.Error(), "out of step") {
		t.Fatalf("recording an input without a tick: %v", err)
	}
}

func TestHeaderRoundTrip(t *testing.T) {
	for _, o := range []Options{{Seed: 1}, {Seed: 1<<64 - 1, StartHazards: MaxStartHazards, Invulnerable: true}} {
		got, err := OptionsFromHeader(o.Header(strings.Repeat("v", 300)))
		if err != nil || got != o {
			t.Errorf("OptionsFromHeader(%+v.Header()) = %+v, %v", o, got, err)
		}
	}
	if _, err := OptionsFromHeader(replay.Header{StartHazards: MaxStartHazards + 1}); err == nil {
		t.Error("too many start hazards accepted")
	}
}

// goldenOptions and goldenBot script the golden replay's run.
var goldenOptions = Options{Seed: 2}

const goldenBot = 2

// TestGoldenReplay replays a replay recorded natively (amd64) and
// committed in testdata, natively and under wasm in Node (make test-wasm),
// and checks that recording the same scripted run here gives the same
// bytes. If a change to the rules changes the simulation on purpose,
// regenerate it with: go test ./game -run Golden -update
func TestGoldenReplay(t *testing.T) {
	path := filepath.Join("testdata", "golden.replay")
	p := playRecorded(t, goldenOptions, goldenBot, 3*60*TicksPerSecond, "golden")
	fresh, err := p.replay.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if runtime.GOARCH != "amd64" {
			t.Fatal("regenerate the golden replay natively on amd64")
		}
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, fresh, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rp, res, err := verifyFile(path)
	if err != nil {
		t.Fatalf("on %s/%s: %v (if the rules changed on purpose: go test ./game -run Golden -update)", runtime.GOOS, runtime.GOARCH, err)
	}
	data := testkit.ReadFile(t, path)
	if res.Score == 0 || len(rp.Checkpoints) < 10 {
		t.Fatalf("the golden run is too dull: %+v, %d checkpoints", res, len(rp.Checkpoints))
	}
	if !bytes.Equal(fresh, data) {
		t.Errorf("recording the scripted run on %s/%s gave other bytes than %s", runtime.GOOS, runtime.GOARCH, path)
	}
	t.Logf("%s/%s: %d ticks, score %d, hash %016x, %d checkpoints", runtime.GOOS, runtime.GOARCH, res.Ticks, res.Score, res.Hash, res.Checkpoints)
}

// TestReplayExchange carries replays between platforms (make test-replay):
// it verifies the replay at $SWARMFIELD_REPLAY_IN, which another platform
// recorded, and records one to $SWARMFIELD_REPLAY_OUT. It skips when
// neither is set.
func TestReplayExchange(t *testing.T) {
	in, out := os.Getenv("SWARMFIELD_REPLAY_IN"), os.Getenv("SWARMFIELD_REPLAY_OUT")
	if in == "" && out == "" {
		t.Skip("SWARMFIELD_REPLAY_IN and SWARMFIELD_REPLAY_OUT are not set")
	}
	opts := Options{Seed: 777, StartHazards: 40}
	here := "exchange " + runtime.GOOS + "/" + runtime.GOARCH
	p := playRecorded(t, opts, 9, 2*60*TicksPerSecond, here)
	if in != "" {
		rp, res, err := verifyFile(in)
		if err != nil {
			t.Fatalf("replaying on %s: %v", here, err)
		}
		if rp.Version == here {
			t.Fatalf("%s was recorded on this platform (%s), not another", in, here)
		}
		if res.Checkpoints != len(p.hashes) || !equalHashes(rp.Checkpoints, p.hashes) || rp.FinalHash != p.run.Hash() {
			t.Fatalf("%s (%s) differs from the same run played on %s", in, rp.Version, here)
		}
		t.Logf("%s (%s) replayed on %s: %d ticks, score %d, %d checkpoints match", in, rp.Version, here, res.Ticks, res.Score, res.Checkpoints)
	}
	if out != "" {
		data, err := p.replay.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d ticks, score %d", out, p.run.Tick, p.run.Score)
	}
}

func equalHashes(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestPlaybackStepAllocatesNothing(t *testing.T) {
	p := playRecorded(t, Options{Seed: 8, StartHazards: 300, Invulnerable: true}, 8, 3*windowTicks+100, "test")
	pb, err := NewPlayback(p.replay)
	if err != nil {
		t.Fatal(err)
	}
	allocs := perf.LeastMallocs(3, func() {
		for range windowTicks {
			pb.Step()
		}
	})
	if pb.Done() || pb.Run.Tick != 3*windowTicks || pb.Checked() == 0 {
		t.Fatalf("playback stopped at tick %d after %d checkpoints: %v", pb.Run.Tick, pb.Checked(), pb.Err())
	}
	if allocs != 0 {
		t.Errorf("every window of %d playback ticks allocated, at least %d times, want 0", windowTicks, allocs)
	}
}

// verifyFile reads the replay file at path and verifies it: the replay,
// once read, even when the run diverged from it.
func verifyFile(path string) (*replay.Replay, Result, error) {
	rp, err := replay.ReadFile(path)
	if err != nil {
		return nil, Result{}, err
	}
	res, err := Verify(rp, nil)
	return rp, res, err
}
