package game

import (
	"fmt"

	"swarmfield/game/replay"
)

// Playback plays a recorded run back one tick at a time, comparing the
// state hash with the recording at every checkpoint and at the end. It
// allocates nothing per tick.
type Playback struct {
	// Run is the run being replayed.
	Run *Run

	rp      *replay.Replay
	cur     *replay.Cursor
	checked int
	done    bool
	err     error
}

// NewPlayback prepares to replay rp from its first tick.
func NewPlayback(rp *replay.Replay) (*Playback, error) {
	opts, err := OptionsFromHeader(rp.Header)
	if err != nil {
		return nil, err
	}
	return &Playback{Run: NewRun(opts), rp: rp, cur: rp.Cursor()}, nil
}

// Done reports whether the playback has finished or diverged.
func (p *Playback) Done() bool { return p.done }

// Err returns the first divergence found, a *replay.Divergence or an error
// wrapping one, or nil while the replayed run matches the recording.
func (p *Playback) Err() error { return p.err }

// Checked reports how many checkpoints have matched so far.
func (p *Playback) Checked() int { return p.checked }

// Step plays the next recorded tick and reports whether there may be more.
// After the last tick it compares the final score and state hash; once it
// returns false, Err tells whether the run diverged.
func (p *Playback) Step() bool {
	if p.done {
		return false
	}
	in, ok := p.cur.Next()
	if !ok {
		p.finish(p.rp.CheckFinal(uint32(p.Run.Score), p.Run.Hash()))
		return false
	}
	tick := p.cur.Tick()
	p.Run.Step(Input(in))
	if p.Run.Tick != tick {
		p.finish(p.endedEarly(tick))
		return false
	}
	if want, ok := p.rp.CheckpointAt(tick); ok {
		if got := p.Run.Hash(); got != want {
			p.finish(&replay.Divergence{Tick: tick, Want: want, Got: got})
			return false
		}
		p.checked++
	}
	return true
}

// endedEarly reports a replayed run that ended before the recorded inputs
// did, as a divergence at the first checkpoint it can no longer match.
func (p *Playback) endedEarly(tick uint64) error {
	hash := p.Run.Hash()
	cp := (tick + replay.CheckpointInterval - 1) / replay.CheckpointInterval * replay.CheckpointInterval
	if want, ok := p.rp.CheckpointAt(cp); ok {
		return &replay.Divergence{Tick: cp, Want: want, Got: hash}
	}
	if err := p.rp.CheckFinal(uint32(p.Run.Score), hash); err != nil {
		return err
	}
	return fmt.Errorf("game: the run ended at tick %d, before the %d recorded ticks did", p.Run.Tick, p.rp.Ticks)
}

func (p *Playback) finish(err error) {
	p.done = true
	p.err = err
}

// Result is how a replayed run ended.
type Result struct {
	Ticks       uint64 // ticks played
	Score       int    // final score
	Hash        uint64 // final state hash
	Checkpoints int    // checkpoints that matched
}

// Result returns the replayed run's tick, score and state hash so far.
func (p *Playback) Result() Result {
	return Result{Ticks: p.Run.Tick, Score: p.Run.Score, Hash: p.Run.Hash(), Checkpoints: p.checked}
}

// Verify replays rp as fast as possible, with parallel (if not nil) as the
// swarm's parallel-for (see Run.SetParallel). It returns how the replayed
// run ended and the first divergence from the recording, if any.
func Verify(rp *replay.Replay, parallel func(n, chunk int, fn func(lo, hi int))) (Result, error) {
	p, err := NewPlayback(rp)
	if err != nil {
		return Result{}, err
	}
	p.Run.SetParallel(parallel)
	for p.Step() {
	}
	return p.Result(), p.Err()
}
