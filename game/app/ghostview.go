package app

import (
	"swarmfield/assets"
	"swarmfield/engine/sprite"
	"swarmfield/engine/text"
	"swarmfield/game"
)

// The ghost's colours: the player's ship, pale and see-through, so that it
// reads as the same ship but never as the player, and the ring where its
// run ended.
var (
	ghostTint    = sprite.Opaque(0.75, 0.8, 1).Alpha(0.5)
	ghostEndTint = sprite.Opaque(0.75, 0.8, 1).Alpha(0.7)
)

// ghostMark is what the view draws of the ghost in a frame: its player
// while it runs, then the mark where its run ended.
type ghostMark struct {
	on         bool
	x, y       float32
	endFor     int // ticks left of the end mark, 0 for none
	endX, endY float32
}

// markGhost tells the view what to draw of the ghost: nothing when the
// setting is off or outside play.
func (a *App) markGhost() {
	g, m := &a.ghost, &a.view.ghost
	*m = ghostMark{}
	if !a.set.Ghost || a.viewer != nil {
		return
	}
	if sc := a.sess.Scene; sc != game.ScenePlaying && sc != game.ScenePaused {
		return
	}
	m.on, m.x, m.y = g.pb != nil, g.x, g.y
	m.endFor, m.endX, m.endY = g.endFor, g.endX, g.endY
}

// drawGhost draws the ghost's player, under the live one, and the ring
// where its run ended, which fades out unless motion is reduced.
func (v *view) drawGhost() {
	m := &v.ghost
	scale := v.palette().playerScale
	if m.on {
		v.sprites.Add(assets.Player, m.x, m.y, 0, scale, ghostTint)
	}
	if m.endFor > 0 {
		a := float32(1)
		if !v.feel.reduce {
			a = float32(m.endFor) / ghostEndTicks
		}
		v.sprites.Add(assets.Ring, m.endX, m.endY, 0, scale*(2*game.PlayerRadius+8)/32, ghostEndTint.Alpha(a))
	}
}

// drawDay draws the daily challenge's day under the score, clear of the
// FPS line and the touch pause button at the top right.
func (v *view) drawDay() {
	if v.day != "" {
		text.Draw(v.glyphs, v.day, 12, 36, 2, cyan)
	}
}
