package web

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/veille-fr/veille"
)

// Bounds on what a caller may ask for.
const (
	maxLimit   = 100
	maxOffset  = 10000
	maxTop     = 1000
	maxSources = 100
)

// searchRequest reads the parameters of GET /api/search.
func searchRequest(q url.Values) (veille.SearchRequest, error) {
	req := veille.SearchRequest{Query: q.Get("q")}
	var err error
	if req.Limit, err = intParam(q, "limit", 0, maxLimit); err != nil {
		return req, err
	}
	if req.Offset, err = intParam(q, "offset", 0, maxOffset); err != nil {
		return req, err
	}
	req.Sort, err = sortParam(q.Get("sort"))
	return req, err
}

// intParam reads an optional integer parameter between lo and hi.
func intParam(q url.Values, name string, lo, hi int) (int, error) {
	s := q.Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, veille.Errorf(veille.EINVALID, "%s wants a whole number from %d to %d, got %q", name, lo, hi, s)
	}
	return n, nil
}

func sortParam(s string) (veille.Sort, error) {
	switch veille.Sort(s) {
	case "", veille.SortRelevance:
		return veille.SortRelevance, nil
	case veille.SortDate:
		return veille.SortDate, nil
	}
	return "", veille.Errorf(veille.EINVALID, "sort wants %q or %q, got %q", veille.SortRelevance, veille.SortDate, s)
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) error {
	req, err := searchRequest(r.URL.Query())
	if err != nil {
		return err
	}
	res, err := s.store.Search(r.Context(), req)
	if err != nil {
		return fmt.Errorf("search %q: %w", req.Query, err)
	}
	if res.Hits == nil {
		res.Hits = []veille.Hit{}
	}
	if res.Facets == nil {
		res.Facets = map[string][]veille.FacetCount{}
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

func (s *Server) handleGet(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	doc, err := s.store.Get(r.Context(), id)
	if err != nil {
		return fmt.Errorf("get document %s: %w", id, err)
	}
	writeJSON(w, http.StatusOK, doc)
	return nil
}

func (s *Server) handleEntities(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	req := veille.EntitiesRequest{Type: veille.EntityType(q.Get("type"))}
	switch req.Type {
	case "", veille.TypeOrganisation, veille.TypeMachine, veille.TypeAmount:
	default:
		return veille.Errorf(veille.EINVALID, "type wants %q, %q or %q, got %q",
			veille.TypeOrganisation, veille.TypeMachine, veille.TypeAmount, req.Type)
	}
	var err error
	if req.Top, err = intParam(q, "top", 0, maxTop); err != nil {
		return err
	}
	ents, err := s.store.Entities(r.Context(), req)
	if err != nil {
		return fmt.Errorf("list entities: %w", err)
	}
	if ents == nil {
		ents = []veille.EntityCount{}
	}
	writeJSON(w, http.StatusOK, ents)
	return nil
}

// handleExport streams every document as one JSON line. Once the first line
// is sent the status cannot change: a failure then ends the stream early
// and is logged.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	started := false
	err := s.store.Export(r.Context(), func(d veille.Document) error {
		if !started {
			w.Header().Set("Content-Type", "application/x-ndjson")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusOK)
			started = true
		}
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("write document %s: %w", d.ID, err)
		}
		return nil
	})
	if err == nil && !started {
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.WriteHeader(http.StatusOK)
		return nil
	}
	if err != nil {
		if !started {
			return fmt.Errorf("export: %w", err)
		}
		s.log.Error("export stopped", "error", err)
		return nil
	}
	if err := bw.Flush(); err != nil {
		s.log.Warn("export not sent whole", "error", err)
	}
	return nil
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) error {
	n, err := s.store.Count(r.Context())
	if err != nil {
		return fmt.Errorf("count documents: %w", err)
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "documents": n})
	return nil
}

// writer guards a write endpoint with the bearer token.
func (s *Server) writer(h apiFunc) apiFunc {
	want := sha256.Sum256([]byte(s.opts.Token))
	return func(w http.ResponseWriter, r *http.Request) error {
		if s.opts.Token == "" {
			return &statusError{http.StatusForbidden, codeForbidden,
				"writes are disabled on this server: start it with VEILLE_TOKEN set to a secret and send it as \"Authorization: Bearer <token>\""}
		}
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || token == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="veille"`)
			return &statusError{http.StatusUnauthorized, codeUnauthorized,
				"this endpoint wants the server's token as \"Authorization: Bearer <token>\""}
		}
		// Comparing hashes takes the same time whatever the token's length.
		got := sha256.Sum256([]byte(token))
		if subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
			return &statusError{http.StatusForbidden, codeForbidden, "wrong token"}
		}
		return h(w, r)
	}
}

// ingestRequest is the body of POST /api/ingest.
type ingestRequest struct {
	Sources []struct {
		Ref  string            `json:"ref"`
		Kind veille.SourceKind `json:"kind"`
	} `json:"sources"`
}

// ingestSources reads and checks the sources of POST /api/ingest: http(s)
// URLs only, so that a remote caller cannot make the server read its disk.
func ingestSources(body io.Reader) ([]veille.Source, error) {
	var req ingestRequest
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return nil, bodyError("read the ingest request", err)
	}
	if len(req.Sources) == 0 {
		return nil, veille.Errorf(veille.EINVALID, `the ingest request names no source: send {"sources":[{"ref":"https://…"}]}`)
	}
	if len(req.Sources) > maxSources {
		return nil, veille.Errorf(veille.EINVALID, "the ingest request names %d sources, at most %d are allowed", len(req.Sources), maxSources)
	}
	sources := make([]veille.Source, len(req.Sources))
	for i, src := range req.Sources {
		ref := strings.TrimSpace(src.Ref)
		if !isWebURL(ref) {
			return nil, veille.Errorf(veille.EINVALID, "source %d: %q is not an http(s) URL, the only sources the API reads", i+1, src.Ref)
		}
		switch src.Kind {
		case veille.SourceAuto, veille.SourceFeed, veille.SourceSitemap, veille.SourceList:
		default:
			return nil, veille.Errorf(veille.EINVALID, "source %d: kind wants \"feed\", \"sitemap\", \"list\" or \"\", got %q", i+1, src.Kind)
		}
		sources[i] = veille.Source{Ref: ref, Kind: src.Kind}
	}
	return sources, nil
}

// isWebURL reports whether ref is an absolute http or https URL with a host.
func isWebURL(ref string) bool {
	u, err := url.Parse(ref)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// bodyError describes a request body that could not be read: too large,
// or malformed.
func bodyError(what string, err error) error {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return err
	}
	return veille.Errorf(veille.EINVALID, "%s: %v", what, err)
}

// handleIngest runs the pipeline on the sources of the request and answers
// its summary, with status 200 even when some items failed: they are in
// the summary's failures.
func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) error {
	if s.opts.Pipeline == nil {
		return &statusError{http.StatusServiceUnavailable, veille.EUNAVAILABLE, "this server does not ingest: it has no pipeline"}
	}
	sources, err := ingestSources(r.Body)
	if err != nil {
		return err
	}
	p := *s.opts.Pipeline
	p.Reader = webOnly{p.Reader}
	p.Progress = nil
	// An ingestion stops when its caller goes away or when the server's
	// grace period on shutdown is over.
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	stop := context.AfterFunc(s.stopping, cancel)
	defer stop()
	s.ingests.Add(1)
	defer s.ingests.Add(-1)
	s.log.Info("ingest", "sources", len(sources))
	sum, err := p.Run(ctx, sources)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if sum.Failures == nil {
		sum.Failures = []veille.ItemResult{}
	}
	if sum.Documents == nil {
		sum.Documents = []veille.ItemResult{}
	}
	s.log.Info("ingested", "summary", sum.String())
	writeJSON(w, http.StatusOK, sum)
	return nil
}

// putResponse is the answer of POST /api/documents.
type putResponse struct {
	Statuses []veille.PutStatus `json:"statuses"`
}

// handlePut stores the documents of a JSON Lines body.
func (s *Server) handlePut(w http.ResponseWriter, r *http.Request) error {
	docs, err := readDocuments(r.Body)
	if err != nil {
		return err
	}
	// Documents received are stored even if the caller goes away meanwhile,
	// so that what is acknowledged to a retrying caller is never half done.
	statuses, err := s.store.Put(context.WithoutCancel(r.Context()), docs)
	if err != nil {
		return fmt.Errorf("store %d documents: %w", len(docs), err)
	}
	if len(statuses) != len(docs) {
		return fmt.Errorf("store %d documents: got %d statuses", len(docs), len(statuses))
	}
	writeJSON(w, http.StatusOK, putResponse{statuses})
	return nil
}

// readDocuments reads and checks JSON Lines of documents: each must be
// valid UTF-8 and have an ID and a title. Blank lines are skipped.
func readDocuments(body io.Reader) ([]veille.Document, error) {
	br := bufio.NewReaderSize(body, 64<<10)
	var docs []veille.Document
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, bodyError(fmt.Sprintf("read line %d", n), err)
		}
		if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
			doc, derr := parseDocument(trimmed)
			if derr != nil {
				return nil, veille.Errorf(veille.EINVALID, "line %d: %v", n, derr)
			}
			docs = append(docs, doc)
		}
		if err == io.EOF {
			break
		}
	}
	if len(docs) == 0 {
		return nil, veille.Errorf(veille.EINVALID, "no document: send one JSON document per line")
	}
	return docs, nil
}

// parseDocument decodes and checks one document. JSON decoding would
// silently replace invalid UTF-8, so the raw line is checked first.
func parseDocument(line []byte) (veille.Document, error) {
	var d veille.Document
	if !utf8.Valid(line) {
		return d, errors.New("not valid UTF-8")
	}
	if err := json.Unmarshal(line, &d); err != nil {
		return d, fmt.Errorf("not a JSON document: %w", err)
	}
	switch {
	case strings.TrimSpace(d.ID) == "":
		return d, errors.New("the document has no id")
	case strings.TrimSpace(d.Title) == "":
		return d, fmt.Errorf("document %s has no title", d.ID)
	case len(d.ID) > 256:
		return d, fmt.Errorf("document id longer than 256 bytes")
	}
	return d, nil
}
