//go:build !js

package app

import (
	"testing"

	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/save"
)

// TestScenesDrawAllocateNothing draws the title with a full high-score
// table, each how-to card, the initials entry, the game over with the
// new entry lit and a hint in play, and counts the allocations of many
// such frames exactly: there must be none.
func TestScenesDrawAllocateNothing(t *testing.T) {
	v := bareView(64)
	b := &board{scores: save.LoadScores(storage.NewMemory(), nil), highlight: -1}
	for i := range save.TableSize {
		if _, err := b.scores.Add(save.Entry{Initials: "ABC", Score: int64(100 - i), Ticks: 600, Date: 1764440000, Seed: 1}); err != nil {
			t.Fatal(err)
		}
	}
	b.format()
	b.highlight = 3
	b.entry.reset("XYZ")
	b.place = []byte("7 POINTS: PLACE 4 OF 10")
	o := &onboarding{store: storage.NewMemory(), hints: true}
	o.show("Careful: leaving the field ends the run")
	o.left = 1 << 30
	s := game.NewSession(game.Options{Seed: 5}, 0)
	frame := func(i int) {
		v.screens = screens{board: b, touch: i%2 == 0, focused: i%3 == 0, note: "a note", covered: i%5 == 0}
		s.Scene = game.SceneTitle
		v.draw(nil, s, i%2 == 0)
		o.card = i % howtoCards
		v.drawHowto(o, i%2 == 0)
		v.drawInitials(&b.entry, b.place, i%2 == 0)
		s.Scene = game.SceneGameOver
		v.draw(nil, s, true)
		s.Scene = game.ScenePlaying
		o.update(s)
		v.drawHint(o)
		v.sprites.Reset()
		v.glyphs.Reset()
	}
	const n = 300
	if got := steadyMallocs(600, n, frame); got != 0 {
		t.Errorf("%d frames of the new scenes allocated %d times, want 0", n, got)
	}
}
