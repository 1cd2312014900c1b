package app

import "testing"

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
	// The buttons drawn must lie inside the field and within reach.
	for i, d := range padDirs {
		x, y := padX+d.dx*padArm, padY+d.dy*padArm
		if padArmAt(x-padX, y-padY) != 1<<i {
			t.Errorf("button %d drawn at (%v, %v) is not its own arm", i, x, y)
		}
		if half := float32(22 * padButton); x-half < 0 || y+half > 600 {
			t.Errorf("button %d at (%v, %v) sticks out of the field", i, x, y)
		}
	}
}
