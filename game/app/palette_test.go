package app

import (
	"testing"

	"swarmfield/engine/sprite"
)

// luma is a colour's brightness, 0 to 1.
func luma(c sprite.Color) float32 { return 0.299*c.R + 0.587*c.G + 0.114*c.B }

// TestHighContrastPalette checks that in the high-contrast palette the
// player, the orbs and the hazards differ in brightness and size, not only
// in hue, on a black field.
func TestHighContrastPalette(t *testing.T) {
	hc := palettes[1]
	player, orb, hazard := luma(white), luma(hc.orb), luma(hc.hazard)
	if !(player > orb && orb >= 2*hazard) || luma(hc.skyTop) != 0 || luma(hc.skyBottom) != 0 {
		t.Fatalf("brightness: player %.2f, orbs %.2f, hazards %.2f (tint), sky %.2f/%.2f; want the player brightest, orbs at least twice the hazards, a black sky",
			player, orb, hazard, luma(hc.skyTop), luma(hc.skyBottom))
	}
	if hc.playerScale <= palettes[0].playerScale || hc.orbScale <= palettes[0].orbScale {
		t.Fatalf("sizes: player %v, orbs %v; want both drawn larger than in the normal palette", hc.playerScale, hc.orbScale)
	}
	v := &view{contrast: true}
	if v.palette() != &palettes[1] {
		t.Fatal("the view with contrast on does not draw with the high-contrast palette")
	}
}
