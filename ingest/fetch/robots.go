package fetch

import (
	"context"
	"errors"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"github.com/veille-fr/veille"
)

// maxCrawlDelay caps the Crawl-delay a robots.txt may ask for.
const maxCrawlDelay = 30 * time.Second

// robotsCache keeps the robots.txt of each host once it has been read.
type robotsCache struct {
	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

// robotsEntry is one host's robots.txt; its mutex makes concurrent requests
// to a new host wait for a single fetch.
type robotsEntry struct {
	mu   sync.Mutex
	data *robotstxt.RobotsData
}

func newRobotsCache() *robotsCache {
	return &robotsCache{hosts: make(map[string]*robotsEntry)}
}

func (r *robotsCache) entry(origin string) *robotsEntry {
	r.mu.Lock()
	defer r.mu.Unlock()
	e, ok := r.hosts[origin]
	if !ok {
		e = &robotsEntry{}
		r.hosts[origin] = e
	}
	return e
}

// checkRobots returns an error wrapping ErrDisallowed if the robots.txt of
// u's host forbids u to the client's user agent. A Crawl-delay in it slows
// the host's rate down.
func (c *Client) checkRobots(ctx context.Context, u *url.URL) error {
	origin := u.Scheme + "://" + u.Host
	e := c.robots.entry(origin)
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.data == nil {
		data, err := c.fetchRobots(ctx, origin)
		if err != nil {
			return veille.Errorf(veille.EUNAVAILABLE, "fetch %s: read %s/robots.txt: %w", u.Redacted(), origin, err)
		}
		e.data = data
		if delay := data.FindGroup(c.opts.UserAgent).CrawlDelay; delay > 0 {
			c.hosts.slowDown(u.Host, min(delay, maxCrawlDelay))
		}
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !e.data.TestAgent(path, c.opts.UserAgent) {
		return veille.Errorf(veille.EUNAVAILABLE, "fetch %s: %w", u.Redacted(), ErrDisallowed)
	}
	return nil
}

// fetchRobots reads origin's robots.txt in one attempt. A missing file (4xx)
// allows everything; a server error (5xx) disallows everything, as search
// engines do; a file that cannot be parsed allows everything.
func (c *Client) fetchRobots(ctx context.Context, origin string) (*robotstxt.RobotsData, error) {
	u, err := url.Parse(origin + "/robots.txt")
	if err != nil {
		return nil, err
	}
	got, err := c.attempt(ctx, u, nil, maxRobotsBytes)
	var se *StatusError
	switch {
	case errors.As(err, &se):
		return robotstxt.FromStatusAndBytes(se.Code, nil)
	case errors.Is(err, ErrTooLarge):
		c.log.Warn("robots.txt too large, ignored", "origin", origin)
		return robotstxt.FromStatusAndBytes(404, nil)
	case err != nil:
		return nil, err
	}
	data, err := robotstxt.FromBytes(got.Body)
	if err != nil {
		c.log.Warn("robots.txt unreadable, ignored", "origin", origin, "error", err)
		return robotstxt.FromStatusAndBytes(404, nil)
	}
	return data, nil
}
