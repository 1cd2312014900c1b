package main

import (
	"fmt"
	"io"
	"sort"
)

// printCosts lists the top packages by code size and the rest in one line.
// With base, the code size of the same packages in the minimal program,
// it adds a column with what the game adds over it.
func printCosts(w io.Writer, costs, base []pkgCost, top int) {
	inBase := map[string]int{}
	baseTotal := 0
	for _, c := range base {
		inBase[c.name] = c.bytes
		baseTotal += c.bytes
	}
	total := 0
	for _, c := range costs {
		total += c.bytes
	}
	fmt.Fprintf(w, "\ncode by package, raw bytes of function bodies (gzip shrinks them about 4×):\n")
	header := fmt.Sprintf("  %-38s %10s %6s", "package", "game", "share")
	if base != nil {
		header += fmt.Sprintf(" %10s %10s", "minimal", "added")
	}
	fmt.Fprintln(w, header)
	line := func(name string, bytes, baseBytes int) {
		s := fmt.Sprintf("  %-38s %10d %5.1f%%", name, bytes, 100*float64(bytes)/float64(total))
		if base != nil {
			s += fmt.Sprintf(" %10d %+10d", baseBytes, bytes-baseBytes)
		}
		fmt.Fprintln(w, s)
	}
	rest, restBase := 0, 0
	for i, c := range costs {
		if i >= top {
			rest += c.bytes
			restBase += inBase[c.name]
			continue
		}
		line(c.name, c.bytes, inBase[c.name])
	}
	if rest > 0 {
		line("(the rest)", rest, restBase)
	}
	line("(all)", total, baseTotal)
	if base == nil {
		return
	}
	added := append([]pkgCost(nil), costs...)
	for i := range added {
		added[i].bytes -= inBase[added[i].name]
	}
	sort.SliceStable(added, func(i, j int) bool { return added[i].bytes > added[j].bytes })
	fmt.Fprintf(w, "\nwhat the game adds over the minimal program, largest first:\n")
	for i, c := range added {
		if i >= top/2 || c.bytes <= 0 {
			break
		}
		fmt.Fprintf(w, "  %-38s %+10d\n", c.name, c.bytes)
	}
}
