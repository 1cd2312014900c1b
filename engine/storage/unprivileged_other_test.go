//go:build !unix && !js

package storage

import "testing"

// rerunUnprivileged reports false: outside Unix there is no root that
// ignores permissions, and TestDirReadOnly runs as it is.
func rerunUnprivileged(*testing.T, string) bool { return false }
