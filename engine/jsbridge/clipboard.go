package jsbridge

import "errors"

// ErrNoClipboard is the error WriteClipboard reports where there is no
// clipboard to write to: outside the browser, or in a browser without
// navigator.clipboard (a page not served over HTTPS or from localhost).
var ErrNoClipboard = errors.New("jsbridge: no clipboard here")
