package storage

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckKey(t *testing.T) {
	good := []string{"best", "muted", "a", "0", "high_score-2", strings.Repeat("z", 64)}
	for _, k := range good {
		if err := checkKey(k); err != nil {
			t.Errorf("checkKey(%q) = %v, want nil", k, err)
		}
	}
	bad := []string{"", strings.Repeat("z", 65), "Best", "a.b", "../x", "a/b", `a\b`, "a b", "ключ", "a\x00", ".tmp-best", "a:b"}
	for _, k := range bad {
		err := checkKey(k)
		if !errors.Is(err, ErrInvalidKey) {
			t.Errorf("checkKey(%q) = %v, want ErrInvalidKey", k, err)
		}
	}
}

func TestMemory(t *testing.T) {
	m := NewMemory()
	if v, ok, err := m.Get("best"); ok || err != nil || v != "" {
		t.Fatalf("Get on empty store = %q, %v, %v; want \"\", false, nil", v, ok, err)
	}
	for _, v := range []string{"1", "", "two"} {
		if err := m.Set("best", v); err != nil {
			t.Fatalf("Set(%q): %v", v, err)
		}
		got, ok, err := m.Get("best")
		if got != v || !ok || err != nil {
			t.Fatalf("Get after Set(%q) = %q, %v, %v", v, got, ok, err)
		}
	}
	var zero Memory
	if err := zero.Set("k", "v"); err != nil {
		t.Fatalf("zero Memory Set: %v", err)
	}
	if v, ok, _ := zero.Get("k"); !ok || v != "v" {
		t.Fatalf("zero Memory Get = %q, %v", v, ok)
	}
}

func TestFaulty(t *testing.T) {
	inner := NewMemory()
	inner.Set("best", "7")
	f := &Faulty{Store: inner}

	if v, ok, err := f.Get("best"); v != "7" || !ok || err != nil {
		t.Fatalf("pass-through Get = %q, %v, %v", v, ok, err)
	}

	readErr := errors.New("disk on fire")
	f.GetErr = readErr
	if _, ok, err := f.Get("best"); ok || !errors.Is(err, readErr) {
		t.Fatalf("Get with GetErr = %v, %v; want wrapped %v", ok, err, readErr)
	}

	f.SetErr = ErrQuotaExceeded
	if err := f.Set("best", "9"); !errors.Is(err, ErrQuotaExceeded) {
		t.Fatalf("Set with SetErr = %v, want ErrQuotaExceeded", err)
	}
	if v, _, _ := inner.Get("best"); v != "7" {
		t.Fatalf("failed Set changed the wrapped store to %q", v)
	}

	f.GetErr, f.SetErr = nil, nil
	if err := f.Set("best", "9"); err != nil {
		t.Fatalf("Set after clearing SetErr: %v", err)
	}
	if v, _, _ := inner.Get("best"); v != "9" {
		t.Fatalf("wrapped store has %q after Set, want 9", v)
	}
	if f.Gets != 2 || f.Sets != 2 {
		t.Fatalf("counted %d gets, %d sets; want 2, 2", f.Gets, f.Sets)
	}

	var empty Faulty
	if _, ok, err := empty.Get("x"); ok || err != nil {
		t.Fatalf("nil-Store Faulty Get = %v, %v", ok, err)
	}
}
