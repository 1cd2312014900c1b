package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// pkgCost is the code size of the functions of one package or module.
type pkgCost struct {
	name  string
	bytes int
	funcs int
}

// codeByPackage reads a WebAssembly module with a name section (a Go
// build without -s -w) and returns the size of the function bodies by
// package, largest first. Packages of the standard library are grouped by
// their first path element, others by their module-like first three.
func codeByPackage(mod []byte) ([]pkgCost, error) {
	if len(mod) < 8 || !bytes.Equal(mod[:4], []byte("\x00asm")) {
		return nil, errors.New("not a WebAssembly module")
	}
	r := bytes.NewReader(mod[8:])
	var imported int
	var bodies []int
	names := map[int]string{}
	for r.Len() > 0 {
		id, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		n, err := binary.ReadUvarint(r)
		if err != nil || n > uint64(r.Len()) {
			return nil, fmt.Errorf("section %d: bad length", id)
		}
		sec := make([]byte, n)
		io.ReadFull(r, sec) // n bytes are there: checked above
		s := bytes.NewReader(sec)
		switch id {
		case 2: // imports
			if imported, err = countFuncImports(s); err != nil {
				return nil, fmt.Errorf("import section: %w", err)
			}
		case 10: // code
			count, err := binary.ReadUvarint(s)
			if err != nil {
				return nil, errors.New("code section: bad count")
			}
			for range count {
				size, err := binary.ReadUvarint(s)
				if err != nil || size > uint64(s.Len()) {
					return nil, errors.New("code section: bad body")
				}
				bodies = append(bodies, int(size))
				s.Seek(int64(size), io.SeekCurrent)
			}
		case 0: // custom
			name, err := readName(s)
			if err != nil {
				return nil, fmt.Errorf("custom section: %w", err)
			}
			if name == "name" {
				if err := readFuncNames(s, names); err != nil {
					return nil, fmt.Errorf("name section: %w", err)
				}
			}
		}
	}
	if len(names) == 0 {
		return nil, errors.New("no function names: build it without -ldflags=-s -w")
	}
	byPkg := map[string]*pkgCost{}
	for i, size := range bodies {
		p := packageOf(names[imported+i])
		c := byPkg[p]
		if c == nil {
			c = &pkgCost{name: p}
			byPkg[p] = c
		}
		c.bytes += size
		c.funcs++
	}
	costs := make([]pkgCost, 0, len(byPkg))
	for _, c := range byPkg {
		costs = append(costs, *c)
	}
	sort.Slice(costs, func(i, j int) bool {
		if costs[i].bytes != costs[j].bytes {
			return costs[i].bytes > costs[j].bytes
		}
		return costs[i].name < costs[j].name
	})
	return costs, nil
}

func countFuncImports(s *bytes.Reader) (int, error) {
	count, err := binary.ReadUvarint(s)
	if err != nil {
		return 0, err
	}
	funcs := 0
	for range count {
		if _, err := readName(s); err != nil {
			return 0, err
		}
		if _, err := readName(s); err != nil {
			return 0, err
		}
		kind, err := s.ReadByte()
		if err != nil {
			return 0, err
		}
		switch kind {
		case 0: // function: type index
			funcs++
			_, err = binary.ReadUvarint(s)
		case 1: // table: reftype, limits
			s.ReadByte()
			err = skipLimits(s)
		case 2: // memory: limits
			err = skipLimits(s)
		case 3: // global: valtype, mutability
			s.ReadByte()
			_, err = s.ReadByte()
		default:
			return 0, fmt.Errorf("unknown import kind %d", kind)
		}
		if err != nil {
			return 0, err
		}
	}
	return funcs, nil
}

func skipLimits(s *bytes.Reader) error {
	flag, err := s.ReadByte()
	if err != nil {
		return err
	}
	if _, err := binary.ReadUvarint(s); err != nil {
		return err
	}
	if flag&1 != 0 {
		_, err = binary.ReadUvarint(s)
	}
	return err
}

func readName(s *bytes.Reader) (string, error) {
	n, err := binary.ReadUvarint(s)
	if err != nil || n > uint64(s.Len()) {
		return "", errors.New("bad name")
	}
	b := make([]byte, n)
	io.ReadFull(s, b)
	return string(b), nil
}

// readFuncNames reads the function-names subsection of a name section.
func readFuncNames(s *bytes.Reader, names map[int]string) error {
	for s.Len() > 0 {
		id, err := s.ReadByte()
		if err != nil {
			return err
		}
		n, err := binary.ReadUvarint(s)
		if err != nil || n > uint64(s.Len()) {
			return errors.New("bad subsection")
		}
		if id != 1 {
			s.Seek(int64(n), io.SeekCurrent)
			continue
		}
		count, err := binary.ReadUvarint(s)
		if err != nil {
			return err
		}
		for range count {
			idx, err := binary.ReadUvarint(s)
			if err != nil {
				return err
			}
			name, err := readName(s)
			if err != nil {
				return err
			}
			names[int(idx)] = name
		}
	}
	return nil
}

// packageOf returns the group a symbol counts towards. Go's wasm linker
// writes a package path's slashes as underscores, as in
// "github.com_hajimehoshi_ebiten_v2_internal_ui.__userInterfaceImpl_.Run"
// (it writes every character but letters, digits, '_' and '.' as '_');
// a third-party package counts towards its repository (host/owner/name),
// the standard library's packages each count on their own.
func packageOf(sym string) string {
	host := ""
	if i := strings.IndexByte(sym, '_'); i > 0 && isHost(sym[:i]) {
		host, sym = sym[:i], sym[i+1:]
	}
	path := sym
	if dot := strings.IndexByte(sym, '.'); dot >= 0 {
		path = sym[:dot]
	}
	if path == "" {
		return "(unnamed)"
	}
	parts := strings.Split(path, "_")
	if host == "" {
		if parts[0] == "swarmfield" {
			return "swarmfield (this game)"
		}
		return strings.Join(parts, "/")
	}
	if len(parts) > 2 {
		parts = parts[:2]
	}
	return host + "/" + strings.Join(parts, "/")
}

// isHost reports whether s looks like a module path's host, such as
// github.com: letters, digits, hyphens and at least one inner dot.
func isHost(s string) bool {
	dot := strings.IndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}
