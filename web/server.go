// Package web serves veille over HTTP: a JSON API to search, read, export
// and store documents, and a server-rendered search page that needs no
// JavaScript. It answers from a veille.Store and ingests through a
// veille.Pipeline; Client is the other end of POST /api/documents.
//
// Routes:
//
//	GET  /                      the search page; /?q=… shows results
//	GET  /documents/{id}        one document with its entities highlighted
//	GET  /api/search            veille.SearchResult as JSON (q, limit, offset, sort)
//	GET  /api/documents/{id}    veille.Document as JSON
//	GET  /api/entities          []veille.EntityCount as JSON (type, top)
//	GET  /api/export            every document, as JSON Lines
//	POST /api/ingest            runs the pipeline on http(s) sources (token)
//	POST /api/documents         stores JSON Lines of documents (token)
//	GET  /healthz               {"status":"ok","documents":N}
//
// Errors are JSON {"error":…,"code":…}; the status follows the error code
// (invalid 400, not_found 404, unavailable 502, anything else 500, whose
// detail is logged and not sent). POST /api/ingest answers 200 with the
// veille.Summary even when some sources or items failed: they are listed in
// its "failures". An ingestion runs while its request is open: a caller that
// goes away stops it, and what was stored by then stays stored.
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/veille-fr/veille"
)

// Defaults of Options.
const (
	defaultMaxBody        = 8 << 20
	defaultRequestTimeout = 30 * time.Second
	// longTimeout bounds the requests that may rightly take long: an
	// ingestion and an export of the whole index.
	longTimeout = 10 * time.Minute
	// defaultShutdownGrace is how long Serve waits for in-flight requests
	// once its context is done.
	defaultShutdownGrace = 30 * time.Second
)

// Options configures a Server.
type Options struct {
	// Pipeline runs POST /api/ingest (its Store is the server's store); nil answers 503.
	Pipeline *veille.Pipeline
	// Token is the bearer token write endpoints require (the CLI reads it from VEILLE_TOKEN);
	// empty refuses every write with 403 and a message saying how to set it.
	Token string
	// Logger receives a line per request and the failures of the server;
	// nil discards them.
	Logger *slog.Logger
	// MaxBody is the request body limit in bytes; zero means 8 MiB.
	MaxBody int64
	// RequestTimeout bounds each request; zero means 30 s. An ingestion or
	// an export gets 10 minutes, or RequestTimeout if it is longer.
	RequestTimeout time.Duration
	// Hosts, if set, are the only host names (without port) a request may
	// name in its Host header; others get 421. A server on loopback sets
	// them to its loopback names, so a web page whose domain resolves to
	// 127.0.0.1 (DNS rebinding) cannot read or write through it.
	Hosts []string
}

// Server answers the API and the page of `veille serve` from a store.
type Server struct {
	store   veille.Store
	opts    Options
	log     *slog.Logger
	handler http.Handler

	// grace bounds the wait for in-flight requests on shutdown.
	grace time.Duration
	// stopping is cancelled once the grace period is over, so that
	// ingestions still running stop and keep what they stored.
	stopping context.Context
	stop     context.CancelFunc
	// running counts the requests being handled, so that Serve returns
	// only once they are all done.
	running sync.WaitGroup
	// ingests counts the ingestions in progress.
	ingests atomic.Int32
}

// New returns a server over store configured by opts.
func New(store veille.Store, opts Options) *Server {
	if opts.MaxBody <= 0 {
		opts.MaxBody = defaultMaxBody
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = defaultRequestTimeout
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{store: store, opts: opts, log: log, grace: defaultShutdownGrace}
	s.stopping, s.stop = context.WithCancel(context.Background())
	s.handler = s.checkHost(s.routes())
	return s
}

// checkHost refuses requests whose Host header is not one of Options.Hosts.
func (s *Server) checkHost(next http.Handler) http.Handler {
	if len(s.opts.Hosts) == 0 {
		return next
	}
	allowed := make(map[string]bool, len(s.opts.Hosts))
	for _, h := range s.opts.Hosts {
		allowed[strings.ToLower(strings.Trim(h, "[]"))] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		if !allowed[strings.ToLower(strings.Trim(host, "[]"))] {
			http.Error(w, "unknown host "+strconv.Quote(r.Host), http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Handler returns the handler of every route, for tests or another server.
func (s *Server) Handler() http.Handler { return s.handler }

// Serve serves on ln until ctx is done, then shuts down gracefully: in-flight requests (an ingest
// whose documents are being stored) finish before Serve returns (bounded wait, e.g. 30 s).
// Past the grace period, ingestions still running are stopped, keeping what they stored,
// and Serve says so in its error. A Server serves once.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.track(s.handler),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		s.stop()
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "grace", s.grace)
	shutCtx, cancel := context.WithTimeout(context.Background(), s.grace)
	defer cancel()
	err := srv.Shutdown(shutCtx)
	if err != nil {
		// Requests still running after the grace period are told to stop:
		// an ingestion then stores what it has read and returns.
		s.log.Warn("requests still running after the grace period, stopping them", "error", err)
		s.stop()
		srv.Close()
	}
	s.stop() // releases the context when every request finished in time
	s.waitRunning(10 * time.Second)
	if e := <-served; !errors.Is(e, http.ErrServerClosed) {
		return fmt.Errorf("serve on %s: %w", ln.Addr(), e)
	}
	if err != nil {
		return fmt.Errorf("shut down the server on %s: %w", ln.Addr(), err)
	}
	return nil
}

// track counts the requests being handled.
func (s *Server) track(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.running.Add(1)
		defer s.running.Done()
		h.ServeHTTP(w, r)
	})
}

// runningIngests returns the number of ingestions in progress.
func (s *Server) runningIngests() int { return int(s.ingests.Load()) }

// waitRunning waits at most d for the requests being handled.
func (s *Server) waitRunning(d time.Duration) {
	done := make(chan struct{})
	go func() {
		s.running.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(d):
		s.log.Warn("requests still running after shutdown")
	}
}

// routes maps every path to its handler, wrapped in the security headers.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	short, long := s.opts.RequestTimeout, max(s.opts.RequestTimeout, longTimeout)

	mux.Handle("/{$}", s.page(short, s.handleIndex))
	mux.Handle("/documents/{id}", s.page(short, s.handleDocumentPage))
	mux.Handle("/", s.page(short, s.handleNotFoundPage))
	mux.Handle("/favicon.ico", s.page(short, func(w http.ResponseWriter, r *http.Request) error {
		// No icon: an empty answer that browsers keep, instead of an error page per visit.
		w.Header().Set("Cache-Control", "public, max-age=86400")
		w.WriteHeader(http.StatusNoContent)
		return nil
	}))

	mux.Handle("/api/search", s.api(short, http.MethodGet, s.handleSearch))
	mux.Handle("/api/documents/{id}", s.api(short, http.MethodGet, s.handleGet))
	mux.Handle("/api/entities", s.api(short, http.MethodGet, s.handleEntities))
	mux.Handle("/api/export", s.api(long, http.MethodGet, s.handleExport))
	mux.Handle("/api/ingest", s.api(long, http.MethodPost, s.writer(s.handleIngest)))
	mux.Handle("/api/documents", s.api(short, http.MethodPost, s.writer(s.handlePut)))
	mux.Handle("/healthz", s.api(short, http.MethodGet, s.handleHealth))
	mux.Handle("/api/", s.api(short, "", func(w http.ResponseWriter, r *http.Request) error {
		return veille.Errorf(veille.ENOTFOUND, "no API route %s", r.URL.Path)
	}))
	return s.accessLog(securityHeaders(compress(mux)))
}

// accessLog logs one line per request: method, path, status and duration.
func (s *Server) accessLog(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
			"duration", time.Since(start).Round(time.Microsecond))
	})
}

// statusRecorder remembers the status of an answer.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// apiFunc is an API handler: an error it returns is answered as JSON.
type apiFunc func(w http.ResponseWriter, r *http.Request) error

// api wraps an API handler: it checks the method (GET also allows HEAD;
// an empty method allows none), bounds the time and the body, and answers
// a returned error as JSON.
func (s *Server) api(timeout time.Duration, method string, h apiFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if method != "" && !methodAllowed(method, r.Method) {
			w.Header().Set("Allow", allowHeader(method))
			s.writeError(w, r, errMethod(r.Method, method))
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		r = r.WithContext(ctx)
		r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
		if err := h(w, r); err != nil {
			s.writeError(w, r, err)
		}
	})
}

// pageFunc is a page handler: an error it returns is answered as an HTML page.
type pageFunc func(w http.ResponseWriter, r *http.Request) error

// page wraps a page handler: GET and HEAD only, bounded in time.
func (s *Server) page(timeout time.Duration, h pageFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !methodAllowed(http.MethodGet, r.Method) {
			w.Header().Set("Allow", allowHeader(http.MethodGet))
			s.renderError(w, r, errMethod(r.Method, http.MethodGet))
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		if err := h(w, r.WithContext(ctx)); err != nil {
			s.renderError(w, r, err)
		}
	})
}

func methodAllowed(want, got string) bool {
	return got == want || (want == http.MethodGet && got == http.MethodHead)
}

func allowHeader(method string) string {
	if method == http.MethodGet {
		return "GET, HEAD"
	}
	return method
}

// securityHeaders sets the headers every answer carries: the page loads
// nothing but itself and its inline style, and runs no script.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; script-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "same-origin")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}
