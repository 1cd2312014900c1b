package parallel

// For calls fn(lo, hi) for consecutive chunks [lo, hi) covering [0, n): the
// chunks are [0, chunk), [chunk, 2*chunk), ..., and the last one ends at n.
// The split depends only on n and chunk. Chunks may run concurrently and in
// any order; For returns once all of them have finished.
//
// A chunk <= 0 means one chunk holding the whole range; n <= 0 does
// nothing. A range of a single chunk runs serially in the caller, and so
// does a range shorter than Calibrate found to pay.
//
// If fn panics, the remaining unstarted chunks are skipped, For waits for
// the chunks already running, and then panics in the caller with the first
// recovered value.
func (p *Pool) For(n, chunk int, fn func(lo, hi int)) {
	if n <= 0 {
		return
	}
	if chunk <= 0 || chunk > n {
		chunk = n
	}
	chunks := n / chunk
	if n%chunk != 0 {
		chunks++
	}
	if chunks == 1 || p.workers == 1 || int64(n) < p.minLen.Load() || !p.mu.TryLock() {
		serial(n, chunk, fn)
		return
	}
	defer p.mu.Unlock()
	if p.closed.Load() {
		serial(n, chunk, fn)
		return
	}

	busy := min(p.workers, chunks)
	p.fn, p.n, p.chunk, p.busy = fn, n, chunk, busy
	for w := range busy {
		b := &p.blocks[w]
		b.next.Store(int64(w * chunks / busy))
		b.end = int64((w + 1) * chunks / busy)
	}
	// Open the job, then wake the helpers; a helper that still has a token
	// from an earlier For needs no other. A helper that wakes after the
	// caller has run out of chunks finds the job closed and goes back to
	// sleep: the caller never waits for a helper that has not started,
	// only for those still running a chunk.
	p.state.Store(0)
	for w := 1; w < busy; w++ {
		select {
		case p.wake[w-1] <- struct{}{}:
		default:
		}
	}
	p.work(0)
	if p.state.Add(closedBit) != closedBit {
		<-p.left
	}

	p.fn = nil
	if p.failed.Load() {
		v := p.panicV
		p.panicV = nil
		p.failed.Store(false)
		panic(v)
	}
}

// serial runs the chunks of For one after another in the caller.
func serial(n, chunk int, fn func(lo, hi int)) {
	for lo := 0; lo < n; lo += chunk {
		fn(lo, lo+min(chunk, n-lo))
	}
}

// work claims and runs chunks of the current job as worker w until none
// are left: those of its own block first, then those of the blocks after
// it. A panic in the chunk function is recorded and stops further claims.
func (p *Pool) work(w int) {
	defer func() {
		if v := recover(); v != nil {
			p.panicMu.Lock()
			if !p.failed.Load() {
				p.panicV = v
				p.failed.Store(true)
			}
			p.panicMu.Unlock()
			for i := range p.busy {
				p.blocks[i].next.Store(p.blocks[i].end)
			}
		}
	}()
	fn, n, chunk, busy := p.fn, p.n, p.chunk, p.busy
	for k := range busy {
		b := &p.blocks[(w+k)%busy]
		for {
			i := b.next.Add(1) - 1
			if i >= b.end {
				break
			}
			lo := int(i) * chunk
			fn(lo, lo+min(chunk, n-lo))
		}
	}
}
