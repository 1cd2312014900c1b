// Package replay is the file format of Swarmfield's replays: a run's
// inputs and its state hash at checkpoints. Package game records runs into
// it (game.Recorder) and plays them back (game.Playback); game/app records
// every run, shows a replay in the window and verifies one without a
// window.
//
// The simulation advances in fixed ticks of 1/60 s. Each tick consumes one
// Input, a bitmask of the keys held or pressed, and every CheckpointInterval
// ticks it produces a checkpoint: a 64-bit FNV-1a hash of its state. A
// Recorder collects the inputs as run-length encoded runs together with the
// checkpoints; a Replay feeds the inputs back through a Cursor, and Check
// and CheckFinal report a state hash that differs from the recorded one as
// a *Divergence.
//
// # File format
//
// A replay file is the following sequence. Fixed-width integers are little
// endian; "uvarint" is encoding/binary's unsigned varint, and must use the
// fewest bytes possible.
//
//	size   field
//	9      magic "SWFREPLAY"
//	2      format version, uint16 (currently 1)
//	var    build version string: uvarint byte length (at most 255), then the bytes
//	8      seed, uint64
//	4      start hazards, uint32
//	4      flags, uint32
//	var    tick count, uvarint
//	var    run count, uvarint
//	var    runs, each a uvarint input value (at most 0xFFFF) then a uvarint
//	       number of ticks (at least 1); they cover the ticks in order
//	var    checkpoint count, uvarint (exactly tick count / 60)
//	8*n    checkpoint hashes, uint64; hash i is the state after tick 60*(i+1)
//	4      final score, uint32
//	8      final state hash, uint64
//	4      CRC-32 (IEEE) of every byte before it, uint32
//
// The encoding is canonical: two consecutive runs never hold the same input,
// and the run lengths add up to the tick count. Parse rejects anything else,
// so a file that parses marshals back to the same bytes. Files larger than
// MaxFileSize are refused before they are read.
//
// An hour of play (216,000 ticks) with the held keys changing every 6 ticks
// and a key tapped every 3 ticks takes about 0.6 MB, both on disk and in
// memory, because a Replay keeps its runs in the encoded form.
//
// # Replay codes
//
// A replay code is a replay file as text that can be pasted anywhere:
//
//	"SWF1." + base64url(checksum + deflated)
//
// where deflated is the replay file compressed with DEFLATE (RFC 1951,
// compress/flate), checksum is the CRC-32 (IEEE) of the deflated bytes as
// a little-endian uint32, and base64url is RFC 4648's URL-safe alphabet
// without padding. The "1" in the prefix is the code format version. Read
// ignores ASCII whitespace anywhere in a code, so line breaks added by
// mail or chat programs do no harm. A code is at most 256 KiB of text,
// whitespace included, and holds a replay of at most 4 MiB: Code refuses
// longer runs, and Read stops inflating there. Two minutes of busy play
// make a code of about 4 KB, an hour about 90 KB.
package replay
