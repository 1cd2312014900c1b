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
// started and its GPU and renderer processes, and whether /proc could
// tell. On a machine shared with other work, a page's CPU time per frame
// varies much less than its frame rate, which also counts the time it
// waited for a core.
func childrenCPU() (time.Duration, bool) {
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
		// field of the line), stime.
		i := strings.LastIndexByte(string(b), ')')
		f := strings.Fields(string(b[i+1:]))
		pid, err1 := strconv.Atoi(filepath.Base(filepath.Dir(path)))
		if i < 0 || len(f) < 13 || err1 != nil {
			continue
		}
		ppid, _ := strconv.Atoi(f[1])
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		procs[pid] = proc{ppid, ut + st}
	}
	me := os.Getpid()
	if _, ok := procs[me]; !ok {
		return 0, false
	}
	var ticks int64
	for pid, p := range procs {
		for q, hops := p.ppid, 0; q > 1 && hops < 64; q, hops = procs[q].ppid, hops+1 {
			if q == me {
				ticks += procs[pid].ticks
				break
			}
		}
	}
	return time.Duration(ticks) * clockTick, true
}

// TestChildrenCPU checks that childrenCPU counts the CPU time of a child
// process while it runs: a shell spinning for half a second.
func TestChildrenCPU(t *testing.T) {
	before, ok := childrenCPU()
	if !ok {
		t.Skip("no /proc here")
	}
	spin := exec.Command("sh", "-c", "while :; do :; done")
	if err := spin.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		spin.Process.Kill()
		spin.Wait()
	}()
	time.Sleep(500 * time.Millisecond)
	during, _ := childrenCPU()
	if got := during - before; got < 50*time.Millisecond || got > time.Second {
		t.Errorf("a child spinning for half a second used %v of CPU, by childrenCPU", got)
	}
}
