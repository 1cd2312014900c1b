package app

import (
	"testing"

	"swarmfield/engine/loop"
	"swarmfield/game/save"
)

func TestStickDirs(t *testing.T) {
	up, down, left, right := uint8(1), uint8(2), uint8(4), uint8(8)
	for _, c := range []struct {
		x, y float64
		want uint8
	}{
		{0, 0, 0},
		{0.3, -0.4, 0},
		{0, -1, up},
		{0, 0.6, down},
		{-0.9, 0.1, left},
		{1, 0, right},
		{0.7, -0.7, up | right},
		{-0.5, 0.5, down | left},
	} {
		if got := stickDirs(c.x, c.y); got != c.want {
			t.Errorf("stickDirs(%v, %v) = %04b, want %04b", c.x, c.y, got, c.want)
		}
	}
}

func TestPadArmAt(t *testing.T) {
	for _, c := range []struct {
		name string
		x, y float32
		want uint8
	}{
		{"centre dead zone", padX, padY, 0},
		{"up button", padX, padY - padArm, 1},
		{"down button", padX + 5, padY + padArm, 2},
		{"left button", padX - padArm, padY - 10, 4},
		{"right button", padX + padArm, padY + 3, 8},
		{"far away", 600, 100, 0},
		{"just outside reach", padX + padReach + 1, padY, 0},
	} {
		if got := padArmAt(c.x-padX, c.y-padY); got != c.want {
			t.Errorf("%s (%v, %v): arm %04b, want %04b", c.name, c.x, c.y, got, c.want)
		}
	}
}

// TestPadOnTheField places the d-pad on a screen without letterbox bars
// at every side and size: its buttons lie on the field, on the chosen
// side, and each is its own arm.
func TestPadOnTheField(t *testing.T) {
	for _, right := range []bool{false, true} {
		for size := 1; size <= save.MaxDpadSize; size++ {
			l := placeControls(800, 600, loop.Fit{Scale: 1}, 1, padSide{right: right, size: size})
			pl := l.pad
			if onRight := pl.X > 400; l.inBar || onRight != right {
				t.Errorf("right %v size %d: the d-pad's centre is at x %v (in a bar: %v)", right, size, pl.X, l.inBar)
			}
			if want := (padSide{size: size}).scale(); pl.Scale != want {
				t.Errorf("right %v size %d: pad unit %v, want %v", right, size, pl.Scale, want)
			}
			for i, d := range padDirs {
				x, y := pl.X+d.dx*padArm*pl.Scale, pl.Y+d.dy*padArm*pl.Scale
				if padArmAt((x-pl.X)/pl.Scale, (y-pl.Y)/pl.Scale) != 1<<i {
					t.Errorf("right %v size %d: button %d drawn at (%v, %v) is not its own arm", right, size, i, x, y)
				}
				if half := 22 * padButton * pl.Scale; x-half < 0 || x+half > 800 || y+half > 600 {
					t.Errorf("right %v size %d: button %d at (%v, %v) sticks out of the field", right, size, i, x, y)
				}
			}
		}
	}
}
