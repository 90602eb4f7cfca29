package veille_test

import (
	"context"
	"errors"
	"iter"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/veille-fr/veille"
)

// listReader expands a source "a,b,c" into items a, b and c; an item whose
// name starts with "404" fails as a missing page, a source "broken" fails to
// expand.
type listReader struct{}

func (listReader) Expand(ctx context.Context, sources []veille.Source) iter.Seq2[veille.Item, error] {
	return func(yield func(veille.Item, error) bool) {
		for _, s := range sources {
			if s.Ref == "broken" {
				if !yield(veille.Item{Source: s.Ref}, veille.Errorf(veille.EINVALID, "read broken: not a list")) {
					return
				}
				continue
			}
			for ref := range strings.SplitSeq(s.Ref, ",") {
				if !yield(veille.Item{Source: s.Ref, Ref: ref}, nil) {
					return
				}
			}
		}
	}
}

type statusErr struct{}

func (statusErr) Error() string   { return "HTTP 404 Not Found" }
func (statusErr) HTTPStatus() int { return 404 }

func (listReader) Read(ctx context.Context, it veille.Item) (veille.Article, error) {
	if strings.HasPrefix(it.Ref, "404") {
		return veille.Article{}, veille.Errorf(veille.EUNAVAILABLE, "fetch %s: %w", it.Ref, statusErr{})
	}
	return veille.Article{ID: veille.DocumentID(it.Ref), Title: "Article " + it.Ref, Text: it.Ref,
		ContentHash: veille.ContentHash([]byte(it.Ref))}, nil
}

// oneOrg finds the organisation "GENCI" in every article.
type oneOrg struct{}

func (oneOrg) Extract(a *veille.Article) veille.Entities {
	return veille.Entities{Organisations: []veille.Mention{{Name: "GENCI", Text: "GENCI"}}}
}

// mapStore keeps documents in a map; it fails every Put after failAfter
// successful ones when failAfter is positive.
type mapStore struct {
	mu        sync.Mutex
	docs      map[string]veille.Document
	puts      int
	failAfter int
}

func (s *mapStore) Put(ctx context.Context, docs []veille.Document) ([]veille.PutStatus, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failAfter > 0 && s.puts >= s.failAfter {
		return nil, errors.New("disk full")
	}
	s.puts++
	statuses := make([]veille.PutStatus, len(docs))
	for i, d := range docs {
		old, ok := s.docs[d.ID]
		switch {
		case !ok:
			statuses[i] = veille.Added
		case old.ContentHash == d.ContentHash:
			statuses[i] = veille.Unchanged
		default:
			statuses[i] = veille.Updated
		}
		s.docs[d.ID] = d
	}
	return statuses, nil
}

func TestPipelineRun(t *testing.T) {
	store := &mapStore{docs: map[string]veille.Document{}}
	p := &veille.Pipeline{Reader: listReader{}, Extractor: oneOrg{}, Store: store, Workers: 3, BatchSize: 2}
	var progressed []string
	p.Progress = func(r veille.ItemResult) { progressed = append(progressed, r.Ref) }
	sources := []veille.Source{{Ref: "a,b,404x,c"}, {Ref: "broken"}, {Ref: "d"}}

	sum, err := p.Run(context.Background(), sources)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 4 || sum.Failed != 2 || sum.Entities != 4 || len(store.docs) != 4 {
		t.Errorf("first run: %s, %d stored; want 4 added, 2 failed, 4 entities", sum, len(store.docs))
	}
	if len(progressed) != 6 {
		t.Errorf("progress called for %v, want the 6 items and sources", progressed)
	}
	var reasons []string
	for _, f := range sum.Failures {
		reasons = append(reasons, f.Source+"|"+f.Ref+"|"+f.Code)
		if f.Ref == "404x" && f.HTTPStatus != 404 {
			t.Errorf("failure of 404x has HTTP status %d, want 404", f.HTTPStatus)
		}
	}
	slices.Sort(reasons)
	want := []string{"a,b,404x,c|404x|unavailable", "broken||invalid"}
	if !slices.Equal(reasons, want) {
		t.Errorf("failures %v, want %v", reasons, want)
	}

	sum, err = p.Run(context.Background(), sources)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 0 || sum.Unchanged != 4 || len(store.docs) != 4 {
		t.Errorf("second run: %s, want 4 unchanged and nothing added", sum)
	}
}

func TestPipelineKeepsWhatWasStoredWhenTheStoreFails(t *testing.T) {
	store := &mapStore{docs: map[string]veille.Document{}, failAfter: 1}
	p := &veille.Pipeline{Reader: listReader{}, Extractor: oneOrg{}, Store: store, Workers: 1, BatchSize: 2}
	sum, err := p.Run(context.Background(), []veille.Source{{Ref: "a,b,c,d,e"}})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("error %v, want the store's", err)
	}
	if sum.Added != 2 || sum.Failed != 3 || len(store.docs) != 2 {
		t.Errorf("%s with %d stored, want the first batch of 2 kept and 3 failed", sum, len(store.docs))
	}
}

func TestPipelineStopsWhenCancelled(t *testing.T) {
	store := &mapStore{docs: map[string]veille.Document{}}
	p := &veille.Pipeline{Reader: listReader{}, Extractor: oneOrg{}, Store: store}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := p.Run(ctx, []veille.Source{{Ref: "a,b"}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}
