package web

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veille-fr/veille"
)

// serve starts s on a local port and returns its URL, a function that
// cancels Serve's context, and the channel Serve's error arrives on.
func serve(t *testing.T, s *Server) (string, context.CancelFunc, <-chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	t.Cleanup(cancel)
	return "http://" + ln.Addr().String(), cancel, served
}

func TestServeFinishesPutOnShutdown(t *testing.T) {
	store := newFakeStore()
	store.putDelay = 400 * time.Millisecond
	store.putStarted = make(chan struct{}, 1)
	base, cancel, served := serve(t, New(store, Options{Token: testToken}))

	type result struct {
		statuses []veille.PutStatus
		err      error
	}
	done := make(chan result, 1)
	go func() {
		c := &Client{BaseURL: base, Token: testToken}
		st, err := c.Put(context.Background(), frenchDocs(t)[:2])
		done <- result{st, err}
	}()
	<-store.putStarted
	cancel() // the Put is in progress

	select {
	case err := <-served:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return")
	}
	if n, _ := store.Count(context.Background()); n != 2 {
		t.Errorf("Serve returned with %d documents stored, want the 2 of the Put in progress", n)
	}
	r := <-done
	if r.err != nil || !slices.Equal(r.statuses, []veille.PutStatus{veille.Added, veille.Added}) {
		t.Errorf("Put = %v, %v; want it acknowledged: added, added", r.statuses, r.err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("the server still answers after Serve returned")
	}
}

// ctxReader holds every Read until its context is done.
type ctxReader struct {
	listReader
	stopped chan struct{}
	once    sync.Once
}

func (r *ctxReader) Read(ctx context.Context, it veille.Item) (veille.Article, error) {
	<-ctx.Done()
	r.once.Do(func() { close(r.stopped) })
	return veille.Article{}, ctx.Err()
}

func TestServeStopsIngestAfterGrace(t *testing.T) {
	store := newFakeStore()
	reader := &ctxReader{stopped: make(chan struct{})}
	s := New(store, Options{Token: testToken,
		Pipeline: &veille.Pipeline{Reader: reader, Extractor: genciOnly{}, Store: store}})
	s.grace = 200 * time.Millisecond
	base, cancel, served := serve(t, s)

	go func() {
		req, _ := http.NewRequest("POST", base+"/api/ingest",
			strings.NewReader(`{"sources":[{"ref":"https://www.example.fr/liste,a,b"}]}`))
		req.Header.Set("Authorization", "Bearer "+testToken)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	// Wait for the ingestion to be running.
	deadline := time.Now().Add(5 * time.Second)
	for s.runningIngests() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the ingestion did not start")
		}
		time.Sleep(10 * time.Millisecond)
	}
	start := time.Now()
	cancel()
	select {
	case err := <-served:
		if err == nil {
			t.Error("Serve returned no error although an ingestion had to be stopped")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Serve took %v to return, want about the grace period", d)
	}
	select {
	case <-reader.stopped:
	default:
		t.Error("the ingestion was not told to stop")
	}
}

func TestSearchDuringIngest(t *testing.T) {
	store := newFakeStore(frenchDocs(t)...)
	reader := listReader{reading: make(chan string, 16), release: make(chan struct{})}
	h := New(store, Options{Token: testToken,
		Pipeline: &veille.Pipeline{Reader: reader, Extractor: genciOnly{}, Store: store}}).Handler()
	srv := httptest.NewServer(h)
	defer srv.Close()

	ingested := make(chan *http.Response, 1)
	go func() {
		req, _ := http.NewRequest("POST", srv.URL+"/api/ingest",
			strings.NewReader(`{"sources":[{"ref":"https://www.example.fr/liste,a,b","kind":"list"}]}`))
		req.Header.Set("Authorization", "Bearer "+testToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
		}
		ingested <- resp
	}()
	<-reader.reading // the ingestion is blocked in a read

	var wg sync.WaitGroup
	client := &http.Client{Timeout: 2 * time.Second}
	for _, q := range []string{"supercalculateur", `org:"Mistral AI"`, "Jean Zay", "millions", "GENCI"} {
		wg.Go(func() {
			resp, err := client.Get(srv.URL + "/api/search?q=" + url.QueryEscape(q))
			if err != nil {
				t.Errorf("search %q during an ingestion: %v", q, err)
				return
			}
			defer resp.Body.Close()
			var res veille.SearchResult
			if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&res) != nil || res.Total == 0 {
				t.Errorf("search %q during an ingestion: status %d, %d hits", q, resp.StatusCode, res.Total)
			}
		})
	}
	wg.Wait()
	select {
	case <-ingested:
		t.Fatal("the ingestion finished before it was released")
	default:
	}
	close(reader.release)
	resp := <-ingested
	if resp == nil {
		t.Fatal("no answer to the ingestion")
	}
	defer resp.Body.Close()
	var sum veille.Summary
	if err := json.NewDecoder(resp.Body).Decode(&sum); err != nil || resp.StatusCode != 200 || sum.Added != 2 {
		t.Errorf("ingestion: status %d, %+v, %v; want 200 with 2 added", resp.StatusCode, sum, err)
	}
}
