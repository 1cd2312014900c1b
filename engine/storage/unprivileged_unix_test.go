//go:build unix

package storage

import (
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// rerunUnprivileged reports whether the tests run as root, which ignores
// file permissions. If so, it has run the tests matching the pattern run
// again, from a copy of the test binary, as the user nobody, and failed t
// unless they ran and passed there.
func rerunUnprivileged(t *testing.T, run string) bool {
	t.Helper()
	if os.Geteuid() != 0 {
		return false
	}
	uid, gid := uint32(65534), uint32(65534)
	if u, err := user.Lookup("nobody"); err == nil {
		if n, err := strconv.ParseUint(u.Uid, 10, 32); err == nil {
			uid = uint32(n)
		}
		if n, err := strconv.ParseUint(u.Gid, 10, 32); err == nil {
			gid = uint32(n)
		}
	}

	// The test binary and t.TempDir are in folders only root may enter.
	dir, err := os.MkdirTemp("", "storage-unprivileged")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	tmp := filepath.Join(dir, "tmp")
	if err := os.Mkdir(tmp, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(tmp, 0o777); err != nil { // past the umask
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "storage.test")
	if err := copyExecutable(bin); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(bin, "-test.run="+run, "-test.v", "-test.count=1")
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp, "GOCOVERDIR=")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uid, Gid: gid}}
	out, err := cmd.CombinedOutput()
	name := strings.TrimSuffix(strings.TrimPrefix(run, "^"), "$")
	if err != nil || !strings.Contains(string(out), "--- PASS: "+name) {
		t.Fatalf("as uid %d: %v\n%s", uid, err, out)
	}
	t.Logf("passed as uid %d, where permissions are enforced", uid)
	return true
}

// copyExecutable copies the running test binary to path, executable by
// everyone.
func copyExecutable(path string) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	src, err := os.Open(exe)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	if err := dst.Close(); err != nil {
		return err
	}
	return os.Chmod(path, 0o755)
}
