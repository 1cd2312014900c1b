package storage

import "fmt"

// Faulty wraps a Store and makes its calls fail on demand, so that code
// using a Store can be tested against unavailable, unreadable or full
// storage. Set GetErr or SetErr to the error to return (for example
// ErrUnavailable or ErrQuotaExceeded); nil passes the call through.
// The fields may be changed between calls. Faulty is not safe for
// concurrent use.
type Faulty struct {
	// Store is the wrapped store. A nil Store behaves like an empty
	// Memory that is created on first use.
	Store Store
	// GetErr, when non-nil, is returned (wrapped) by every Get.
	GetErr error
	// SetErr, when non-nil, is returned (wrapped) by every Set, and the
	// value is not stored.
	SetErr error
	// Gets and Sets count the calls made, failed or not.
	Gets, Sets int
}

// Get returns f.GetErr if it is set, and otherwise reads the wrapped store.
func (f *Faulty) Get(key string) (string, bool, error) {
	f.Gets++
	if f.GetErr != nil {
		return "", false, fmt.Errorf("storage: get %s: %w", key, f.GetErr)
	}
	return f.store().Get(key)
}

// Set returns f.SetErr if it is set, and otherwise writes the wrapped store.
func (f *Faulty) Set(key, value string) error {
	f.Sets++
	if f.SetErr != nil {
		return fmt.Errorf("storage: set %s: %w", key, f.SetErr)
	}
	return f.store().Set(key, value)
}

func (f *Faulty) store() Store {
	if f.Store == nil {
		f.Store = NewMemory()
	}
	return f.Store
}
