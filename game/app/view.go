package app

import (
	"fmt"
	"image"
	"slices"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"swarmfield/assets"
	"swarmfield/engine/loop"
	"swarmfield/engine/particles"
	"swarmfield/engine/sprite"
	"swarmfield/engine/text"
	"swarmfield/game"
	"swarmfield/math/batch"
)

// Colours of the scene, premultiplied.
var (
	skyTop      = sprite.Opaque(0.035, 0.05, 0.13)
	skyBottom   = sprite.Opaque(0.07, 0.03, 0.12)
	gridTint    = sprite.Color{R: 0.35, G: 0.5, B: 0.9, A: 1}.Alpha(0.10)
	white       = sprite.Opaque(1, 1, 1)
	dimText     = sprite.Opaque(0.62, 0.68, 0.82)
	gold        = sprite.Opaque(1, 0.84, 0.35)
	cyan        = sprite.Opaque(0.45, 0.95, 1)
	danger      = sprite.Opaque(1, 0.35, 0.4)
	shade       = sprite.Color{A: 1}.Alpha(0.6)
	hazardColor = sprite.Opaque(1, 1, 1)
	sparkColor  = sprite.Opaque(1, 0.8, 0.3).Additive()
	debrisColor = sprite.Opaque(1, 0.35, 0.45).Additive()
)

// hazardArt is the drawn size of the hazard sprites' circle, in atlas
// pixels: a hazard of radius r is drawn at scale r/hazardArt*2. It is a
// float32, so that no expression with it divides integers.
const hazardArt float32 = 32

// crowdHazards is the size from which a swarm is drawn with crowdFrames:
// only stress runs (?hazards=N) reach it, as a normal run grows its swarm
// to game.MaxGrownHazards. It depends on the swarm alone, so a replay
// draws as its run did.
const crowdHazards = 1000

// crowdFrames are the hazards' atlas frames cropped to their circle of
// hazardArt pixels, without the outer ring of their glow: quads of 36%
// fewer pixels, which a frame of thousands of overlapping hazards spends
// most of its time filling in a software renderer. A crowd's sprites are
// also sampled nearest instead of linearly: Ebitengine filters linearly
// in its fragment shader, with four texel reads a pixel, which cost a
// frame of 5,000 hazards 1.7 times the browser's CPU in SwiftShader
// (docs/performance.md).
var crowdFrames = func() (f [len(assets.Hazard)]image.Rectangle) {
	for i, r := range assets.Hazard {
		inset := (r.Dx() - int(hazardArt)) / 2
		f[i] = r.Inset(inset)
	}
	return f
}()

// view draws a session with two batches: one for the sprite atlas and one
// for the font. Everything on screen goes through them.
type view struct {
	atlas   *ebiten.Image // the sprite atlas, which the touch controls share
	sprites *sprite.Batch
	glyphs  *sprite.Batch
	scale   []float32         // hazards' drawn scales, scratch
	sparks  *particles.System // orb bursts
	debris  *particles.System // the burst at the end of a run
	anim    int               // frames drawn, for pulsing and blinking
	num     []byte            // scratch for formatting numbers

	hints    hints // the keys as bound (keymap.go)
	contrast bool  // the high-contrast palette (palette.go)
	menuOpen bool  // the settings screen hides the scene's text
	feel     feel  // shake, flash, hit-stop, smooth motion (feel.go)

	// drawImagePerSprite, when set, draws hazards with one DrawImage each
	// (see Config.DrawImagePerSprite), from hazardImages with perSpriteOp.
	drawImagePerSprite bool
	hazardImages       [len(assets.Hazard)]*ebiten.Image
	perSpriteOp        ebiten.DrawImageOptions

	// screens holds what the title and game-over screens show beyond the
	// session (screens.go).
	screens screens
	// ghost is what to draw of the ghost (ghostview.go); day is the daily
	// challenge's "DAILY 2006-01-02" for the HUD, or "".
	ghost ghostMark
	day   string

	// back is the field's background (backdrop.go), drawn under the
	// sprites where the field is on the screen (area, under fit) and
	// darkened by dim, which every shade drawn this frame multiplies;
	// redraw asks for all of it.
	back   backdrop
	redraw bool
	fit    loop.Fit
	area   image.Rectangle
	dim    float32
}

func newView(drawImagePerSprite bool) (*view, error) {
	img, err := assets.Sprites()
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	glyphs, err := text.NewBatch()
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	atlas := sprite.NewImage(img)
	sprites := sprite.NewBatch(atlas)
	sprites.SetFilter(ebiten.FilterLinear)
	v := &view{
		drawImagePerSprite: drawImagePerSprite,
		atlas:              atlas,
		sprites:            sprites,
		glyphs:             glyphs,
		sparks:             particles.New(2048, 1),
		debris:             particles.New(2048, 2),
		num:                make([]byte, 0, 32),
		back:               newBackdrop(atlas),
		fit:                loop.Fit{Scale: 1},
		area:               image.Rect(0, 0, game.FieldWidth, game.FieldHeight),
		dim:                1,
	}
	for i, r := range assets.Hazard {
		v.hazardImages[i] = atlas.SubImage(r).(*ebiten.Image)
	}
	// The same sampling as the batch, so the two ways of drawing compare.
	v.perSpriteOp.Filter = ebiten.FilterLinear
	v.perSpriteOp.DisableMipmaps = true
	return v, nil
}

// update runs once per tick: it starts bursts for the tick's events and
// moves the particles.
func (v *view) update(s *game.Session) {
	if s.Scene == game.ScenePaused {
		return
	}
	r := s.Run
	if r.Events&game.EventOrb != 0 {
		v.sparks.Burst(r.TakenX, r.TakenY, 40, 4, 1.2)
	}
	if r.Events&game.EventGameOver != 0 {
		v.debris.Burst(r.PlayerX, r.PlayerY, 160, 7, 2)
	}
	if v.feel.tick(s) {
		return // hit-stop: the world holds still
	}
	v.sparks.Step()
	v.debris.Step()
}

// particleCount returns how many particles are alive.
func (v *view) particleCount() int { return v.sparks.Len() + v.debris.Len() }

// flush draws the background and everything collected this frame onto
// dst, the field's part of the screen.
func (v *view) flush(dst *ebiten.Image) {
	if !v.drawImagePerSprite { // that way, drawField drew it
		v.drawBackdrop(dst)
	}
	v.flushKept(v.sprites, dst)
	v.flushKept(v.glyphs, dst)
}

// draw collects the frame's sprites and text; flush draws them onto
// screen.
func (v *view) draw(screen *ebiten.Image, s *game.Session, persistent bool) {
	v.anim++
	v.dim = 1
	v.feel.beginFrame(s)
	v.drawField(screen, s.Run)
	if v.menuOpen {
		return
	}
	switch s.Scene {
	case game.SceneTitle:
		v.drawTitle(s, persistent)
	case game.ScenePlaying:
		v.drawHUD(s)
	case game.ScenePaused:
		v.drawHUD(s)
		v.drawShade()
		v.drawCentred("PAUSED", 230, 4, white)
		v.drawCentred(v.resumeHint(), 300, 2, dimText)
	case game.SceneGameOver:
		v.drawHUD(s)
		if v.feel.hold == 0 {
			v.drawGameOver(s)
		}
	}
}

func (v *view) drawField(screen *ebiten.Image, r *game.Run) {
	// The background is not a quad: flush copies it under them
	// (backdrop.go).
	b := v.sprites
	pal := v.palette()
	// Orbs pulse gently.
	pulse := 1 + 0.08*float32(triangle(v.anim, 60))
	for i := range game.NumOrbs {
		b.Add(assets.Orb, r.OrbX[i], r.OrbY[i], 0, pulse*game.OrbRadius*2/20*pal.orbScale, pal.orb)
	}
	if v.drawImagePerSprite && screen != nil {
		v.drawBackdrop(screen) // keep the background below the hazards
		v.sprites.Flush(screen)
		v.drawHazardsPerSprite(screen, r)
	} else {
		v.drawHazards(r)
	}
	v.sprites.AddMany(assets.Particle, v.sparks.X, v.sparks.Y, v.sparks.Rot, v.sparks.Scale, sparkColor)
	v.sprites.AddMany(assets.Particle, v.debris.X, v.debris.Y, v.debris.Rot, v.debris.Scale, debrisColor)
	v.drawGhost()
	px, py := v.feel.player()
	if !r.GameOver {
		b.Add(assets.Player, px, py, 0, pal.playerScale, white)
	} else {
		b.Add(assets.Player, px, py, 0, pal.playerScale, danger.Alpha(0.8))
	}
}

func (v *view) drawHazards(r *game.Run) {
	s := &r.Hazards
	n := s.Len()
	v.scale = slices.Grow(v.scale[:0], n)[:n]
	batch.Scale(v.scale, s.Radius, 2/hazardArt)
	// Hazards that are still warming up grow in, harmless until full size.
	for i := s.FirstWarming(); i < n; i++ {
		if w := s.Warmup[i]; w > 0 {
			v.scale[i] *= 1 - float32(w)/game.WarmupTicks
		}
	}
	// The variants all have one size and Variant indexes assets.Hazard: an
	// error is a bug, which the loop's crash report should show rather than
	// an invisible swarm.
	x, y := v.feel.hazards(r)
	frames, filter := assets.Hazard[:], ebiten.FilterLinear
	if n >= crowdHazards {
		frames, filter = crowdFrames[:], ebiten.FilterNearest
	}
	v.sprites.SetFilter(filter)
	if err := v.sprites.AddManyFrames(frames, s.Variant, x, y, s.Rot, v.scale, v.palette().hazard); err != nil {
		panic(fmt.Sprintf("app: drawing the swarm: %v", err))
	}
}

// drawHazardsPerSprite draws every hazard with its own DrawImage call.
func (v *view) drawHazardsPerSprite(screen *ebiten.Image, r *game.Run) {
	s := &r.Hazards
	op := &v.perSpriteOp
	for i := range s.Len() {
		img := v.hazardImages[s.Variant[i]]
		sc := float64(s.Radius[i] * 2 / hazardArt)
		if w := s.Warmup[i]; w > 0 {
			sc *= 1 - float64(w)/game.WarmupTicks
		}
		b := img.Bounds()
		op.GeoM.Reset()
		op.GeoM.Translate(-float64(b.Dx())/2, -float64(b.Dy())/2)
		op.GeoM.Scale(sc, sc)
		op.GeoM.Rotate(float64(s.Rot[i]))
		op.GeoM.Translate(float64(s.X[i]), float64(s.Y[i]))
		screen.DrawImage(img, op)
	}
}

func (v *view) drawHUD(s *game.Session) {
	r := s.Run
	g := v.glyphs
	v.num = append(v.num[:0], "SCORE "...)
	v.num = strconv.AppendInt(v.num, int64(r.Score), 10)
	text.DrawBytes(g, v.num, 12, 10, 2+0.6*v.feel.pulse, gold)
	v.num = append(v.num[:0], "BEST "...)
	v.num = strconv.AppendInt(v.num, s.Best, 10)
	text.DrawBytes(g, v.num, 200, 10, 2, dimText)
	secs := r.Tick / game.TicksPerSecond
	v.num = append(v.num[:0], "TIME "...)
	v.num = strconv.AppendUint(v.num, secs/60, 10)
	v.num = append(v.num, ':')
	if secs%60 < 10 {
		v.num = append(v.num, '0')
	}
	v.num = strconv.AppendUint(v.num, secs%60, 10)
	text.DrawBytes(g, v.num, 370, 10, 2, dimText)
	v.drawDay()
}

// drawShade darkens everything drawn so far on the field, as a black
// quad of opacity shade.A over the whole field would, without blending
// every pixel once more: it darkens the quads' colours and the backdrop.
// It stays a call: inlined into each of the screens that shade, its loop
// would cost the download about 2 KB.
//
//go:noinline
func (v *view) drawShade() {
	v.sprites.Darken(1 - shade.A)
	v.dim *= 1 - shade.A
}

func (v *view) drawCentred(s string, y, scale float32, clr sprite.Color) {
	text.DrawAligned(v.glyphs, s, game.FieldWidth/2, y, scale, text.Center, clr)
}

// drawCentredBytes draws one line of text centred on the field.
func (v *view) drawCentredBytes(b []byte, y, scale float32, clr sprite.Color) {
	w := float32(len(b)*assets.GlyphAdvance) * scale
	text.DrawBytes(v.glyphs, b, (game.FieldWidth-w)/2, y, scale, clr)
}

// triangle returns a wave in [-1, 1] with the given period in frames.
func triangle(t, period int) float64 {
	p := float64(t%period) / float64(period)
	if p < 0.5 {
		return 4*p - 1
	}
	return 3 - 4*p
}
