package fetch

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// hostGates limits, for each host, how many requests run at once and how
// often they start.
type hostGates struct {
	perHost int
	rate    rate.Limit
	mu      sync.Mutex
	gates   map[string]*hostGate
}

type hostGate struct {
	slots   chan struct{}
	limiter *rate.Limiter
}

func newHostGates(perHost int, perSecond float64) *hostGates {
	return &hostGates{perHost: perHost, rate: rate.Limit(perSecond), gates: make(map[string]*hostGate)}
}

// acquire waits for a free slot and for the host's rate, and returns the
// function that frees the slot.
func (h *hostGates) acquire(ctx context.Context, host string) (release func(), err error) {
	g := h.gate(host)
	select {
	case g.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if err := g.limiter.Wait(ctx); err != nil {
		<-g.slots
		return nil, err
	}
	return func() { <-g.slots }, nil
}

func (h *hostGates) gate(host string) *hostGate {
	h.mu.Lock()
	defer h.mu.Unlock()
	g, ok := h.gates[host]
	if !ok {
		g = &hostGate{slots: make(chan struct{}, h.perHost), limiter: rate.NewLimiter(h.rate, 1)}
		h.gates[host] = g
	}
	return g
}

// slowDown makes requests to host start at least every interval apart, if
// that is slower than the current rate.
func (h *hostGates) slowDown(host string, interval time.Duration) {
	g := h.gate(host)
	if limit := rate.Every(interval); limit < g.limiter.Limit() {
		g.limiter.SetLimit(limit)
	}
}
