//go:build !js

package browser

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// clockTick is the unit of the CPU times in /proc/PID/stat (USER_HZ,
// 100 on Linux).
const clockTick = 10 * time.Millisecond

// childrenCPU returns the CPU time (user and system) that the processes
// descending from this one have used so far, such as a browser this test
// started and its GPU and renderer processes, with that of their own
// children that have exited, and whether /proc could tell. On a machine shared with other work, a page's CPU time per frame
// varies much less than its frame rate, which also counts the time it
// waited for a core.
func childrenCPU() (time.Duration, bool) { return descendantsCPU(os.Getpid()) }

// descendantsCPU is childrenCPU for the processes descending from root.
func descendantsCPU(root int) (time.Duration, bool) {
	byType, ok := descendantsCPUByType(root)
	var sum time.Duration
	for _, d := range byType {
		sum += d
	}
	return sum, ok
}

// childrenCPUByType is childrenCPU split by Chromium's process type: the
// value of a process's --type= flag ("gpu-process", where SwiftShader
// draws and the compositor runs; "renderer", where the page's scripts and
// wasm run), "" for the browser process and any other program.
func childrenCPUByType() (map[string]time.Duration, bool) {
	return descendantsCPUByType(os.Getpid())
}

// descendantsCPUByType is childrenCPUByType for the processes descending
// from root.
func descendantsCPUByType(root int) (map[string]time.Duration, bool) {
	type proc struct {
		ppid  int
		ticks int64
	}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	procs := make(map[int]proc, len(stats))
	for _, path := range stats {
		b, err := os.ReadFile(path)
		if err != nil {
			continue // it exited
		}
		// The command name, in parentheses, may hold spaces: fields
		// start after its last ')'. Then state, ppid, ... utime (14th
		// field of the line), stime, and cutime and cstime: the time of
		// its children that exited and were waited for.
		i := strings.LastIndexByte(string(b), ')')
		f := strings.Fields(string(b[i+1:]))
		pid, err1 := strconv.Atoi(filepath.Base(filepath.Dir(path)))
		if i < 0 || len(f) < 15 || err1 != nil {
			continue
		}
		ppid, _ := strconv.Atoi(f[1])
		var ticks int64
		for _, field := range f[11:15] {
			n, _ := strconv.ParseInt(field, 10, 64)
			ticks += n
		}
		procs[pid] = proc{ppid, ticks}
	}
	me := root
	if _, ok := procs[me]; !ok {
		return nil, false
	}
	byType := map[string]time.Duration{}
	for pid, p := range procs {
		for q, hops := p.ppid, 0; q > 1 && hops < 64; q, hops = procs[q].ppid, hops+1 {
			if q == me {
				byType[processType(pid)] += time.Duration(procs[pid].ticks) * clockTick
				break
			}
		}
	}
	return byType, true
}

// processType returns the value of the --type= flag of process pid's
// command line, "" if it has none.
func processType(pid int) string {
	b, _ := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline"))
	// Chromium rewrites its command line into one string, with spaces.
	for _, arg := range strings.FieldsFunc(string(b), func(r rune) bool { return r == 0 || r == ' ' }) {
		if t, ok := strings.CutPrefix(arg, "--type="); ok {
			return t
		}
	}
	return ""
}

// TestChildrenCPU checks that descendantsCPU counts the CPU time of a
// process's grandchild while it runs: a shell that starts a spinning
// shell. Under load the grandchild gets its time later, not less of it.
func TestChildrenCPU(t *testing.T) {
	if _, ok := childrenCPU(); !ok {
		if os.Getenv("CI") == "true" {
			t.Fatal("no /proc: CI must measure the browser's CPU time")
		}
		t.Skip("no /proc here")
	}
	spin := exec.Command("sh", "-c", "sh -c 'while :; do :; done' & wait")
	if err := spin.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		exec.Command("pkill", "-P", strconv.Itoa(spin.Process.Pid)).Run()
		spin.Process.Kill()
		spin.Wait()
	}()
	const want = 200 * time.Millisecond
	var got time.Duration
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if got, _ = descendantsCPU(spin.Process.Pid); got >= want {
			return
		}
	}
	t.Errorf("a spinning grandchild used %v of CPU in 30 s, by descendantsCPU; want at least %v", got, want)
}
