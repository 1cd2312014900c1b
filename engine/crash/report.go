package crash

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Info is what the game knows about itself when it crashes.
type Info struct {
	Seed uint64 // seed of the current run
	Tick uint64 // ticks the current run has played
	Hash uint64 // the run's state hash
	// Scene names what the player was looking at.
	Scene string
	// Replay is the current run's replay so far in the replay file format,
	// or nil.
	Replay []byte
}

// Report is a crash report.
type Report struct {
	// App names the program in the header and the file name, such as
	// "Swarmfield"; the file name uses it in lower case.
	App     string
	Time    time.Time
	Version string
	Err     error // the crash, usually a *Panic
	Info    Info
	// InfoErr says why Info is incomplete, if gathering it failed.
	InfoErr error
}

// NewReport builds the report of err in app at time now. It calls info to
// learn about the game; a panic inside info, likely after a crash that left
// the game half-updated, is recorded in InfoErr instead of escaping.
func NewReport(err error, app, version string, now time.Time, info func() Info) Report {
	r := Report{App: app, Time: now, Version: version, Err: err}
	if info != nil {
		r.Info, r.InfoErr = gather(info)
	}
	return r
}

// gather calls info, turning a panic in it into a *Panic error.
func gather(info func() Info) (in Info, err error) {
	defer Catch(&err)
	return info(), nil
}

// Message returns the crash's one-line message.
func (r Report) Message() string {
	if r.Err == nil {
		return "unknown error"
	}
	return r.Err.Error()
}

// String returns the report as text: a header of "key: value" lines, the
// stack, and the replay in base64 (decode it with `base64 -d`) if there is
// one.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s crash report\n", r.App)
	fmt.Fprintf(&b, "time: %s\n", r.Time.UTC().Format(time.RFC3339))
	fmt.Fprintf(&b, "version: %s\n", r.Version)
	fmt.Fprintf(&b, "go: %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(&b, "error: %s\n", oneLine(r.Message()))
	fmt.Fprintf(&b, "seed: %d\n", r.Info.Seed)
	fmt.Fprintf(&b, "tick: %d\n", r.Info.Tick)
	fmt.Fprintf(&b, "hash: %016x\n", r.Info.Hash)
	if r.Info.Scene != "" {
		fmt.Fprintf(&b, "scene: %s\n", r.Info.Scene)
	}
	if r.InfoErr != nil {
		fmt.Fprintf(&b, "info: incomplete: %s\n", oneLine(r.InfoErr.Error()))
	}
	if p, ok := AsPanic(r.Err); ok {
		fmt.Fprintf(&b, "\nstack:\n%s", p.Stack)
		if len(p.Stack) > 0 && p.Stack[len(p.Stack)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	if len(r.Info.Replay) > 0 {
		fmt.Fprintf(&b, "\nreplay (%d bytes, base64):\n", len(r.Info.Replay))
		enc := base64.StdEncoding.EncodeToString(r.Info.Replay)
		for len(enc) > 76 {
			b.WriteString(enc[:76])
			b.WriteByte('\n')
			enc = enc[76:]
		}
		b.WriteString(enc)
		b.WriteByte('\n')
	}
	return b.String()
}

// FileName returns the report's file name, <app>-crash-<time>.txt with the
// app's name in lower case and the time in UTC down to the millisecond.
func (r Report) FileName() string {
	return strings.ToLower(r.App) + "-crash-" + r.Time.UTC().Format("20060102-150405.000") + ".txt"
}

// WriteFile writes the report into dir under FileName and returns its
// path. It does not overwrite an existing file.
func (r Report) WriteFile(dir string) (string, error) {
	path := filepath.Join(dir, r.FileName())
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return "", fmt.Errorf("crash: writing the report: %w", err)
	}
	_, err = f.WriteString(r.String())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("crash: writing the report %s: %w", path, err)
	}
	return path, nil
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }
