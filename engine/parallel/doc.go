// Package parallel provides a parallel-for over fixed-size chunks, backed by
// a pool of persistent worker goroutines.
//
// The split of a range into chunks depends only on the range length and the
// chunk size, never on the number of workers, so a kernel whose result is a
// pure function of its chunk produces bit-identical output whether the pool
// runs it serially or in parallel. On js/wasm, where GOMAXPROCS is 1, every
// pool runs serially in the calling goroutine.
//
// Each worker first runs its own contiguous block of the chunks, the same
// block in every For over the same range, so that its part of the data
// stays in its core's cache from one For to the next; a worker that is
// done helps with the blocks of the others. Calibrate measures at
// start-up from which length a parallel For pays at all on this machine:
// waking a parked helper costs microseconds, and the cores may share
// memory bandwidth, so short ranges of cheap chunks run faster serially.
//
// To keep For free of allocations, store the chunk function once (for
// example as a method value in a struct field) and pass the same value on
// every call, instead of building a new closure each tick.
package parallel
