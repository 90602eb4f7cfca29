package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// fetched is a response with the validators the disk cache keeps.
type fetched struct {
	Response
	etag         string
	lastModified string
}

// attempt makes one request, once the host lets it.
func (c *Client) attempt(ctx context.Context, u *url.URL, cached *cacheEntry, maxBody int64) (*fetched, error) {
	release, err := c.hosts.acquire(ctx, u.Host)
	if err != nil {
		return nil, err
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	c.setHeaders(req, cached)
	resp, err := c.http.Do(req)
	if urlErr := (*url.Error)(nil); errors.As(err, &urlErr) && (errors.Is(err, ErrRedirectScheme) || errors.Is(err, ErrTooManyRedirects)) {
		return nil, fmt.Errorf("redirected to %s: %w", urlErr.URL, urlErr.Err)
	}
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode == http.StatusNotModified && cached != nil {
		return cached.fetched(), nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &StatusError{URL: final, Code: resp.StatusCode, RetryAfter: retryAfter(resp.Header, time.Now())}
	}
	body, err := readBody(resp, maxBody)
	if err != nil {
		return nil, err
	}
	return &fetched{
		Response: Response{
			URL:         final,
			Status:      resp.StatusCode,
			ContentType: resp.Header.Get("Content-Type"),
			Body:        body,
		},
		etag:         resp.Header.Get("ETag"),
		lastModified: resp.Header.Get("Last-Modified"),
	}, nil
}

func (c *Client) setHeaders(req *http.Request, cached *cacheEntry) {
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8")
	req.Header.Set("Accept-Language", "fr,en;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	if cached == nil {
		return
	}
	if cached.ETag != "" {
		req.Header.Set("If-None-Match", cached.ETag)
	}
	if cached.LastModified != "" {
		req.Header.Set("If-Modified-Since", cached.LastModified)
	}
}
