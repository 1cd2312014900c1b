package game

import (
	"fmt"
	"testing"

	"swarmfield/engine/perf"
	"swarmfield/game/replay"
)

// botInputs plays ticks of a run with opts and the bot of seed botSeed and
// returns its inputs, failing unless the bot was still alive at the end
// and pressed all four arrows.
func botInputs(t testing.TB, opts Options, botSeed uint64, ticks int) []Input {
	t.Helper()
	r := NewRun(opts)
	b := newBot(botSeed)
	inputs := make([]Input, ticks)
	var pressed Input
	for i := range inputs {
		inputs[i] = b.input(r)
		pressed |= inputs[i]
		r.Step(inputs[i])
	}
	all := PressUp | PressDown | PressLeft | PressRight
	if r.GameOver || !pressed.Has(all) {
		t.Fatalf("the scripted player must stay alive and move in all four directions: GameOver=%v after %d ticks, pressed %b", r.GameOver, r.Tick, pressed&all)
	}
	return inputs
}

// squareInputs walks the player round a square of 100 units from the
// centre of the field, holding each arrow in turn for a second.
func squareInputs(ticks int) []Input {
	inputs := make([]Input, ticks)
	order := [...]Direction{Up, Right, Down, Left}
	for i := range inputs {
		d := order[i/TicksPerSecond%len(order)]
		inputs[i] = Held(d)
		if i%TicksPerSecond == 0 {
			inputs[i] |= Pressed(d)
		}
	}
	return inputs
}

// windowTicks is how many ticks each counted window holds; allocation
// tests count three windows (see perf.LeastMallocs).
const windowTicks = 1000

// tickAllocs steps a new run with opts through inputs, hashing its state at
// every checkpoint as a replay does, and returns the least exact count of
// allocations in a window of windowTicks ticks.
func tickAllocs(opts Options, inputs []Input) (uint64, *Run) {
	r := NewRun(opts)
	next := 0
	n := perf.LeastMallocs(len(inputs)/windowTicks, func() {
		for _, in := range inputs[next : next+windowTicks] {
			r.Step(in)
			if r.Tick%replay.CheckpointInterval == 0 {
				_ = r.Hash()
			}
		}
		next += windowTicks
	})
	return n, r
}

// TestSteadyTickAllocatesNothing counts exactly the allocations of every
// tick of normal play, with a player that stays alive, collects orbs and
// moves in all four directions while the swarm grows, and of stress runs
// with 2,000 and 20,000 hazards, where the player walks a square round the
// centre through the swarm: three windows of 1,000 ticks each.
func TestSteadyTickAllocatesNothing(t *testing.T) {
	tests := []struct {
		opts  Options
		ticks int
	}{
		{Options{Seed: 1}, 3 * windowTicks},
		{Options{Seed: 1, StartHazards: 2_000, Invulnerable: true}, 3 * windowTicks},
		{Options{Seed: 1, StartHazards: 20_000, Invulnerable: true}, 3 * windowTicks},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("hazards=%d", tt.opts.StartHazards), func(t *testing.T) {
			var inputs []Input
			if tt.opts.Invulnerable {
				inputs = squareInputs(tt.ticks)
			} else {
				inputs = botInputs(t, tt.opts, 1, tt.ticks)
			}
			n, r := tickAllocs(tt.opts, inputs)
			if r.GameOver || r.Tick != uint64(tt.ticks) {
				t.Fatalf("the measured run ended at tick %d, want %d ticks of play", r.Tick, tt.ticks)
			}
			if tt.opts.StartHazards == 0 && r.Score == 0 {
				t.Fatal("the measured run took no orb")
			}
			t.Logf("%d ticks (score %d, %d hazards, at (%v, %v)): %d allocations in the least of three windows",
				r.Tick, r.Score, r.Hazards.Len(), r.PlayerX, r.PlayerY, n)
			if n != 0 {
				t.Errorf("every window of %d ticks allocated, at least %d times, want 0", windowTicks, n)
			}
		})
	}
}
