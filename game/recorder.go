package game

import (
	"fmt"

	"swarmfield/game/replay"
)

// FlagInvulnerable is the replay header flag for Options.Invulnerable.
const FlagInvulnerable uint32 = 1 << 0

// knownFlags are the header flags this build understands.
const knownFlags = FlagInvulnerable

// Header returns the replay header of a run started with opts, recorded by
// the given build version.
func (o Options) Header(version string) replay.Header {
	if len(version) > replay.MaxVersionLen {
		version = version[:replay.MaxVersionLen]
	}
	h := replay.Header{Version: version, Seed: o.Seed, StartHazards: uint32(o.StartHazards)}
	if o.Invulnerable {
		h.Flags |= FlagInvulnerable
	}
	return h
}

// OptionsFromHeader returns the options a replay's run started with. It
// fails for flags this build does not know and for out-of-range options.
func OptionsFromHeader(h replay.Header) (Options, error) {
	if extra := h.Flags &^ knownFlags; extra != 0 {
		return Options{}, fmt.Errorf("game: replay has unknown start flags %#x", extra)
	}
	if h.StartHazards > MaxStartHazards {
		return Options{}, fmt.Errorf("game: replay starts with %d hazards, more than the %d allowed", h.StartHazards, MaxStartHazards)
	}
	o := Options{
		Seed:         h.Seed,
		StartHazards: int(h.StartHazards),
		Invulnerable: h.Flags&FlagInvulnerable != 0,
	}
	return o, o.Validate()
}

// Recorder records a run as it is played: its inputs, and its state hash
// after every replay.CheckpointInterval ticks. Call its Step from
// Session.OnStep.
type Recorder struct {
	rec *replay.Recorder
	run *Run
	err error
}

// NewRecorder starts recording run, which must not have ticked yet.
// version is the build version stored in the header.
func NewRecorder(run *Run, version string) *Recorder {
	return &Recorder{rec: replay.NewRecorder(run.Options().Header(version)), run: run}
}

// Step records the input that the run's latest tick consumed. Call it
// after each Run.Step that advanced the run. It allocates only when the
// recording's buffers grow.
func (rc *Recorder) Step(in Input) {
	if rc.err != nil {
		return
	}
	rc.rec.Record(replay.Input(in))
	if t := rc.rec.Ticks(); t != rc.run.Tick {
		rc.err = fmt.Errorf("game: recorder out of step: %d inputs recorded for %d ticks", t, rc.run.Tick)
		return
	}
	if rc.run.Tick%replay.CheckpointInterval == 0 {
		if err := rc.rec.Checkpoint(rc.run.Tick, rc.run.Hash()); err != nil {
			rc.err = fmt.Errorf("game: %w", err)
		}
	}
}

// Replay returns the recording so far, ending in the run's current score
// and state hash. Recording may go on afterwards.
func (rc *Recorder) Replay() (*replay.Replay, error) {
	if rc.err != nil {
		return nil, rc.err
	}
	rc.rec.Finish(uint32(rc.run.Score), rc.run.Hash())
	return rc.rec.Replay(), nil
}
