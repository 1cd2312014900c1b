package loop

import (
	"image"
	"testing"
)

func TestFitField(t *testing.T) {
	for _, c := range []struct {
		sw, sh int
		want   Fit
	}{
		{800, 600, Fit{1, 0, 0}},
		{1600, 1200, Fit{2, 0, 0}},
		{2000, 1200, Fit{2, 200, 0}}, // wide: bars left and right
		{800, 1000, Fit{1, 0, 200}},  // tall: bars above and below
		{0, 600, Fit{1, 0, 0}},
	} {
		got := FitField(c.sw, c.sh, 800, 600)
		if got != c.want {
			t.Errorf("FitField(%d, %d) = %+v, want %+v", c.sw, c.sh, got, c.want)
		}
	}
	f := FitField(2048, 1536, 800, 600)
	if x, y := f.ToField(1024, 768); x != 400 || y != 300 {
		t.Errorf("the screen's centre maps to (%v, %v), want the field's (400, 300)", x, y)
	}
	if !FitField(800, 600, 800, 600).Identity() || FitField(1600, 1200, 800, 600).Identity() {
		t.Error("Identity is wrong")
	}
	for _, c := range []struct {
		sw, sh int
		want   image.Rectangle
	}{
		{800, 600, image.Rect(0, 0, 800, 600)},
		{2000, 1200, image.Rect(200, 0, 1800, 1200)},
		{333, 999, image.Rect(0, 374, 333, 625)}, // 249.75 high from 374.625: rounded outwards
	} {
		if got := FitField(c.sw, c.sh, 800, 600).Area(800, 600); got != c.want {
			t.Errorf("the field covers %v of a %d×%d screen, want %v", got, c.sw, c.sh, c.want)
		}
	}
}

// TestLayoutDegenerateWindow gives the layout the sizes a window reports
// when it is minimised or collapsed (0×0, or negative while a platform
// settles): the screen keeps the logical size, with or without HiDPI, so
// the game never draws onto an empty screen.
func TestLayoutDegenerateWindow(t *testing.T) {
	for _, hidpi := range []bool{false, true} {
		a := &adapter{cfg: Config{Width: 800, Height: 600, HiDPI: hidpi}}
		for _, sz := range [][2]float64{{0, 0}, {0, 600}, {800, 0}, {-1, -1}} {
			if w, h := a.LayoutF(sz[0], sz[1]); w != 800 || h != 600 {
				t.Errorf("HiDPI %v: LayoutF(%v, %v) = %v, %v; want 800, 600", hidpi, sz[0], sz[1], w, h)
			}
			if w, h := a.Layout(int(sz[0]), int(sz[1])); w != 800 || h != 600 {
				t.Errorf("HiDPI %v: Layout(%v, %v) = %v, %v; want 800, 600", hidpi, sz[0], sz[1], w, h)
			}
		}
	}
}
