package app

import (
	"encoding/base64"
	"errors"
	"strings"

	"swarmfield/assets"
	"swarmfield/game"
	"swarmfield/game/replay"
)

// maxWatchLen is the longest text that watchCode reads: a replay file of
// replay.MaxFileSize in base64. Longer text is refused before it is read.
var maxWatchLen = base64.StdEncoding.EncodedLen(replay.MaxFileSize)

// watchCode starts the replay viewer on code: a replay code (SWF1.…), a
// replay file's bytes, or those bytes in base64 as the bridge's
// replayBytes() returns them. The viewer opens over whatever the player
// was doing, which comes back intact when it closes. For a code it cannot
// play it returns an error whose message is one sentence for the player
// (see watchSentence), and the app stays as it was.
func (a *App) watchCode(code string) error {
	rp, err := parseWatch(code)
	if err == nil {
		_, err = game.OptionsFromHeader(rp.Header)
	}
	if err != nil {
		return errors.New(watchSentence(err, isCodeText(code)))
	}
	a.leaveViewer()
	return a.startViewer(rp)
}

// parseWatch reads the replay in text, as watchCode describes it.
func parseWatch(text string) (*replay.Replay, error) {
	if len(text) > maxWatchLen {
		return nil, errWatchTooLarge
	}
	if strings.TrimSpace(text) == "" {
		return nil, replay.ErrNotReplay
	}
	if strings.HasPrefix(text, replay.Magic) {
		return replay.Parse([]byte(text))
	}
	if !isCodeText(text) {
		data, err := base64.StdEncoding.DecodeString(strings.TrimSpace(text))
		if err == nil && strings.HasPrefix(string(data), replay.Magic) {
			return replay.Parse(data)
		}
	}
	return replay.Read(strings.NewReader(text))
}

// errWatchTooLarge refuses text longer than maxWatchLen.
var errWatchTooLarge = errors.New("the replay is too large to watch: the limit is 64 MiB")

// isCodeText reports whether text looks like a replay code of any
// version rather than a replay file: after any whitespace, it starts
// with "SWF" and a digit.
func isCodeText(text string) bool {
	text = strings.TrimLeft(text, " \t\n\v\f\r")
	return len(text) > 3 && strings.HasPrefix(text, "SWF") && '0' <= text[3] && text[3] <= '9'
}

// watchSentence returns what the player reads when a replay cannot be
// watched: one sentence, capitalised, with a full stop. (ASCII only: the
// messages are, and the unicode package's tables would add 30 KB to
// the gzipped download.) The replay
// package's errors about codes are already written for the player; those
// about files are technical, so a file gets one sentence per kind.
func watchSentence(err error, code bool) string {
	msg := err.Error()
	switch {
	case err == replay.ErrNotReplay, errors.Is(err, replay.ErrNotReplay) && !code:
		msg = "not a Swarmfield replay code: a code starts with " + replay.CodePrefix
	case code, errors.Is(err, replay.ErrTooLarge), errors.Is(err, replay.ErrVersion):
		// Messages that say what is wrong in the player's terms.
	case errors.Is(err, replay.ErrTruncated):
		msg = "the replay is cut short"
	case errors.Is(err, replay.ErrChecksum):
		msg = "the replay is damaged: its checksum does not match"
	case errors.Is(err, replay.ErrMalformed):
		msg = "the replay is damaged and cannot be played"
	}
	for _, prefix := range []string{"app: ", "game: ", "replay: "} {
		msg = strings.TrimPrefix(msg, prefix)
	}
	if msg != "" && 'a' <= msg[0] && msg[0] <= 'z' {
		msg = string(msg[0]-'a'+'A') + msg[1:]
	}
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	return msg
}

// viewerScene is what the player was doing when the viewer opened: the
// session's run and scene, which leaveViewer brings back.
type viewerScene struct {
	run   *game.Run
	scene game.Scene
}

// leaveViewer closes the replay viewer, if it is open, and gives the
// player back what they were doing: the title, the game-over screen, or
// their run, paused. Nothing else changed while watching: the session's
// best score, the high-score table and the settings are as they were.
func (a *App) leaveViewer() {
	p := a.viewer
	if p == nil {
		return
	}
	a.viewer = nil
	sc := p.back.scene
	if sc == game.ScenePlaying {
		sc = game.ScenePaused
	}
	a.sess.Unwatch(p.back.run, sc)
}

// watch is the bridge's watch(code): it returns "" once the viewer is
// open, or the sentence that says why it is not, which the title shows
// as well.
func (a *App) watch(code string) string {
	if err := a.watchCode(code); err != nil {
		a.refuseWatch(err)
		return err.Error()
	}
	a.watchNote = ""
	return ""
}

// refuseWatch notes why a replay code could not be watched: in the log,
// and on the title in lines that fit the field.
func (a *App) refuseWatch(err error) {
	a.cfg.Logf("swarmfield: watching a replay: %v", err)
	a.watchNote = wrapWords(err.Error(), noteChars)
}

// noteChars is how many characters of the title's note fit on a line.
const noteChars = game.FieldWidth/(2*assets.GlyphAdvance) - 2

// titleNote returns the title's note: why a replay code could not be
// watched, or else the note about the stored high-score table.
func (a *App) titleNote() string {
	if a.watchNote != "" {
		return a.watchNote
	}
	return a.board.scores.Note()
}

// wrapWords breaks s into lines of at most n bytes at spaces, and at n
// bytes where a word is longer.
func wrapWords(s string, n int) string {
	var b strings.Builder
	for len(s) > n {
		cut := strings.LastIndexByte(s[:n+1], ' ')
		next := cut + 1
		if cut <= 0 {
			cut, next = n, n
		}
		b.WriteString(s[:cut])
		b.WriteByte('\n')
		s = s[next:]
	}
	b.WriteString(s)
	return b.String()
}
