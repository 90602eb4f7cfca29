package veille

import (
	"errors"
	"fmt"
)

// Error codes, so the CLI and the HTTP API map a failure to an exit status or
// an HTTP status once, whatever stage it comes from.
const (
	EINVALID     = "invalid"     // the input is malformed: a query, a flag, a source
	ENOTFOUND    = "not_found"   // a document or a source does not exist
	ENOTARTICLE  = "not_article" // the source is not an article: a PDF, an image, a binary
	EUNAVAILABLE = "unavailable" // a remote source failed: network, HTTP status
	EINTERNAL    = "internal"
)

// Error is a failure with an application code and a message for the user.
type Error struct {
	Code string
	// Message is the whole message, the cause's text included.
	Message string
	// Err is the underlying cause, if any, for errors.Is and errors.As.
	Err error
}

// Error returns the message for the user.
func (e *Error) Error() string { return e.Message }

// Unwrap returns the cause, for errors.Is and errors.As.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message. A %w
// verb in format wraps the cause as with fmt.Errorf.
func Errorf(code, format string, args ...any) *Error {
	err := fmt.Errorf(format, args...)
	return &Error{Code: code, Message: err.Error(), Err: errors.Unwrap(err)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL if
// there is none, and "" for a nil error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}
