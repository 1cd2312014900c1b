// Command sizereport prints the download size of the game's WebAssembly
// against the size budget: the gzipped sizes of the game and of a minimal
// ebiten+resolv program, their ratio, and, from an unstripped build, how
// many bytes of code each large dependency adds.
//
// Usage:
//
//	sizereport -game main.wasm -minimal minimal.wasm [-symbols full.wasm] [-budget 1.15]
//
// It exits with status 1 when the ratio is over the budget.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sizereport", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gamePath := fs.String("game", "", "the game's stripped wasm")
	minPath := fs.String("minimal", "", "the minimal program's stripped wasm, built with the same flags")
	symPath := fs.String("symbols", "", "optional: the game's wasm built without -s -w, for the costs per package")
	minSymPath := fs.String("minimal-symbols", "", "optional, with -symbols: the minimal program built without -s -w, to show what the game adds")
	budget := fs.Float64("budget", 1.15, "the largest allowed ratio of the gzipped sizes")
	top := fs.Int("top", 12, "how many packages to list")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *gamePath == "" || *minPath == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "sizereport: need -game and -minimal, and no other arguments")
		return 2
	}
	game, err := measure(*gamePath)
	if err != nil {
		fmt.Fprintln(stderr, "sizereport:", err)
		return 1
	}
	minimal, err := measure(*minPath)
	if err != nil {
		fmt.Fprintln(stderr, "sizereport:", err)
		return 1
	}
	ratio := float64(game.gzip) / float64(minimal.gzip)
	fmt.Fprintf(stdout, "%-28s %12s %12s\n", "", "raw", "gzip -9")
	fmt.Fprintf(stdout, "%-28s %12d %12d\n", "game (main.wasm)", game.raw, game.gzip)
	fmt.Fprintf(stdout, "%-28s %12d %12d\n", "minimal ebiten+resolv", minimal.raw, minimal.gzip)
	fmt.Fprintf(stdout, "ratio (gzip): %.3f, budget %.2f\n", ratio, *budget)
	if *symPath != "" {
		costs, err := readCosts(*symPath)
		if err != nil {
			fmt.Fprintln(stderr, "sizereport:", err)
			return 1
		}
		var base []pkgCost
		if *minSymPath != "" {
			if base, err = readCosts(*minSymPath); err != nil {
				fmt.Fprintln(stderr, "sizereport:", err)
				return 1
			}
		}
		printCosts(stdout, costs, base, *top)
	}
	if ratio > *budget {
		fmt.Fprintf(stderr, "sizereport: the game's wasm is %.3f× the minimal program's, over the budget of %.2f×\n", ratio, *budget)
		return 1
	}
	return 0
}

// readCosts reads an unstripped wasm file and returns its code by package.
func readCosts(path string) ([]pkgCost, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	costs, err := codeByPackage(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return costs, nil
}
