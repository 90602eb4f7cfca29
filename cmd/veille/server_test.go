package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/veille-fr/veille"
	"github.com/veille-fr/veille/index"
	"github.com/veille-fr/veille/web"
)

// TestIngestThroughServerWhileSearching runs "veille ingest --server" against
// a server that owns the index while clients keep searching it: every search
// must be answered, and the documents must all arrive.
func TestIngestThroughServerWhileSearching(t *testing.T) {
	seedPaths(t)
	ix, err := index.Open(filepath.Join(t.TempDir(), "ix"), index.Options{ParseAmount: parseAmount})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	srv := httptest.NewServer(web.New(ix, web.Options{Token: "jeton"}).Handler())
	defer srv.Close()
	t.Setenv("VEILLE_TOKEN", "jeton")

	search := func(q string) (veille.SearchResult, error) {
		var res veille.SearchResult
		resp, err := http.Get(srv.URL + "/api/search?q=" + url.QueryEscape(q))
		if err != nil {
			return res, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return res, fmt.Errorf("status %s", resp.Status)
		}
		return res, json.NewDecoder(resp.Body).Decode(&res)
	}

	ctx, stop := context.WithCancel(context.Background())
	var searches atomic.Int64
	failures := make(chan error, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			if _, err := search("supercalculateur"); err != nil {
				select {
				case failures <- err:
				default:
				}
				return
			}
			searches.Add(1)
		}
	}()
	for searches.Load() == 0 && len(failures) == 0 {
		runtime.Gosched()
	}
	code, out, errOut := veilleRun(t, "", "ingest", "--server", srv.URL, "--batch", "1", "--cache", "", seedsDir)
	stop()
	<-done
	if code != exitOK || !strings.Contains(out, "5 added") {
		t.Fatalf("ingest --server: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	select {
	case err := <-failures:
		t.Fatalf("a search during the ingestion failed: %v", err)
	default:
	}
	res, err := search(`"Jean Zay"`)
	if err != nil || res.Total != 4 {
		t.Errorf("after ingestion, \"Jean Zay\" finds %d documents (%v), want 4", res.Total, err)
	}

	t.Setenv("VEILLE_TOKEN", "faux")
	code, _, errOut = veilleRun(t, "", "ingest", "--server", srv.URL, "--cache", "", seedsDir)
	if code == exitOK || !strings.Contains(errOut, "token") {
		t.Errorf("ingest with a wrong token: exit %d, stderr %q; want a failure naming the token", code, errOut)
	}
}
