package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/veille-fr/veille"
)

// Codes of the failures the HTTP layer finds itself, beside veille's codes.
const (
	codeMethod       = "method_not_allowed"
	codeTooLarge     = "too_large"
	codeUnauthorized = "unauthorized"
	codeForbidden    = "forbidden"
	codeTimeout      = "timeout"
)

// statusError is a failure with its own HTTP status.
type statusError struct {
	status int
	code   string
	msg    string
}

func (e *statusError) Error() string { return e.msg }

func errMethod(got, want string) error {
	return &statusError{http.StatusMethodNotAllowed, codeMethod,
		fmt.Sprintf("method %s not allowed here, use %s", got, want)}
}

// errorBody is the JSON of every error answer.
type errorBody struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

// classify gives err its HTTP status and the body that tells the caller,
// without the detail of an internal failure. internal reports whether the
// failure is the server's own, to be logged.
func classify(err error) (status int, body errorBody, internal bool) {
	var se *statusError
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &se):
		return se.status, errorBody{se.msg, se.code}, false
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, errorBody{
			fmt.Sprintf("request body larger than %d bytes", tooBig.Limit), codeTooLarge}, false
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, errorBody{"the request took too long", codeTimeout}, true
	}
	code := veille.ErrorCode(err)
	switch code {
	case veille.EINVALID:
		return http.StatusBadRequest, errorBody{err.Error(), code}, false
	case veille.ENOTFOUND:
		return http.StatusNotFound, errorBody{err.Error(), code}, false
	case veille.EUNAVAILABLE:
		return http.StatusBadGateway, errorBody{err.Error(), code}, false
	}
	return http.StatusInternalServerError, errorBody{"internal error", veille.EINTERNAL}, true
}

// writeError answers err as JSON.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, body, internal := classify(err)
	if internal {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	writeJSON(w, status, body)
}

// writeJSON answers v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		data = []byte(`{"error":"internal error","code":"internal"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(data, '\n'))
}
