package replay

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	for _, ticks := range []int{0, 1, 59, 60, 61, 10_000} {
		r := record(t, uint64(ticks)+1, ticks)
		data := r.marshal(t)
		rp, err := Parse(data)
		if err != nil {
			t.Fatalf("%d ticks: Parse: %v", ticks, err)
		}
		want := r.rec.Replay()
		if rp.Header != want.Header || rp.Ticks != uint64(ticks) || rp.Score != want.Score || rp.FinalHash != want.FinalHash {
			t.Fatalf("%d ticks: parsed %+v, recorded %+v", ticks, rp, want)
		}
		if !slices.Equal(rp.Checkpoints, r.hashes) {
			t.Fatalf("%d ticks: checkpoints differ", ticks)
		}
		got := inputsOf(rp)
		if !slices.Equal(got, r.inputs) {
			t.Fatalf("%d ticks: cursor yields %d inputs that differ from the %d recorded", ticks, len(got), len(r.inputs))
		}
		again, err := rp.MarshalBinary()
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("%d ticks: re-marshal differs (err %v)", ticks, err)
		}
	}
}

// inputsOf returns every input a cursor over rp yields.
func inputsOf(rp *Replay) []Input {
	var ins []Input
	c := rp.Cursor()
	for {
		in, ok := c.Next()
		if !ok {
			return ins
		}
		ins = append(ins, in)
		if c.Tick() != uint64(len(ins)) {
			panic("Cursor.Tick out of step")
		}
	}
}

func TestWriteToAndRead(t *testing.T) {
	r := record(t, 3, 500)
	rp := r.rec.Replay()
	var buf bytes.Buffer
	n, err := rp.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Fatalf("WriteTo reported %d bytes, wrote %d", n, buf.Len())
	}
	got, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(inputsOf(got), r.inputs) {
		t.Fatal("inputs differ after WriteTo and Read")
	}
	var un Replay
	if err := un.UnmarshalBinary(r.marshal(t)); err != nil || un.Ticks != 500 {
		t.Fatalf("UnmarshalBinary: ticks %d, err %v", un.Ticks, err)
	}
}

func TestReplaySnapshotIsIndependent(t *testing.T) {
	rec := NewRecorder(Header{Seed: 1})
	for range 90 {
		rec.Record(3)
	}
	if err := rec.Checkpoint(60, 42); err != nil {
		t.Fatal(err)
	}
	snap := rec.Replay()
	for range 30 {
		rec.Record(4)
	}
	if err := rec.Checkpoint(120, 43); err != nil {
		t.Fatal(err)
	}
	if snap.Ticks != 90 || len(snap.Checkpoints) != 1 || len(inputsOf(snap)) != 90 {
		t.Fatalf("snapshot changed: %d ticks, %d checkpoints", snap.Ticks, len(snap.Checkpoints))
	}
	full := rec.Replay()
	if full.Ticks != 120 || full.Runs() != 2 || len(full.Checkpoints) != 2 {
		t.Fatalf("full replay: %d ticks, %d runs, %d checkpoints", full.Ticks, full.Runs(), len(full.Checkpoints))
	}
}

func TestCheckpointValidation(t *testing.T) {
	rec := NewRecorder(Header{})
	for range 130 {
		rec.Record(0)
	}
	if err := rec.Checkpoint(120, 1); err == nil {
		t.Fatal("checkpoint for tick 120 accepted before the one for tick 60")
	}
	if err := rec.Checkpoint(60, 1); err != nil {
		t.Fatal(err)
	}
	if err := rec.Checkpoint(60, 1); err == nil {
		t.Fatal("second checkpoint for tick 60 accepted")
	}
	if err := rec.Checkpoint(120, 2); err != nil {
		t.Fatal(err)
	}
	if err := rec.Checkpoint(180, 3); err == nil {
		t.Fatal("checkpoint for tick 180 accepted after 130 ticks")
	}
	if rec.Ticks() != 130 {
		t.Fatalf("Ticks = %d, want 130", rec.Ticks())
	}
}

func TestCheckpointAt(t *testing.T) {
	rp := record(t, 9, 200).rec.Replay()
	for _, tc := range []struct {
		tick uint64
		ok   bool
	}{{0, false}, {1, false}, {59, false}, {60, true}, {61, false}, {120, true}, {180, true}, {240, false}} {
		hash, ok := rp.CheckpointAt(tc.tick)
		if ok != tc.ok {
			t.Errorf("CheckpointAt(%d) ok = %v, want %v", tc.tick, ok, tc.ok)
		}
		if ok && hash != rp.Checkpoints[tc.tick/60-1] {
			t.Errorf("CheckpointAt(%d) = %x, want %x", tc.tick, hash, rp.Checkpoints[tc.tick/60-1])
		}
	}
}

func TestDivergence(t *testing.T) {
	rp := record(t, 5, 300).rec.Replay()
	if want, got := "between ticks 121 and 180", (&Divergence{Tick: 180}).Error(); !strings.Contains(got, want) {
		t.Errorf("message %q does not contain %q", got, want)
	}
	if got := (&Divergence{Tick: 60}).FirstTick(); got != 1 {
		t.Errorf("FirstTick at the first checkpoint = %d, want 1", got)
	}
	if err := rp.CheckFinal(rp.Score, rp.FinalHash); err != nil {
		t.Fatalf("matching final state: %v", err)
	}
	err := rp.CheckFinal(rp.Score+1, rp.FinalHash)
	var d *Divergence
	if !errors.As(err, &d) || !d.Final || d.Tick != 300 || d.GotScore != rp.Score+1 {
		t.Fatalf("CheckFinal = %v, want a final divergence", err)
	}
}

func TestFileName(t *testing.T) {
	rp := &Replay{Header: Header{Seed: 18446744073709551615}, Score: 4200}
	if got, want := rp.FileName(), "swarmfield-18446744073709551615-4200.replay"; got != want {
		t.Fatalf("FileName = %q, want %q", got, want)
	}
}

func TestMarshalRejectsInconsistentReplay(t *testing.T) {
	long := &Replay{Header: Header{Version: string(make([]byte, MaxVersionLen+1))}}
	ticks := &Replay{Ticks: 5}
	checkpoints := record(t, 1, 100).rec.Replay()
	checkpoints.Checkpoints = append(checkpoints.Checkpoints, 1)
	for name, rp := range map[string]*Replay{"long version": long, "ticks without inputs": ticks, "too many checkpoints": checkpoints} {
		if _, err := rp.MarshalBinary(); err == nil {
			t.Errorf("%s: MarshalBinary succeeded", name)
		}
	}
	ok := &Replay{Header: Header{Version: string(make([]byte, MaxVersionLen))}}
	if _, err := ok.MarshalBinary(); err != nil {
		t.Errorf("version of %d bytes: %v", MaxVersionLen, err)
	}
}

func TestRecordDoesNotAllocate(t *testing.T) {
	rec := NewRecorder(Header{})
	var in Input
	if avg := testing.AllocsPerRun(10_000, func() { in += 7; rec.Record(in >> 3) }); avg != 0 {
		t.Fatalf("Record allocates %v times per tick, want 0", avg)
	}
}

func TestCursorDoesNotAllocate(t *testing.T) {
	rp := record(t, 2, 5000).rec.Replay()
	c := rp.Cursor()
	if avg := testing.AllocsPerRun(4000, func() { c.Next() }); avg != 0 {
		t.Fatalf("Next allocates %v times per tick, want 0", avg)
	}
}
