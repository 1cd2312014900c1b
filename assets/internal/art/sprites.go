package art

import (
	"math"
)

// Sprite is one named picture in the sprite atlas.
type Sprite struct {
	Name  string // Go identifier in package assets
	Doc   string // doc comment for the generated variable
	W, H  int    // cell size in pixels
	Inset int    // pixels trimmed from each side of the cell for the published rectangle
	draw  shader
}

var (
	cyan    = rgb{0.25, 0.9, 1}
	white   = rgb{1, 1, 1}
	gold    = rgb{1, 0.72, 0.15}
	paleYel = rgb{1, 0.98, 0.75}
	red     = rgb{1, 0.18, 0.22}
	magenta = rgb{1, 0.2, 0.85}
	violet  = rgb{0.72, 0.25, 1}
	dark    = rgb{0.12, 0.02, 0.08}
)

// Sprites lists the atlas contents in packing order.
func Sprites() []Sprite {
	return []Sprite{
		{Name: "Player", Doc: "Player is the player's ship: a cyan and white rounded diamond with a glow, about 24 px tall.", W: 32, H: 32, draw: player},
		{Name: "Orb", Doc: "Orb is a golden glowing orb, about 20 px across.", W: 28, H: 28, draw: orb},
		{Name: "Hazard0", Doc: "Hazard0 is a red eight-pointed spiked star, about 32 px across.", W: 40, H: 40, draw: spikeStar},
		{Name: "Hazard1", Doc: "Hazard1 is a magenta saw blade, about 32 px across.", W: 40, H: 40, draw: sawBlade},
		{Name: "Hazard2", Doc: "Hazard2 is a violet four-bladed shuriken, about 32 px across.", W: 40, H: 40, draw: shuriken},
		{Name: "Ring", Doc: "Ring is a thin white ring with a soft halo, 32 px across, for pickup bursts; tint it with the vertex colour.", W: 32, H: 32, draw: burstRing},
		{Name: "Grid", Doc: "Grid is a 32×32 background tile: faint white lines along its top and left edges; tile it and tint it.", W: 32, H: 32, draw: gridTile},
		{Name: "ArrowUp", Doc: "ArrowUp is a translucent touch button with an up arrow.", W: 44, H: 44, draw: arrowButton(0, -1)},
		{Name: "ArrowDown", Doc: "ArrowDown is a translucent touch button with a down arrow.", W: 44, H: 44, draw: arrowButton(0, 1)},
		{Name: "ArrowLeft", Doc: "ArrowLeft is a translucent touch button with a left arrow.", W: 44, H: 44, draw: arrowButton(-1, 0)},
		{Name: "ArrowRight", Doc: "ArrowRight is a translucent touch button with a right arrow.", W: 44, H: 44, draw: arrowButton(1, 0)},
		{Name: "Particle", Doc: "Particle is a soft white round particle, 8 px across; tint it with the vertex colour.", W: 8, H: 8, draw: particle},
		{Name: "White", Doc: "White is a 2×2 opaque white area for solid fills, inside a larger white block so linear filtering does not bleed.", W: 6, H: 6, Inset: 2, draw: solid},
	}
}

func player(x, y float64) premul {
	const rad = 2.5
	body := polygon(x, y, []vec{{0, -12 + rad}, {8.5 - rad, 0}, {0, 12 - rad}, {-8.5 + rad, 0}}) - rad
	core := polygon(x, y+1, []vec{{0, -6}, {3.5, 0}, {0, 5}, {-3.5, 0}}) - 0.5
	var c premul
	c = c.over(cyan, 0.55*glow(body, 6))
	c = c.over(mix(cyan, rgb{0.1, 0.55, 0.85}, -body/7), fill(body))
	c = c.over(rgb{0.7, 1, 1}, fill(math.Abs(body+1.2)-0.6))
	c = c.over(white, fill(core))
	return c
}

func orb(x, y float64) premul {
	d := circle(x, y, 8.5)
	r := length(x+1.5, y+1.5) / 10
	var c premul
	c = c.over(gold, 0.5*glow(d, 5.5))
	c = c.over(mix(paleYel, rgb{1, 0.55, 0.05}, r*r), fill(d))
	c = c.over(white, 0.9*fill(circle(x+3, y+3, 1.8)))
	return c
}

// hazardBody is a hazard's shape of signed distance d in col: a halo, then
// a fill shading from edge, at its rim, to col over fade pixels inwards.
func hazardBody(d float64, col, edge rgb, fade float64) premul {
	var c premul
	c = c.over(col, 0.45*glow(d, 4.5))
	return c.over(mix(edge, col, -d/fade), fill(d))
}

func spikeStar(x, y float64) premul {
	d := polygon(x, y, star(8, 15.5, 9, -math.Pi/2, 0))
	c := hazardBody(d, red, rgb{1, 0.45, 0.4}, 2.5)
	inner := polygon(x, y, star(8, 9, 6, -math.Pi/2+math.Pi/8, 0))
	c = c.over(rgb{0.5, 0.03, 0.08}, fill(inner))
	c = c.over(rgb{1, 0.7, 0.6}, fill(circle(x, y, 2.5)))
	return c
}

func sawBlade(x, y float64) premul {
	d := polygon(x, y, saw(12, 15.5, 12))
	c := hazardBody(d, magenta, rgb{1, 0.6, 0.95}, 2)
	c = c.over(rgb{0.4, 0.03, 0.35}, fill(ring(x, y, 7.5, 3)))
	for i := 0; i < 3; i++ {
		a := 2 * math.Pi * float64(i) / 3
		sx, sy := 7.5*math.Cos(a), 7.5*math.Sin(a)
		c = c.over(rgb{1, 0.75, 1}, fill(circle(x-sx, y-sy, 1.6)))
	}
	c = c.over(rgb{1, 0.75, 1}, fill(circle(x, y, 3.5)))
	c = c.cut(fill(circle(x, y, 1.6)))
	return c
}

func shuriken(x, y float64) premul {
	d := polygon(x, y, star(4, 16, 7, -math.Pi/2, 0.55))
	c := hazardBody(d, violet, rgb{0.95, 0.75, 1}, 2.5)
	c = c.over(dark, fill(circle(x, y, 4.5)))
	c = c.over(rgb{0.9, 0.6, 1}, fill(ring(x, y, 4.5, 1.2)))
	return c
}

func burstRing(x, y float64) premul {
	d := ring(x, y, 12.5, 2.5)
	var c premul
	c = c.over(white, 0.35*glow(d, 3))
	c = c.over(white, fill(d))
	return c
}

func gridTile(x, y float64) premul {
	// Coordinates of the pixel relative to the tile's top-left pixel.
	px, py := x+15.5, y+15.5
	nearCorner := func(v float64) bool { return v <= 1 || v >= 31 }
	var c premul
	if px == 0 || py == 0 {
		c = c.over(white, 0.07)
	}
	if nearCorner(px) && nearCorner(py) {
		c = c.over(white, 0.1)
	}
	if px == 0 && py == 0 {
		c = c.over(white, 0.3)
	}
	return c
}

func arrowButton(dx, dy float64) shader {
	return func(x, y float64) premul {
		box := roundBox(x, y, 20, 20, 7)
		// Local frame: v runs along the arrow's direction (dx, dy), u across it.
		u, v := -x*dy+y*dx, x*dx+y*dy
		tri := polygon(u, v, []vec{{0, 9}, {9, -5}, {-9, -5}}) - 1
		var c premul
		c = c.over(white, 0.16*fill(box))
		c = c.over(white, 0.5*fill(math.Abs(box+1)-1))
		c = c.over(white, 0.85*fill(tri))
		return c
	}
}

func particle(x, y float64) premul {
	t := 1 - length(x, y)/4
	var c premul
	return c.over(white, smooth(t))
}

func solid(x, y float64) premul {
	return premul{1, 1, 1, 1}
}
