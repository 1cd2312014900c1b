package main

import (
	"bytes"
	"encoding/binary"
	"testing"
)

func TestPackageOf(t *testing.T) {
	for sym, want := range map[string]string{
		"github.com_hajimehoshi_ebiten_v2_internal_ui.__userInterfaceImpl_.Run": "github.com/hajimehoshi/ebiten",
		"github.com_solarlune_resolv.NewSpace":                                  "github.com/solarlune/resolv",
		"math_big.nat.add":                                                      "math/big",
		"runtime.mallocgc":                                                      "runtime",
		"flag.(*FlagSet).Parse":                                                 "flag",
		"swarmfield_game.(*Run).Step":                                           "swarmfield (this game)",
		"":                                                                      "(unnamed)",
	} {
		if got := packageOf(sym); got != want {
			t.Errorf("packageOf(%q) = %q, want %q", sym, got, want)
		}
	}
}

// module builds a wasm module with one imported function, and functions of
// the given body sizes and names.
func module(sizes []int, names []string) []byte {
	var m bytes.Buffer
	m.WriteString("\x00asm\x01\x00\x00\x00")
	section := func(id byte, body []byte) {
		m.WriteByte(id)
		m.Write(binary.AppendUvarint(nil, uint64(len(body))))
		m.Write(body)
	}
	str := func(b []byte, s string) []byte {
		return append(binary.AppendUvarint(b, uint64(len(s))), s...)
	}
	imp := binary.AppendUvarint(nil, 1)
	imp = str(imp, "go")
	imp = str(imp, "debug")
	imp = append(imp, 0, 0) // a function of type 0
	section(2, imp)
	code := binary.AppendUvarint(nil, uint64(len(sizes)))
	for _, n := range sizes {
		code = binary.AppendUvarint(code, uint64(n))
		code = append(code, make([]byte, n)...)
	}
	section(10, code)
	var fn []byte
	fn = binary.AppendUvarint(fn, uint64(len(names)))
	for i, name := range names {
		fn = binary.AppendUvarint(fn, uint64(i+1)) // after the import
		fn = str(fn, name)
	}
	sub := append([]byte{1}, binary.AppendUvarint(nil, uint64(len(fn)))...)
	section(0, append(str(nil, "name"), append(sub, fn...)...))
	return m.Bytes()
}

func TestCodeByPackage(t *testing.T) {
	mod := module([]int{100, 30, 50}, []string{"runtime.a", "math_big.b", "runtime.c"})
	costs, err := codeByPackage(mod)
	if err != nil {
		t.Fatal(err)
	}
	if len(costs) != 2 || costs[0] != (pkgCost{"runtime", 150, 2}) || costs[1] != (pkgCost{"math/big", 30, 1}) {
		t.Fatalf("costs %+v, want runtime 150 in 2 funcs, then math/big 30", costs)
	}
	if _, err := codeByPackage(module([]int{10}, nil)); err == nil {
		t.Error("a module without names gave no error")
	}
	if _, err := codeByPackage([]byte("not wasm")); err == nil {
		t.Error("garbage gave no error")
	}
	if _, err := codeByPackage(mod[:len(mod)-5]); err == nil {
		t.Error("a truncated module gave no error")
	}
}
