package app

import (
	"swarmfield/assets"
	"swarmfield/engine/storage"
	"swarmfield/game"
)

// keyHowto is the stored flag that the how-to has been seen.
const keyHowto = "howto"

// hintTicks is how long a first-time hint stays on screen.
const hintTicks = 3 * game.TicksPerSecond

// edgeHintMargin is how close to an edge, in field units, the player gets
// before the edge hint appears.
const edgeHintMargin = 40

// onboarding is what a new player is shown: the how-to before the first
// run, and one-line hints the first time something happens in it. It
// reads the session and never changes it.
type onboarding struct {
	store    storage.Store
	firstRun bool // the how-to has not been seen yet
	hints    bool // this session began as a first run: hints are shown
	card     int  // the how-to card shown
	hint     string
	left     int  // ticks the hint stays
	waveSeen bool // the wave hint has been shown
	edgeSeen bool // the edge hint has been shown
}

// load reads from st whether the how-to has been seen. Storage that
// does not persist (persistent is false) counts as seen, so that a player
// whose storage is blocked is not shown the how-to on every visit.
func (o *onboarding) load(st storage.Store, persistent bool) {
	o.store = st
	v, ok, err := st.Get(keyHowto)
	o.firstRun = persistent && err == nil && (!ok || v != "seen")
	o.hints = o.firstRun
}

// finish records that the how-to has been seen.
func (o *onboarding) finish(logf func(string, ...any)) {
	o.firstRun = false
	if err := o.store.Set(keyHowto, "seen"); err != nil {
		logf("swarmfield: %v", err)
	}
}

// update shows each hint the first time its moment comes in the first
// session's runs, and counts down the hint on screen.
func (o *onboarding) update(s *game.Session) {
	if o.left > 0 {
		o.left--
	}
	if !o.hints || s.Scene != game.ScenePlaying {
		return
	}
	r := s.Run
	switch {
	case !o.waveSeen && r.Events&game.EventWave != 0:
		o.waveSeen = true
		o.show("New hazards fade in: harmless until solid")
	case !o.edgeSeen && o.left == 0 && nearEdge(r.PlayerX, r.PlayerY):
		o.edgeSeen = true
		o.show("Careful: leaving the field ends the run")
	}
}

func (o *onboarding) show(hint string) {
	o.hint, o.left = hint, hintTicks
}

// nearEdge reports whether a point is within edgeHintMargin of an edge.
func nearEdge(x, y float32) bool {
	return x < edgeHintMargin || y < edgeHintMargin || x > game.FieldWidth-edgeHintMargin || y > game.FieldHeight-edgeHintMargin
}

// howtoCards is how many cards the how-to has.
const howtoCards = 3

// drawHint draws the hint on screen, if any, above the bottom edge.
func (v *view) drawHint(o *onboarding) {
	if o.left > 0 {
		v.sprites.AddRect(assets.White, 0, 500, game.FieldWidth, 40, shade)
		v.drawCentred(o.hint, 507, 2, gold)
	}
}

// drawHowto draws how-to card o.card; touch says how to move and go on.
func (v *view) drawHowto(o *onboarding, touch bool) {
	v.drawShade()
	v.drawShade()
	v.drawCentred("HOW TO PLAY", 60, 3, cyan)
	const y = 275
	switch o.card {
	case 0:
		v.drawCentred("MOVE", 130, 5, white)
		v.sprites.Add(assets.Player, game.FieldWidth/2, y, 0, 2, white)
		for i, d := range padDirs {
			v.sprites.Add(padArt[i], game.FieldWidth/2+d.dx*60, y+d.dy*60, 0, 1, cyan)
		}
		if touch {
			v.drawCentred("Hold the d-pad's arrows", 378, 2, white)
		} else {
			v.drawCentred(v.hints.howtoMove, 378, 2, white)
		}
		v.drawCentred("Each step moves you 10 units", 412, 2, dimText)
	case 1:
		v.drawCentred("TAKE ORBS", 130, 5, gold)
		for i := range 3 {
			v.sprites.Add(assets.Orb, game.FieldWidth/2+float32(i-1)*80, y, 0, 2, gold)
		}
		v.drawCentred("Every golden orb scores a point", 378, 2, white)
		v.drawCentred("Your best runs go in the high-score table", 412, 2, dimText)
	case 2:
		v.drawCentred("STAY ALIVE", 130, 5, danger)
		for i := range 3 {
			v.sprites.Add(assets.Hazard[i], game.FieldWidth/2+float32(i-1)*90, y, 0, 1+0.3*float32(i), hazardColor.Alpha(0.4+0.3*float32(i)))
		}
		v.drawCentred("A solid hazard or leaving the field ends the run", 378, 2, white)
		v.drawCentred("New hazards fade in: harmless until solid", 412, 2, dimText)
	}
	for i := range howtoCards {
		clr := dimText.Alpha(0.4)
		if i == o.card {
			clr = white
		}
		v.sprites.AddRect(assets.White, game.FieldWidth/2+float32(i-1)*30-6, 460, 12, 12, clr)
	}
	if touch {
		v.drawCentred("tap to go on", 500, 2, white)
	} else {
		v.drawCentred(v.hints.howtoNext, 500, 2, white)
	}
}
