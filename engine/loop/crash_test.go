package loop

import (
	"errors"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/engine/crash"
)

// panicky panics in the update or the frame given.
type panicky struct {
	updateAt, drawAt int
	updates, draws   int
}

func (g *panicky) Update() error {
	g.updates++
	if g.updates == g.updateAt {
		panic("game update broke")
	}
	return nil
}

func (g *panicky) Draw(*ebiten.Image) {
	g.draws++
	if g.draws == g.drawAt {
		panic(errors.New("game draw broke"))
	}
}

func TestAdapterCatchesUpdatePanic(t *testing.T) {
	g := &panicky{updateAt: 3}
	a := newAdapter(g, Config{Width: 8, Height: 8}, monotonic())
	for i := 1; i <= 2; i++ {
		if err := a.Update(); err != nil {
			t.Fatalf("update %d: %v", i, err)
		}
	}
	err := a.Update()
	p, ok := crash.AsPanic(err)
	if !ok || p.Value != "game update broke" || !strings.Contains(string(p.Stack), "(*panicky).Update") {
		t.Fatalf("update 3 returned %v, want the game's panic with its stack", err)
	}
	if err2 := a.Update(); err2 != err {
		t.Errorf("the update after the panic returned %v, want the same panic", err2)
	}
	if g.updates != 3 {
		t.Errorf("the game updated %d times after the panic", g.updates-3)
	}
}

func TestAdapterCatchesDrawPanic(t *testing.T) {
	g := &panicky{drawAt: 2}
	a := newAdapter(g, Config{Width: 8, Height: 8}, monotonic())
	a.Draw(nil)
	if a.Update() != nil {
		t.Fatal("an update after a good frame failed")
	}
	a.Draw(nil) // panics inside, caught
	a.Draw(nil) // not drawn any more
	if g.draws != 2 {
		t.Errorf("%d frames drawn, want 2: none after the panic", g.draws)
	}
	err := a.Update()
	if p, ok := crash.AsPanic(err); !ok || !strings.Contains(p.Error(), "game draw broke") {
		t.Fatalf("the update after a panicking frame returned %v", err)
	}
	if g.updates != 1 {
		t.Errorf("the game updated after the panic")
	}
}

func TestAdapterDebugPanic(t *testing.T) {
	a := newAdapter(&panicky{}, Config{Width: 8, Height: 8, Debug: Debug{PanicAt: 2}}, monotonic())
	if err := a.Update(); err != nil {
		t.Fatal(err)
	}
	if _, ok := crash.AsPanic(a.Update()); !ok {
		t.Fatal("Debug.PanicAt 2 did not panic in update 2")
	}
	d := newAdapter(&panicky{}, Config{Width: 8, Height: 8, Debug: Debug{PanicAt: 1, PanicInDraw: true}}, monotonic())
	if err := d.Update(); err != nil {
		t.Fatalf("PanicInDraw panicked in an update: %v", err)
	}
	d.Draw(nil)
	if _, ok := crash.AsPanic(d.Update()); !ok {
		t.Fatal("Debug.PanicAt 1 with PanicInDraw did not panic in frame 1")
	}
}
