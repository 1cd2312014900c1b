// Command itchzip packs the built web folder into the zip that itch.io
// takes for an HTML game: index.html at the root, the page's scripts and
// styles, and the gzip-compressed wasm, nothing else.
//
// Usage:
//
//	itchzip -dir dist/web -o dist/swarmfield-itch.zip
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

// Files are the files of the upload, in the order written.
var Files = []string{"index.html", "webgl.js", "loader.js", "page.js", "share.js", "style.css", "wasm_exec.js", "main.wasm.gz"}

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("itchzip", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "dist/web", "the built web folder")
	out := fs.String("o", "dist/swarmfield-itch.zip", "the zip to write")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "itchzip: unexpected arguments %q\n", fs.Args())
		return 2
	}
	if err := writeZip(*out, *dir, Files); err != nil {
		fmt.Fprintln(stderr, "itchzip:", err)
		return 1
	}
	return 0
}
