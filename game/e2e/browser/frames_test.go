//go:build !js

package browser

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// contexts tracks the JavaScript contexts of a tab's frames, so that a test
// can read the state of a game inside a cross-origin iframe.
type contexts struct {
	mu     sync.Mutex
	ids    map[runtime.ExecutionContextID]string // id to origin
	unique map[string]runtime.ExecutionContextID // unique id to id
}

// watchContexts attaches to the tab and starts recording the contexts that
// its frames create from now on.
func watchContexts(ctx context.Context, t testing.TB) *contexts {
	t.Helper()
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	c := &contexts{ids: map[runtime.ExecutionContextID]string{}, unique: map[string]runtime.ExecutionContextID{}}
	err := chromedp.Listen(ctx, func(ev any) {
		c.mu.Lock()
		defer c.mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventExecutionContextCreated:
			c.ids[ev.Context.ID] = ev.Context.Origin
			c.unique[ev.Context.UniqueID] = ev.Context.ID
		case *runtime.EventExecutionContextDestroyed:
			delete(c.ids, c.unique[ev.ExecutionContextUniqueID])
			delete(c.unique, ev.ExecutionContextUniqueID)
		case *runtime.EventExecutionContextsCleared:
			clear(c.ids)
			clear(c.unique)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// game waits for the context of an iframe whose page has
// window.swarmfield.state and whose origin starts with origin, and returns
// it.
func (c *contexts) game(ctx context.Context, t testing.TB, origin string) runtime.ExecutionContextID {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		c.mu.Lock()
		var ids []runtime.ExecutionContextID
		for id, o := range c.ids {
			if strings.HasPrefix(o, origin) {
				ids = append(ids, id)
			}
		}
		c.mu.Unlock()
		for _, id := range ids {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
				`window !== window.top && !!window.swarmfield && typeof window.swarmfield.state === "function"`, inContext(id)))
			if err == nil && ok {
				return id
			}
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t.Fatalf("no iframe of origin %s started the game; contexts by origin: %v", origin, c.ids)
	return 0
}

// inContext evaluates in the given JavaScript context.
func inContext(id runtime.ExecutionContextID) chromedp.EvaluateOption {
	return func(p *runtime.EvaluateParams) { p.ContextID = id }
}
