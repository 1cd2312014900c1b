//go:build !js

package app

import (
	"errors"
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
	path, err2 := rep.WriteFile(os.TempDir())
	if err2 == nil {
		return path, nil
	}
	return "", errors.Join(err, err2)
}
