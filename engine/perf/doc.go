// Package perf measures a game's performance without disturbing it.
//
// It provides counters, gauges and duration histograms, a Monitor that
// times named phases of a tick, frame intervals and runtime memory and
// garbage-collection figures and holds the game's own named gauges and
// per-tick counters, a Snapshot of all of them with one JSON form for
// logs and pages, and HUDText, which turns a Snapshot into text lines.
//
// Every call on the per-tick and per-frame paths (Monitor.Begin and End,
// Monitor.FrameMark, Monitor.TickDone, Gauge.Set, Counter.Add,
// Monitor.Snapshot, HUDText.Update) runs without allocating once warmed
// up, so measuring does not itself cause the garbage-collection stutter
// it is meant to reveal. The package uses only the standard library and
// runs natively and under js/wasm.
package perf
