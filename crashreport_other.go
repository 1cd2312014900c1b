//go:build !js

package main

import (
	"os"

	"swarmfield/engine/crash"
)

// deliverCrash writes the report to swarmfield-crash-<time>.txt in the
// current folder, or in the temporary folder if that fails, and returns
// its path.
func deliverCrash(rep crash.Report) (string, error) {
	path, err := rep.WriteFile(".")
	if err == nil {
		return path, nil
	}
	if path, err2 := rep.WriteFile(os.TempDir()); err2 == nil {
		return path, nil
	}
	return "", err
}
