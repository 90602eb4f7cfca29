package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/veille-fr/veille"
)

const testToken = "s3cret-jeton"

// do sends a request to h and returns the answer.
func do(t *testing.T, h http.Handler, method, target, body string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// decode reads a JSON answer into v, failing the test if it is not JSON.
func decode(t *testing.T, rec *httptest.ResponseRecorder, v any) {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type = %q, want JSON; body %s", ct, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("answer is not JSON: %v: %s", err, rec.Body)
	}
}

// wantError checks an error answer: its status and its JSON code.
func wantError(t *testing.T, rec *httptest.ResponseRecorder, status int, code string) errorBody {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status = %d, want %d; body %s", rec.Code, status, rec.Body)
	}
	var body errorBody
	decode(t, rec, &body)
	if body.Code != code || body.Error == "" {
		t.Fatalf("error = %+v, want code %q and a message", body, code)
	}
	return body
}

func TestSearchJSON(t *testing.T) {
	h := New(newFakeStore(frenchDocs(t)...), Options{}).Handler()
	rec := do(t, h, "GET", "/api/search?q=supercalculateur&limit=1&sort=date", "")
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d: %s", rec.Code, rec.Body)
	}
	var raw struct {
		Total  int                          `json:"total"`
		Hits   []map[string]json.RawMessage `json:"hits"`
		Facets map[string][]veille.FacetCount
	}
	decode(t, rec, &raw)
	if raw.Total != 2 || len(raw.Hits) != 1 {
		t.Fatalf("total %d, %d hits; want 2 and 1 (limit)", raw.Total, len(raw.Hits))
	}
	for _, key := range []string{"id", "title", "source", "url", "published", "snippet", "organisations", "machines", "amounts"} {
		if _, ok := raw.Hits[0][key]; !ok {
			t.Errorf("hit has no %q field: %v", key, raw.Hits[0])
		}
	}
	if id := string(raw.Hits[0]["id"]); id != `"a1genci"` {
		t.Errorf("newest hit = %s, want a1genci (sort=date)", id)
	}
	if got := raw.Facets["machines"]; len(got) == 0 || got[0] != (veille.FacetCount{Value: "Jean Zay", Count: 2}) {
		t.Errorf("machines facet = %v, want Jean Zay first with 2", got)
	}
}

func TestSearchErrors(t *testing.T) {
	tests := []struct {
		name   string
		target string
		fail   error
		status int
		code   string
	}{
		{"bad sort", "/api/search?q=IA&sort=popularite", nil, 400, veille.EINVALID},
		{"limit too large", "/api/search?q=IA&limit=1000", nil, 400, veille.EINVALID},
		{"negative offset", "/api/search?q=IA&offset=-10", nil, 400, veille.EINVALID},
		{"limit not a number", "/api/search?q=IA&limit=dix", nil, 400, veille.EINVALID},
		{"malformed query", "/api/search?q=%22Jean+Zay", nil, 400, veille.EINVALID},
		{"remote failure", "/api/search?q=IA", veille.Errorf(veille.EUNAVAILABLE, "index shard unreachable"), 502, veille.EUNAVAILABLE},
		{"internal failure", "/api/search?q=IA", errors.New("bolt: /var/lib/veille/index.db corrupted"), 500, veille.EINTERNAL},
		{"unknown API route", "/api/recherche", nil, 404, veille.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := newFakeStore(frenchDocs(t)...)
			store.fail = tt.fail
			body := wantError(t, do(t, New(store, Options{}).Handler(), "GET", tt.target, ""), tt.status, tt.code)
			if tt.status == 500 && strings.Contains(body.Error, "bolt") {
				t.Errorf("internal detail leaked: %q", body.Error)
			}
		})
	}
}

func TestGetDocument(t *testing.T) {
	docs := frenchDocs(t)
	h := New(newFakeStore(docs...), Options{}).Handler()
	rec := do(t, h, "GET", "/api/documents/b2mistral", "")
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d: %s", rec.Code, rec.Body)
	}
	var got veille.Document
	decode(t, rec, &got)
	want, _ := json.Marshal(docs[1])
	if gotJSON, _ := json.Marshal(got); !bytes.Equal(gotJSON, want) {
		t.Errorf("document = %s\nwant %s", gotJSON, want)
	}
	wantError(t, do(t, h, "GET", "/api/documents/inconnu", ""), 404, veille.ENOTFOUND)
}

func TestEntities(t *testing.T) {
	h := New(newFakeStore(frenchDocs(t)...), Options{}).Handler()
	rec := do(t, h, "GET", "/api/entities?type=organisation&top=2", "")
	var got []veille.EntityCount
	decode(t, rec, &got)
	want := []veille.EntityCount{
		{Type: veille.TypeOrganisation, Name: "CNRS", Documents: 2},
		{Type: veille.TypeOrganisation, Name: "Mistral AI", Documents: 2},
	}
	if !slices.Equal(got, want) {
		t.Errorf("entities = %v, want %v", got, want)
	}
	rec = do(t, h, "GET", "/api/entities?type=machine", "")
	decode(t, rec, &got)
	if len(got) != 2 || got[0].Name != "Jean Zay" || got[0].Documents != 2 {
		t.Errorf("machines = %v, want Jean Zay (2) then Alice Recoque", got)
	}
	wantError(t, do(t, h, "GET", "/api/entities?type=personne", ""), 400, veille.EINVALID)
	wantError(t, do(t, h, "GET", "/api/entities?top=beaucoup", ""), 400, veille.EINVALID)
}

func TestExport(t *testing.T) {
	docs := frenchDocs(t)
	h := New(newFakeStore(docs...), Options{}).Handler()
	rec := do(t, h, "GET", "/api/export", "")
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/x-ndjson" {
		t.Fatalf("status %d, Content-Type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	lines := strings.Split(strings.TrimSuffix(rec.Body.String(), "\n"), "\n")
	if len(lines) != len(docs) {
		t.Fatalf("%d lines, want %d: %s", len(lines), len(docs), rec.Body)
	}
	for i, line := range lines {
		var got veille.Document
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		gotJSON, _ := json.Marshal(got)
		wantJSON, _ := json.Marshal(docs[i]) // frenchDocs is in ID order
		if !bytes.Equal(gotJSON, wantJSON) {
			t.Errorf("line %d = %s\nwant %s", i+1, gotJSON, wantJSON)
		}
	}

	empty := do(t, New(newFakeStore(), Options{}).Handler(), "GET", "/api/export", "")
	if empty.Code != http.StatusOK || empty.Body.Len() != 0 {
		t.Errorf("empty export: status %d, body %q", empty.Code, empty.Body)
	}
	broken := newFakeStore(docs...)
	broken.fail = errors.New("read segment: input/output error")
	wantError(t, do(t, New(broken, Options{}).Handler(), "GET", "/api/export", ""), 500, veille.EINTERNAL)
}

func TestHealthz(t *testing.T) {
	rec := do(t, New(newFakeStore(frenchDocs(t)...), Options{}).Handler(), "GET", "/healthz", "")
	var got struct {
		Status    string `json:"status"`
		Documents int    `json:"documents"`
	}
	decode(t, rec, &got)
	if rec.Code != 200 || got.Status != "ok" || got.Documents != 3 {
		t.Errorf("healthz = %d %+v, want 200 ok 3", rec.Code, got)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	h := New(newFakeStore(), Options{Token: testToken}).Handler()
	tests := []struct{ method, target, allow string }{
		{"POST", "/api/search?q=IA", "GET, HEAD"},
		{"DELETE", "/api/documents/a1genci", "GET, HEAD"},
		{"GET", "/api/ingest", "POST"},
		{"GET", "/api/documents", "POST"},
		{"PUT", "/healthz", "GET, HEAD"},
	}
	for _, tt := range tests {
		rec := do(t, h, tt.method, tt.target, "")
		wantError(t, rec, http.StatusMethodNotAllowed, codeMethod)
		if got := rec.Header().Get("Allow"); got != tt.allow {
			t.Errorf("%s %s: Allow = %q, want %q", tt.method, tt.target, got, tt.allow)
		}
	}
	if rec := do(t, h, "POST", "/", ""); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: status %d, want 405", rec.Code)
	}
}

// listReader expands a source URL ending in ",a,b" into items …/a and
// …/b; an item ending in "404" is a missing page. release, if set, holds
// every Read until it is closed, and reading, if set, is told each Read.
type listReader struct {
	reading chan string
	release chan struct{}
}

func (r listReader) Expand(ctx context.Context, sources []veille.Source) iter.Seq2[veille.Item, error] {
	return func(yield func(veille.Item, error) bool) {
		for _, s := range sources {
			base, list, _ := strings.Cut(s.Ref, ",")
			for ref := range strings.SplitSeq(list, ",") {
				if !strings.Contains(ref, "/") {
					ref = base + "/" + ref
				}
				if !yield(veille.Item{Source: s.Ref, Ref: ref}, nil) {
					return
				}
			}
		}
	}
}

func (r listReader) Read(ctx context.Context, it veille.Item) (veille.Article, error) {
	if r.reading != nil {
		r.reading <- it.Ref
	}
	if r.release != nil {
		<-r.release
	}
	if strings.HasSuffix(it.Ref, "404") {
		return veille.Article{}, veille.Errorf(veille.EUNAVAILABLE, "fetch %s: HTTP 404", it.Ref)
	}
	return veille.Article{ID: veille.DocumentID(it.Ref), URL: it.Ref, Title: "Le supercalculateur " + it.Ref,
		Text: "Le GENCI annonce un nouveau supercalculateur.", ContentHash: veille.ContentHash([]byte(it.Ref))}, nil
}

// genciOnly finds GENCI in every article.
type genciOnly struct{}

func (genciOnly) Extract(a *veille.Article) veille.Entities {
	return veille.Entities{Organisations: []veille.Mention{{Name: "GENCI", Text: "GENCI",
		Span: veille.Span{Field: veille.FieldText, Start: 3, End: 8}}}}
}

func TestIngest(t *testing.T) {
	auth := []string{"Authorization", "Bearer " + testToken}
	ok := `{"sources":[{"ref":"https://www.example.fr/liste,a,b,c404","kind":"list"}]}`
	tests := []struct {
		name     string
		token    string
		noPipe   bool
		body     string
		header   []string
		status   int
		code     string
		contains string
	}{
		{"writes disabled", "", false, ok, auth, 403, codeForbidden, "VEILLE_TOKEN"},
		{"no token", testToken, false, ok, nil, 401, codeUnauthorized, "Bearer"},
		{"wrong token", testToken, false, ok, []string{"Authorization", "Bearer devine"}, 403, codeForbidden, "token"},
		{"no pipeline", testToken, true, ok, auth, 503, veille.EUNAVAILABLE, "pipeline"},
		{"local path", testToken, false, `{"sources":[{"ref":"/etc/passwd"}]}`, auth, 400, veille.EINVALID, "http(s)"},
		{"standard input", testToken, false, `{"sources":[{"ref":"-","kind":"list"}]}`, auth, 400, veille.EINVALID, "http(s)"},
		{"file URL", testToken, false, `{"sources":[{"ref":"file:///etc/passwd"}]}`, auth, 400, veille.EINVALID, "http(s)"},
		{"unknown kind", testToken, false, `{"sources":[{"ref":"https://www.example.fr/","kind":"pdf"}]}`, auth, 400, veille.EINVALID, "kind"},
		{"no source", testToken, false, `{"sources":[]}`, auth, 400, veille.EINVALID, "no source"},
		{"not JSON", testToken, false, `sources=https://www.example.fr/`, auth, 400, veille.EINVALID, "ingest request"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := newFakeStore()
			opts := Options{Token: tt.token}
			if !tt.noPipe {
				opts.Pipeline = &veille.Pipeline{Reader: listReader{}, Extractor: genciOnly{}, Store: store}
			}
			body := wantError(t, do(t, New(store, opts).Handler(), "POST", "/api/ingest", tt.body, tt.header...), tt.status, tt.code)
			if !strings.Contains(body.Error, tt.contains) {
				t.Errorf("error %q does not say %q", body.Error, tt.contains)
			}
			if n, _ := store.Count(context.Background()); n != 0 {
				t.Errorf("%d documents stored by a refused request", n)
			}
		})
	}

	t.Run("ingested", func(t *testing.T) {
		store := newFakeStore()
		pipe := &veille.Pipeline{Reader: listReader{}, Extractor: genciOnly{}, Store: store}
		h := New(store, Options{Token: testToken, Pipeline: pipe}).Handler()
		rec := do(t, h, "POST", "/api/ingest", ok, auth...)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		var sum veille.Summary
		decode(t, rec, &sum)
		if sum.Added != 2 || sum.Failed != 1 || len(sum.Failures) != 1 || !strings.Contains(sum.Failures[0].Error, "404") {
			t.Errorf("summary = %+v, want 2 added and the 404 listed as failed", sum)
		}
		if n, _ := store.Count(context.Background()); n != 2 {
			t.Errorf("%d documents stored, want 2", n)
		}
	})

	t.Run("local items of a remote source", func(t *testing.T) {
		store := newFakeStore()
		pipe := &veille.Pipeline{Reader: listReader{}, Extractor: genciOnly{}, Store: store}
		h := New(store, Options{Token: testToken, Pipeline: pipe}).Handler()
		body := `{"sources":[{"ref":"https://www.example.fr/liste,/etc/passwd,file:///etc/shadow,ok","kind":"list"}]}`
		rec := do(t, h, "POST", "/api/ingest", body, auth...)
		var sum veille.Summary
		decode(t, rec, &sum)
		if sum.Added != 1 || sum.Failed != 2 {
			t.Fatalf("summary = %+v, want the two local items refused and one added", sum)
		}
		for _, f := range sum.Failures {
			if f.Code != veille.EINVALID || !strings.Contains(f.Error, "http(s)") {
				t.Errorf("failure %+v, want an invalid non-web item", f)
			}
		}
	})
}

func TestPutDocuments(t *testing.T) {
	docs := frenchDocs(t)
	var jsonl strings.Builder
	for _, d := range docs[:2] {
		line, _ := json.Marshal(d)
		jsonl.Write(line)
		jsonl.WriteString("\n")
	}
	auth := []string{"Authorization", "Bearer " + testToken}
	store := newFakeStore()
	h := New(store, Options{Token: testToken, MaxBody: 64 << 10}).Handler()

	put := func(body string) []veille.PutStatus {
		t.Helper()
		rec := do(t, h, "POST", "/api/documents", body, auth...)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		var got putResponse
		decode(t, rec, &got)
		return got.Statuses
	}
	if got := put(jsonl.String()); !slices.Equal(got, []veille.PutStatus{veille.Added, veille.Added}) {
		t.Errorf("first put: %v, want added, added", got)
	}
	changed := docs[1]
	changed.ContentHash = "h2-bis"
	line, _ := json.Marshal(changed)
	body := jsonl.String() + "\n" + string(line) // a blank line is skipped
	if got := put(body); !slices.Equal(got, []veille.PutStatus{veille.Unchanged, veille.Unchanged, veille.Updated}) {
		t.Errorf("second put: %v, want unchanged, unchanged, updated", got)
	}

	big := docs[0]
	big.Text = strings.Repeat("Le supercalculateur Jean Zay est installé à l'IDRIS. ", 2000)
	bigLine, _ := json.Marshal(big)
	tests := []struct {
		name     string
		body     string
		header   []string
		status   int
		code     string
		contains string
	}{
		{"no id", `{"title":"Jean Zay s'agrandit"}`, auth, 400, veille.EINVALID, "line 1"},
		{"no title", jsonl.String() + `{"id":"x1","title":"  "}`, auth, 400, veille.EINVALID, "line 3"},
		{"invalid UTF-8", "{\"id\":\"x2\",\"title\":\"Le calcul \xe9cossais\"}", auth, 400, veille.EINVALID, "UTF-8"},
		{"not JSON", "id=x3", auth, 400, veille.EINVALID, "JSON"},
		{"empty", "\n\n", auth, 400, veille.EINVALID, "no document"},
		{"too big", string(bigLine), auth, 413, codeTooLarge, "larger"},
		{"no token", jsonl.String(), nil, 401, codeUnauthorized, "token"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := store.Count(context.Background())
			got := wantError(t, do(t, h, "POST", "/api/documents", tt.body, tt.header...), tt.status, tt.code)
			if !strings.Contains(got.Error, tt.contains) {
				t.Errorf("error %q does not say %q", got.Error, tt.contains)
			}
			if after, _ := store.Count(context.Background()); after != before {
				t.Errorf("a refused request stored documents: %d then %d", before, after)
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := New(newFakeStore(frenchDocs(t)...), Options{}).Handler()
	for _, target := range []string{"/", "/?q=IA", "/documents/a1genci", "/api/search?q=IA", "/nulle-part"} {
		rec := do(t, h, "GET", target, "")
		hd := rec.Header()
		if csp := hd.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "script-src 'unsafe") {
			t.Errorf("%s: Content-Security-Policy %q", target, csp)
		}
		if hd.Get("X-Content-Type-Options") != "nosniff" || hd.Get("Referrer-Policy") == "" {
			t.Errorf("%s: headers %v", target, hd)
		}
	}
}

func TestClientPut(t *testing.T) {
	store := newFakeStore()
	requests := 0
	h := New(store, Options{Token: testToken}).Handler()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests++
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()
	ctx := context.Background()

	docs := frenchDocs(t)
	c := &Client{BaseURL: srv.URL + "/", Token: testToken}
	got, err := c.Put(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, []veille.PutStatus{veille.Added, veille.Added, veille.Added}) || requests != 1 {
		t.Errorf("Put = %v in %d requests, want 3 added in 1", got, requests)
	}

	// Documents larger than a request together go in several requests.
	requests = 0
	large := make([]veille.Document, 3)
	for i := range large {
		large[i] = docs[i]
		large[i].Text = strings.Repeat("Alice Recoque sera le premier supercalculateur exascale français. ", 25000)
		large[i].ContentHash = "long"
	}
	got, err = c.Put(ctx, large)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, []veille.PutStatus{veille.Updated, veille.Updated, veille.Updated}) || requests < 2 {
		t.Errorf("Put = %v in %d requests, want 3 updated in several", got, requests)
	}

	bad := &Client{BaseURL: srv.URL, Token: "faux"}
	if _, err := bad.Put(ctx, docs); veille.ErrorCode(err) != veille.EINVALID || !strings.Contains(err.Error(), "403") {
		t.Errorf("wrong token: %v, want an invalid error with HTTP 403", err)
	}
	noTitle := []veille.Document{{Article: veille.Article{ID: "x"}}}
	if _, err := c.Put(ctx, noTitle); veille.ErrorCode(err) != veille.EINVALID || !strings.Contains(err.Error(), "no title") {
		t.Errorf("document without title: %v, want the server's reason", err)
	}

	// A server with a small body limit gets the documents in smaller requests.
	small := httptest.NewServer(New(newFakeStore(), Options{Token: testToken, MaxBody: 2 << 10}).Handler())
	defer small.Close()
	if all, _ := json.Marshal(docs); len(all) <= 2<<10 {
		t.Fatalf("the documents take %d bytes, too few to need a split", len(all))
	}
	sc := &Client{BaseURL: small.URL, Token: testToken}
	got, err = sc.Put(ctx, docs)
	if err != nil || !slices.Equal(got, []veille.PutStatus{veille.Added, veille.Added, veille.Added}) {
		t.Errorf("Put to a server with a 2 KiB limit = %v, %v; want 3 added", got, err)
	}
	if _, err := sc.Put(ctx, large[:1]); veille.ErrorCode(err) != veille.EINVALID || !strings.Contains(err.Error(), "413") {
		t.Errorf("a document larger than the limit: %v, want an invalid error with HTTP 413", err)
	}

	srv.Close()
	if _, err := c.Put(ctx, docs); veille.ErrorCode(err) != veille.EUNAVAILABLE {
		t.Errorf("server down: %v, want unavailable", err)
	}
}

// TestExportOverHTTP reads an export through a real connection.
func TestExportOverHTTP(t *testing.T) {
	store := newFakeStore(frenchDocs(t)...)
	srv := httptest.NewServer(New(store, Options{}).Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/export")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte("\n")); n != 3 {
		t.Errorf("%d lines over HTTP, want 3", n)
	}
}

func TestHostsRefuseOtherHostNames(t *testing.T) {
	h := New(newFakeStore(frenchDocs(t)...), Options{Hosts: []string{"localhost", "127.0.0.1", "::1"}}).Handler()
	tests := []struct {
		host string
		want int
	}{
		{"127.0.0.1:8080", http.StatusOK},
		{"localhost:8080", http.StatusOK},
		{"LOCALHOST", http.StatusOK},
		{"[::1]:8080", http.StatusOK},
		{"attaquant.example:8080", http.StatusMisdirectedRequest},
		{"127.0.0.1.nip.io", http.StatusMisdirectedRequest},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
		req.Host = tt.host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tt.want {
			t.Errorf("Host %q: status %d, want %d", tt.host, rec.Code, tt.want)
		}
	}
}
