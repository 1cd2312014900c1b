package app

import (
	"strconv"

	"swarmfield/assets"
	"swarmfield/engine/sprite"
	"swarmfield/engine/text"
	"swarmfield/game/replay"
)

// Colours of the viewer's panel.
var (
	barBack          = dimText.Alpha(0.25)
	barPlayed        = cyan.Alpha(0.75)
	markMatched      = sprite.Opaque(0.4, 1, 0.5)
	markPending      = dimText.Alpha(0.7)
	viewerButtonBack = dimText.Alpha(0.3)
	buttonLit        = cyan.Alpha(0.45)
)

// viewerKeysLine names the viewer's keys, for a player with a keyboard.
const viewerKeysLine = "P pause  . step  1 4 6 speed  R restart  Esc back"

// minMarkGapCSS is the least gap between two checkpoint marks, in CSS
// pixels; closer marks are left out, and the band under the bar still
// shows how far the checkpoints matched.
const minMarkGapCSS = 4

// drawViewer draws the replay viewer's panel in screen pixels: its
// status, which build recorded the replay or how the playback ended, the
// progress bar with the checkpoints, the buttons and, for a keyboard,
// the keys. b draws from the sprite atlas, t from the font.
func (a *App) drawViewer(b, t *sprite.Batch) {
	p, l := a.viewer, a.viewerLayout()
	b.AddRect(assets.White, l.panel.X, l.panel.Y, l.panel.W, l.panel.H, panelBack)
	x := l.panel.X + marginCSS*l.css
	chars := int((l.panel.W - 2*marginCSS*l.css) / (assets.GlyphAdvance * l.text))
	text.DrawBytes(t, clip(p.statusLine(), chars), x, l.lines[0], l.text, white)
	switch {
	case p.end == "":
		text.Draw(t, clip(p.build, chars), x, l.lines[1], l.text, dimText)
	case p.pb.Err() == nil:
		text.Draw(t, clip(p.end, chars), x, l.lines[1], l.text, markMatched)
	default:
		text.Draw(t, clip(p.end, chars), x, l.lines[1], l.text, danger)
	}
	p.drawBar(b, l.bar, l.css)
	for i, r := range l.buttons {
		btn := viewerButtons[i]
		back, label := viewerButtonBack, btn.label
		switch {
		case btn.act == viewPause && p.paused:
			label = "PLAY"
		case btn.act == viewSpeed1 && p.speed == 1, btn.act == viewSpeed4 && p.speed == 4, btn.act == viewSpeed16 && p.speed == 16:
			back = buttonLit
		}
		b.AddRect(assets.White, r.X, r.Y, r.W, r.H, back)
		s := min(l.text, (r.W-4*l.css)/float32(assets.GlyphAdvance*len(label)))
		text.DrawAligned(t, label, r.X+r.W/2, r.Y+(r.H-assets.GlyphHeight*s)/2, s, text.Center, white)
	}
	if !a.touchScreen() {
		text.Draw(t, clip(viewerKeysLine, chars), x, l.lines[2], l.text, dimText)
	}
}

// statusLine formats the panel's first line into the viewer's scratch:
// playing or paused, the tick, the speed and the checkpoints matched.
func (p *viewer) statusLine() []byte {
	b := p.line[:0]
	switch {
	case p.pb.Done():
		b = append(b, "ENDED"...)
	case p.paused:
		b = append(b, "PAUSED"...)
	default:
		b = append(b, "REPLAY"...)
	}
	b = append(b, "  tick "...)
	b = strconv.AppendUint(b, p.pb.Run.Tick, 10)
	b = append(b, " / "...)
	b = strconv.AppendUint(b, p.rp.Ticks, 10)
	b = append(b, "  "...)
	b = strconv.AppendInt(b, int64(p.speed), 10)
	b = append(b, "x  checkpoints "...)
	b = strconv.AppendInt(b, int64(p.pb.Checked()), 10)
	b = append(b, " / "...)
	b = strconv.AppendInt(b, int64(len(p.rp.Checkpoints)), 10)
	p.line = b
	return b
}

// drawBar draws the progress bar in r: the ticks played, a band under it
// as far as the checkpoints matched, a mark per checkpoint where they are
// far enough apart (green once matched), and the divergence in red over
// the ticks where it happened.
func (p *viewer) drawBar(b *sprite.Batch, r rect, css float32) {
	total := max(float32(p.rp.Ticks), 1)
	at := func(tick uint64) float32 { return r.X + r.W*min(float32(tick)/total, 1) }
	b.AddRect(assets.White, r.X, r.Y, r.W, r.H, barBack)
	b.AddRect(assets.White, r.X, r.Y, at(p.pb.Run.Tick)-r.X, r.H, barPlayed)
	checked := p.pb.Checked()
	band := 3 * css
	b.AddRect(assets.White, r.X, r.Y+r.H, at(uint64(checked)*replay.CheckpointInterval)-r.X, band, markMatched)
	n := len(p.rp.Checkpoints)
	if gap := r.W * replay.CheckpointInterval / total; gap >= minMarkGapCSS*css {
		for i := range n {
			clr := markPending
			if i < checked {
				clr = markMatched
			}
			b.AddRect(assets.White, at(uint64(i+1)*replay.CheckpointInterval)-css, r.Y, 2*css, r.H, clr)
		}
	}
	if p.pb.Err() == nil {
		return
	}
	first := p.diverged - min(p.diverged, replay.CheckpointInterval-1)
	x0, x1 := at(first), at(p.diverged)
	w := max(x1-x0, 3*css)
	b.AddRect(assets.White, x1-w, r.Y-band, w, r.H+2*band, danger)
}

// clip returns the first n bytes of s, or all of it if it is shorter.
func clip[S ~string | ~[]byte](s S, n int) S {
	if len(s) > n {
		return s[:max(n, 0)]
	}
	return s
}
