package app

import "testing"

// TestInitialsTap enters initials by touch: the upper half of a letter's
// box steps it forward, the lower half back, wrapping around, and OK
// saves.
func TestInitialsTap(t *testing.T) {
	var in initials
	in.reset("")
	up := func(i int) { in.tap(boxX(i)+boxW/2, initialsY-boxH/4) }
	down := func(i int) { in.tap(boxX(i)+boxW/2, initialsY+boxH*5/4) }
	up(0)
	up(0)
	down(1)
	up(2)
	down(2)
	down(2)
	if got := in.String(); got != "CZZ" || in.cursor != 2 || in.done {
		t.Fatalf("after the taps: %q, cursor %d, done %v; want CZZ, cursor 2, not done", got, in.cursor, in.done)
	}
	in.tap(400, 10) // outside every control
	if in.String() != "CZZ" || in.done {
		t.Fatalf("a tap outside the controls changed the entry: %q, done %v", in.String(), in.done)
	}
	in.tap(400, okY+okH/2)
	if !in.done {
		t.Fatal("tapping OK did not save")
	}
	in.reset("BZA")
	if in.String() != "BZA" || in.cursor != 0 || in.done {
		t.Fatalf("reset to the last initials: %q, cursor %d, done %v", in.String(), in.cursor, in.done)
	}
}
