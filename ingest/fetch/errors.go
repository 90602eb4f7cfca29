package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Causes a fetch error may wrap, for errors.Is.
var (
	// ErrDisallowed means robots.txt forbids the path to veille's user agent.
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrTooLarge means the body, once decoded, is larger than Options.MaxBody.
	ErrTooLarge = errors.New("body too large")
	// ErrRedirectScheme means a redirect led to a scheme other than http(s).
	ErrRedirectScheme = errors.New("refused: not an http(s) URL")
	// ErrNonPublicAddress means Options.PublicOnly refused to connect to a
	// loopback, private or link-local address.
	ErrNonPublicAddress = errors.New("refused: not a public address")
	// ErrTooManyRedirects means a request was redirected more than Options.MaxRedirects times.
	ErrTooManyRedirects = errors.New("stopped after too many redirects")
)

// StatusError is a response whose status is not a success.
type StatusError struct {
	// URL is the URL that answered, after redirects.
	URL string
	// Code is the HTTP status code.
	Code int
	// RetryAfter is the wait the server asked for with Retry-After, if any.
	RetryAfter time.Duration
}

// Error says the status and the URL that answered it.
func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s from %s", e.Code, http.StatusText(e.Code), e.URL)
}

// transient reports whether a request that got this status may succeed later.
func (e *StatusError) transient() bool {
	return e.Code == http.StatusTooManyRequests || e.Code == http.StatusRequestTimeout ||
		(e.Code >= 500 && e.Code != http.StatusNotImplemented)
}

// HTTPStatus returns the status code, so that reports outside this package
// can show it without knowing this type.
func (e *StatusError) HTTPStatus() int { return e.Code }
