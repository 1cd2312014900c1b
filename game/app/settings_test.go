package app

import (
	"testing"

	"swarmfield/engine/input"
	"swarmfield/engine/sfx"
	"swarmfield/engine/storage"
	"swarmfield/game"
	"swarmfield/game/save"
)

// settingsApp returns an App with just what the settings screen needs,
// keeping its settings in st.
func settingsApp(t *testing.T, st storage.Store) *App {
	a := &App{controls: newControls(), view: &view{}, sess: game.NewSession(game.Options{Seed: 1}, 0)}
	a.cfg.Logf = t.Logf
	a.saver, _ = save.Load(st, func(msg string) { t.Log(msg) })
	a.dev.sound = sfx.NewPlayer(false)
	a.initSettings()
	return a
}

// TestSettingsMenuByActions drives the settings screen through actions,
// as a gamepad's buttons and the touch d-pad arrive: Back opens it, the
// d-pad moves and changes, A confirms, B closes, and what was changed is
// stored.
func TestSettingsMenuByActions(t *testing.T) {
	st := storage.NewMemory()
	a := settingsApp(t, st)
	tick := func(acts ...input.Action) bool {
		a.controls.Poll()
		for _, act := range acts {
			a.controls.Set(act, true)
		}
		return a.updateSettings()
	}
	a.sess.Update(game.PressConfirm) // playing: the screen does not open
	if tick(actSettings) || a.menu.open {
		t.Fatal("the settings opened during play")
	}
	a.sess.Update(game.PressPause)
	if !tick(actSettings) || a.sceneName() != "settings" {
		t.Fatalf("Back on the pause screen gave scene %q, want settings", a.sceneName())
	}
	tick(actDown)
	tick(actRight)
	tick(actDown)
	tick(actConfirm)
	if a.set.SFXVolume != 9 || !a.set.ReduceMotion || !a.view.feel.reduce {
		t.Fatalf("after down, right, down, A: %+v, want effects 9 and reduce motion on", a.set)
	}
	if tick(actBack); a.menu.open || a.sceneName() != "paused" {
		t.Fatalf("B left scene %q, want back to paused", a.sceneName())
	}
	if b := settingsApp(t, st); !b.set.Equal(a.set) {
		t.Fatalf("a new start read %+v, want the changed %+v", b.set, a.set)
	}
}

// TestClickRow clicks the settings rows as a mouse or a finger would:
// Back closes the screen, Reset restores the keys, and a key row waits
// for a key only where there is a keyboard; a click cancels the wait.
func TestClickRow(t *testing.T) {
	a := settingsApp(t, storage.NewMemory())
	a.menu.open = true
	a.set.Bindings[save.BindLeft] = []string{"J"}
	a.clickRow(rowReset, valueX+100)
	if got := a.set.Bindings[save.BindLeft]; len(got) != 2 || got[0] != "ArrowLeft" {
		t.Errorf("after clicking Reset, left is on %q, want the defaults", got)
	}
	a.clickRow(rowKeys, valueX+100)
	if !a.menu.capture {
		t.Error("clicking a key row with a keyboard did not wait for a key")
	}
	a.controls.Poll()
	a.settingsTick(valueX+100, 0, true)
	if a.menu.capture {
		t.Error("a click did not cancel waiting for a key")
	}
	a.dev.touch.seen = true
	a.clickRow(rowKeys, valueX+100)
	if a.menu.capture {
		t.Error("a tap on a key row waits for a key on a touch screen, which has none")
	}
	a.clickRow(rowBack, valueX+100)
	if a.menu.open {
		t.Error("tapping Back did not close the settings")
	}
}

// TestTypingKeepsCommandsOff types M, F and F3 into the initials entry:
// they are letters there, so the sound stays on and the panel closed.
func TestTypingKeepsCommandsOff(t *testing.T) {
	a := settingsApp(t, storage.NewMemory())
	a.overlay = overlayInitials
	a.controls.Poll()
	a.controls.Set(actMute, true)
	a.controls.Set(actPerf, true)
	a.pollDevices()
	if a.dev.sound.Muted() {
		t.Error("typing M into the initials muted the sound")
	}
	if !a.typing() {
		t.Fatal("the initials entry does not count as typing")
	}
	a.overlay = noOverlay
	a.pollDevices()
	if !a.dev.sound.Muted() {
		t.Error("M outside the initials entry did not mute")
	}
}
