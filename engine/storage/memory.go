package storage

import "sync"

// Memory is a Store that keeps values in memory only. It is the fallback
// when the platform store is unavailable, and a convenient Store for tests.
// It is safe for concurrent use. The zero value is an empty store.
type Memory struct {
	mu     sync.Mutex
	values map[string]string
}

// NewMemory returns an empty in-memory store.
func NewMemory() *Memory {
	return &Memory{}
}

// Get returns the value stored under key. It never fails.
func (m *Memory) Get(key string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.values[key]
	return v, ok, nil
}

// Set stores value under key. It never fails: any key is accepted, so a
// test can plant values that a persistent store would refuse.
func (m *Memory) Set(key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.values == nil {
		m.values = make(map[string]string)
	}
	m.values[key] = value
	return nil
}
