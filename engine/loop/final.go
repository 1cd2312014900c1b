package loop

import "github.com/hajimehoshi/ebiten/v2"

// DrawFinalScreen copies the screen that Draw drew onto the window's or
// canvas's own, after Ebitengine has filled that with black. Where Draw
// covers the screen with opaque pixels (Config.CoversScreen) and the copy
// is 1:1, it copies without blending (ebiten.BlendCopy): the same pixels
// as Ebitengine's default copy, which blends source-over, without reading
// every pixel of the destination back, the costlier pass in a software
// renderer. Otherwise it leaves the copy to Ebitengine.
func (a *adapter) DrawFinalScreen(screen ebiten.FinalScreen, offscreen *ebiten.Image, geoM ebiten.GeoM) {
	if !a.cfg.CoversScreen || !isIdentity(geoM) {
		ebiten.DefaultDrawFinalScreen(screen, offscreen, geoM)
		return
	}
	a.final.GeoM = geoM
	a.final.Blend = ebiten.BlendCopy
	screen.DrawImage(offscreen, &a.final)
}

// isIdentity reports whether m leaves every point where it is.
func isIdentity(m ebiten.GeoM) bool {
	var id ebiten.GeoM
	return m == id
}
