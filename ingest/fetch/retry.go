package fetch

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// getWithRetries makes the request, trying again after transient failures.
func (c *Client) getWithRetries(ctx context.Context, u *url.URL, cached *cacheEntry) (*fetched, error) {
	for attempt := 0; ; attempt++ {
		got, err := c.attempt(ctx, u, cached, c.opts.MaxBody)
		if err == nil {
			return got, nil
		}
		if attempt >= c.opts.Retries || !transient(ctx, err) {
			return nil, err
		}
		wait := c.backoff(attempt, err)
		c.log.Info("retrying", "url", u.Redacted(), "attempt", attempt+1, "wait", wait, "error", err)
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// transient reports whether err may go away if the request is made again.
func transient(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	var se *StatusError
	if errors.As(err, &se) {
		return se.transient()
	}
	return !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrRedirectScheme) &&
		!errors.Is(err, ErrTooManyRedirects) && !errors.Is(err, errUnsupportedEncoding)
}

// backoff returns the wait before retry attempt+1: Backoff doubled at each
// attempt with jitter, or the server's Retry-After if longer, capped at MaxWait.
func (c *Client) backoff(attempt int, err error) time.Duration {
	d := c.opts.Backoff << min(attempt, 20)
	d = d/2 + rand.N(d/2+1)
	var se *StatusError
	if errors.As(err, &se) && se.RetryAfter > d {
		d = se.RetryAfter
	}
	return min(d, c.opts.MaxWait)
}

const maxRetryAfterSeconds = 24 * 60 * 60

// retryAfter reads a Retry-After header, in seconds or as an HTTP date.
func retryAfter(h http.Header, now time.Time) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if secs, err := strconv.Atoi(v); err == nil {
		return time.Duration(min(max(secs, 0), maxRetryAfterSeconds)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0)
	}
	return 0
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
