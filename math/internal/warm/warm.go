// Package warm runs benchmarks of math/ after a warm-up under js/wasm.
package warm

import (
	"runtime"
	"testing"
	"time"
)

// Duration is how long Loop calls a function before timing it under wasm.
const Duration = 200 * time.Millisecond

// Loop runs f in b.Loop after a warm-up. Under js/wasm, V8 first runs code
// from its baseline compiler and swaps in optimised code later, and b.Loop
// would time those first calls; so, like the JavaScript benchmark in
// math/batch/jsbench, Loop calls f for Duration before timing. Natively,
// where there is no JIT, it times at once.
func Loop(b *testing.B, f func()) {
	if runtime.GOOS == "js" {
		for start := time.Now(); time.Since(start) < Duration; {
			f()
		}
	}
	for b.Loop() {
		f()
	}
}
