package replay

import "encoding/binary"

// Cursor walks the inputs of a Replay, one tick at a time, without
// allocating.
type Cursor struct {
	runs  []byte // encoded runs not yet started
	value Input  // input of the current run
	left  uint64 // ticks left in the current run
	tick  uint64 // inputs returned so far
}

// Next returns the input of the next tick, or ok == false once every tick
// has been returned.
func (c *Cursor) Next() (in Input, ok bool) {
	for c.left == 0 {
		if len(c.runs) == 0 {
			return 0, false
		}
		value, n := binary.Uvarint(c.runs)
		if n <= 0 {
			c.runs = nil
			return 0, false
		}
		count, m := binary.Uvarint(c.runs[n:])
		if m <= 0 {
			c.runs = nil
			return 0, false
		}
		c.runs = c.runs[n+m:]
		c.value, c.left = Input(value), count
	}
	c.left--
	c.tick++
	return c.value, true
}

// Tick reports how many inputs Next has returned so far, which is the
// number of the tick whose input Next returned last.
func (c *Cursor) Tick() uint64 {
	return c.tick
}
