// Package perf measures the game's performance without disturbing it.
//
// It provides counters, gauges and duration histograms, a Monitor that
// times named phases of a tick, frame intervals and runtime memory and
// garbage-collection figures, a Snapshot of all of them for the HUD, the
// browser console and JSON-lines logs, and HUDText, which turns a Snapshot
// into text lines.
//
// Every call on the per-tick and per-frame paths (Monitor.End,
// Monitor.FrameMark, Monitor.TickDone, Monitor.Snapshot, HUDText.Update)
// runs without allocating once warmed up, so measuring does not itself
// cause the garbage-collection stutter it is meant to reveal. The package
// uses only the standard library and runs natively and under js/wasm.
package perf
