package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Pool runs chunked loops on a fixed set of worker goroutines.
//
// For may be called from several goroutines, and from inside a chunk
// function; a call that finds the workers busy runs serially in its own
// goroutine instead of waiting. Close must not be called from inside a
// chunk function. The zero Pool is not usable; call NewPool.
type Pool struct {
	workers int // goroutines taking part in For, including the caller

	mu     sync.Mutex   // held for the whole of a parallel For, and by Close
	minLen atomic.Int64 // shorter ranges run serially (see Calibrate)
	closed atomic.Bool
	wake   []chan struct{} // helper i-1's token to join a For
	quit   chan struct{}   // closed by Close
	exited sync.WaitGroup

	// The job of the For in progress; written under mu before waking
	// helpers and read by them after receiving from wake.
	fn      func(lo, hi int)
	n       int
	chunk   int
	blocks  []block       // one per worker taking part, the caller's first
	busy    int           // how many workers take part
	state   atomic.Int64  // helpers working on the job, plus closedBit once it admits no more
	left    chan struct{} // the last helper to leave a closed job tells the caller
	failed  atomic.Bool
	panicMu sync.Mutex
	panicV  any
}

// block is the run of chunks a worker takes first, [next, end), before it
// helps with the others' blocks. Giving a worker the same part of the
// range in every For keeps that part in its core's cache. Each block has
// a cache line of its own, so that claims in one block do not slow
// claims in another (false sharing).
type block struct {
	next atomic.Int64
	end  int64
	_    [48]byte
}

// NewPool returns a pool that runs For on up to workers goroutines: the
// caller of For plus workers-1 persistent helpers started here. When
// workers <= 1 or runtime.GOMAXPROCS(0) == 1, no goroutines are started and
// For runs serially.
func NewPool(workers int) *Pool {
	if workers < 1 || runtime.GOMAXPROCS(0) == 1 {
		workers = 1
	}
	p := &Pool{workers: workers}
	if workers == 1 {
		return p
	}
	p.state.Store(closedBit)
	p.left = make(chan struct{}, 1)
	p.wake = make([]chan struct{}, workers-1)
	p.blocks = make([]block, workers)
	p.quit = make(chan struct{})
	p.exited.Add(workers - 1)
	for i := range workers - 1 {
		p.wake[i] = make(chan struct{}, 1)
		go p.help(i + 1)
	}
	return p
}

// Workers reports how many goroutines a parallel For uses, counting the
// caller. It is 1 for a serial pool and for a closed one.
func (p *Pool) Workers() int {
	if p.closed.Load() {
		return 1
	}
	return p.workers
}

// Close stops the helper goroutines and waits for them to exit. It is safe
// to call more than once. For on a closed pool runs serially.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed.Load() {
		return
	}
	p.closed.Store(true)
	if p.quit != nil {
		close(p.quit)
		p.exited.Wait()
	}
}

// help is the loop of helper w, the pool's worker w (the caller of For is
// worker 0).
func (p *Pool) help(w int) {
	defer p.exited.Done()
	for {
		select {
		case <-p.quit:
			return
		case <-p.wake[w-1]:
			if p.join() {
				p.work(w)
				p.leave()
			}
		}
	}
}

// closedBit marks, in Pool.state, a job that admits no more helpers.
const closedBit = 1 << 62

// join makes the calling helper one of the current job's workers, unless
// the job is closed: its caller has finished, or there is none.
func (p *Pool) join() bool {
	for {
		s := p.state.Load()
		if s&closedBit != 0 {
			return false
		}
		if p.state.CompareAndSwap(s, s+1) {
			return true
		}
	}
}

// leave ends a helper's part in the current job; the last helper to leave
// a closed job wakes its caller.
func (p *Pool) leave() {
	if p.state.Add(-1) == closedBit {
		p.left <- struct{}{}
	}
}
