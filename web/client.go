package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/veille-fr/veille"
)

// Client sends documents to a running server: it implements veille.Putter, so `veille ingest --server URL`
// runs the pipeline locally and stores through the server that owns the index.
type Client struct {
	// BaseURL is the server's address, as "http://localhost:8080".
	BaseURL string
	// Token is the server's bearer token (VEILLE_TOKEN).
	Token string
	// HTTP sends the requests; nil means a client with a 5-minute timeout.
	HTTP *http.Client
}

// Client's bounds.
const (
	// maxPutBytes is the size above which Put splits documents over several
	// requests, well under the server's default body limit.
	maxPutBytes = 4 << 20
	// putAttempts is how many times a request is sent when the server is
	// unreachable or overloaded; storing is idempotent, so retrying is safe.
	putAttempts = 3
)

var defaultHTTP = &http.Client{Timeout: 5 * time.Minute}

// Put stores docs on the server, through POST /api/documents, and says for
// each what storing it did. Documents are sent in requests of at most 4 MiB,
// and in smaller ones if the server answers that a request is too large.
// Errors carry veille's codes: EINVALID for what the server refused (a bad
// document, a wrong token), EUNAVAILABLE when it cannot be reached. On error,
// the statuses returned are those of the documents stored before it.
func (c *Client) Put(ctx context.Context, docs []veille.Document) ([]veille.PutStatus, error) {
	lines := make([][]byte, len(docs))
	for i, d := range docs {
		line, err := json.Marshal(d)
		if err != nil {
			return nil, veille.Errorf(veille.EINVALID, "encode document %s: %w", d.ID, err)
		}
		lines[i] = append(line, '\n')
	}
	var statuses []veille.PutStatus
	for len(lines) > 0 {
		n, size := 1, len(lines[0])
		for n < len(lines) && size+len(lines[n]) <= maxPutBytes {
			size += len(lines[n])
			n++
		}
		got, err := c.putLines(ctx, lines[:n])
		statuses = append(statuses, got...)
		if err != nil {
			return statuses, err
		}
		lines = lines[n:]
	}
	return statuses, nil
}

// putLines sends documents in one request, or, if the server finds it too
// large, in two halves.
func (c *Client) putLines(ctx context.Context, lines [][]byte) ([]veille.PutStatus, error) {
	statuses, err := c.send(ctx, bytes.Join(lines, nil), len(lines))
	var tooLarge *tooLargeError
	if err == nil || len(lines) < 2 || !errors.As(err, &tooLarge) {
		return statuses, err
	}
	half := len(lines) / 2
	first, err := c.putLines(ctx, lines[:half])
	if err != nil {
		return first, err
	}
	second, err := c.putLines(ctx, lines[half:])
	return append(first, second...), err
}

// tooLargeError marks an answer 413: the request was larger than the
// server accepts.
type tooLargeError struct{ error }

func (e *tooLargeError) Unwrap() error { return e.error }

// send posts one body of n documents, retrying when the server cannot be
// reached or is overloaded.
func (c *Client) send(ctx context.Context, body []byte, n int) ([]veille.PutStatus, error) {
	var err error
	for attempt := range putAttempts {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return nil, veille.Errorf(veille.EUNAVAILABLE, "store %d documents: %w (after %v)", n, ctx.Err(), err)
			case <-time.After(time.Duration(attempt) * 500 * time.Millisecond):
			}
		}
		var statuses []veille.PutStatus
		var retry bool
		statuses, retry, err = c.post(ctx, body, n)
		if err == nil || !retry {
			return statuses, err
		}
	}
	return nil, err
}

// post sends one request and says whether a failure is worth retrying.
func (c *Client) post(ctx context.Context, body []byte, n int) ([]veille.PutStatus, bool, error) {
	endpoint := strings.TrimRight(c.BaseURL, "/") + "/api/documents"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, false, veille.Errorf(veille.EINVALID, "store documents on %s: %w", c.BaseURL, err)
	}
	req.Header.Set("Content-Type", "application/x-ndjson")
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	hc := c.HTTP
	if hc == nil {
		hc = defaultHTTP
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, ctx.Err() == nil, veille.Errorf(veille.EUNAVAILABLE, "store %d documents on %s: %w", n, c.BaseURL, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, true, veille.Errorf(veille.EUNAVAILABLE, "store %d documents on %s: read the answer: %w", n, c.BaseURL, err)
	}
	if resp.StatusCode != http.StatusOK {
		err := responseError(resp.StatusCode, data, n, c.BaseURL)
		if resp.StatusCode == http.StatusRequestEntityTooLarge {
			err = &tooLargeError{err}
		}
		return nil, retryable(resp.StatusCode), err
	}
	var out putResponse
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, false, veille.Errorf(veille.EUNAVAILABLE, "store %d documents on %s: unreadable answer: %w", n, c.BaseURL, err)
	}
	if len(out.Statuses) != n {
		return nil, false, veille.Errorf(veille.EUNAVAILABLE, "store %d documents on %s: the server answered %d statuses", n, c.BaseURL, len(out.Statuses))
	}
	return out.Statuses, false, nil
}

func retryable(status int) bool {
	return status == http.StatusBadGateway || status == http.StatusServiceUnavailable || status == http.StatusGatewayTimeout
}

// responseError turns an error answer into an error with veille's code:
// what the server refused is EINVALID (or ENOTFOUND), the rest EUNAVAILABLE.
func responseError(status int, data []byte, n int, base string) error {
	var body errorBody
	msg := strings.TrimSpace(string(data))
	if json.Unmarshal(data, &body) == nil && body.Error != "" {
		msg = body.Error
	}
	if msg == "" {
		msg = http.StatusText(status)
	}
	code := veille.EUNAVAILABLE
	switch {
	case status == http.StatusNotFound:
		code = veille.ENOTFOUND
	case status >= 400 && status < 500:
		code = veille.EINVALID
	}
	return veille.Errorf(code, "store %d documents on %s: HTTP %d: %w", n, base, status, errors.New(msg))
}
