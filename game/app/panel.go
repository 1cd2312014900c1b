package app

import (
	"swarmfield/assets"
	"swarmfield/engine/perf"
	"swarmfield/engine/sprite"
	"swarmfield/engine/text"
)

// Layout of the F3 performance panel, in field units.
const (
	panelX, panelY = 8, 40
	panelW         = 430
	lineH          = 15
	sparkH         = 60   // height of the frame-time chart
	sparkMaxMs     = 50.0 // frame time at the top of the chart
	// scoreLineEnd is where the HUD's score line ends ("TIME 10:00" at
	// x 370, scale 2).
	scoreLineEnd = 520
)

var (
	panelBack   = sprite.Color{A: 1}.Alpha(0.72)
	panelText   = sprite.Opaque(0.8, 0.9, 1)
	chartColor  = sprite.Opaque(0.45, 0.95, 1)
	chartSlow   = sprite.Opaque(1, 0.45, 0.45)
	budgetColor = sprite.Opaque(1, 0.84, 0.35)
)

// drawSummary draws the always-on performance line at the top right or,
// when the score line is on screen (scoreLine) and the summary is too long
// to fit beside it, as with SLOW and hundreds of hazards, below it.
func drawSummary(glyphs *sprite.Batch, hud *perf.HUDText, scoreLine bool) {
	line := hud.Summary()
	x, y := float32(800-10-len(line)*assets.GlyphAdvance), float32(14)
	if scoreLine && x < scoreLineEnd {
		y = 34
	}
	text.DrawBytes(glyphs, line, x, y, 1, panelText)
}

// drawPanel draws the F3 panel: the summary (in red, saying SLOW, when
// the game runs slower than real time), the detail lines, the state line
// and a frame-time sparkline with the 16.7 ms budget drawn across it. It
// allocates nothing.
func drawPanel(sprites, glyphs *sprite.Batch, hud *perf.HUDText, slow bool, stateLine []byte, spark []float32) {
	details := hud.Details()
	lines := len(details) + 2
	h := float32(lines*lineH + sparkH + 24)
	sprites.AddRect(assets.White, panelX, panelY, panelW, h, panelBack)
	y := float32(panelY + 6)
	summary := panelText
	if slow {
		summary = chartSlow
	}
	text.DrawBytes(glyphs, hud.Summary(), panelX+8, y, 1, summary)
	y += lineH
	for _, line := range details {
		text.DrawBytes(glyphs, line, panelX+8, y, 1, panelText)
		y += lineH
	}
	text.DrawBytes(glyphs, stateLine, panelX+8, y, 1, panelText)
	y += lineH + 6

	// The sparkline: one bar per frame, oldest on the left.
	chartW := float32(panelW - 16)
	bottom := y + sparkH
	if n := len(spark); n > 0 {
		barW := chartW / float32(n)
		for i, ms := range spark {
			v := min(ms, sparkMaxMs)
			bh := max(1, v/sparkMaxMs*sparkH)
			clr := chartColor
			if float64(ms) > perf.BudgetMs {
				clr = chartSlow
			}
			sprites.AddRect(assets.White, panelX+8+float32(i)*barW, bottom-bh, max(barW-0.5, 0.5), bh, clr)
		}
	}
	budgetY := bottom - float32(perf.BudgetMs/sparkMaxMs)*sparkH
	sprites.AddRect(assets.White, panelX+8, budgetY, chartW, 1, budgetColor)
	text.Draw(glyphs, "16.7 ms", panelX+panelW-60, budgetY-14, 1, budgetColor)
}
