package loop

import "testing"

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
}
