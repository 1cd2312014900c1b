package app

import "swarmfield/engine/sprite"

// palette is what the field is drawn with: the normal one, and the high
// contrast one, in which the player, the orbs and the hazards differ in
// brightness and size as well as hue, on a black field without the grid.
type palette struct {
	skyTop, skyBottom, orb, hazard sprite.Color
	orbScale, playerScale          float32
}

var palettes = [2]palette{
	{skyTop: skyTop, skyBottom: skyBottom, orb: gold, hazard: hazardColor, orbScale: 1, playerScale: 1},
	{skyTop: sprite.Opaque(0, 0, 0), skyBottom: sprite.Opaque(0, 0, 0), orb: sprite.Opaque(1, 0.95, 0.2),
		hazard: sprite.Opaque(0.42, 0.42, 0.48), orbScale: 1.3, playerScale: 1.35},
}

// palette returns the palette the view draws with.
func (v *view) palette() *palette {
	if v.contrast {
		return &palettes[1]
	}
	return &palettes[0]
}
