package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veille-fr/veille"
)

// TestPutStatuses checks added, unchanged and updated, within one Put and
// across Puts.
func TestPutStatuses(t *testing.T) {
	x, docs := newSeedIndex(t)
	ctx := context.Background()

	again, err := x.Put(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range again {
		if s != veille.Unchanged {
			t.Errorf("second Put of %s = %s, want unchanged", docs[i].ID, s)
		}
	}

	changed := docs[1]
	changed.Title = "Bruxelles adoube la France pour une AI Factory"
	changed.ContentHash = "hash-d1-v2"
	noHash := docs[2]
	noHash.ContentHash = ""
	fresh := veille.Document{Article: veille.Article{ID: "new", Title: "Nouveau supercalculateur à Bruyères-le-Châtel", ContentHash: "n1"}}
	freshAgain := fresh
	freshAgain.ContentHash = "n2"
	got, err := x.Put(ctx, []veille.Document{changed, docs[0], noHash, fresh, freshAgain, fresh})
	if err != nil {
		t.Fatal(err)
	}
	want := []veille.PutStatus{veille.Updated, veille.Unchanged, veille.Updated, veille.Added, veille.Updated, veille.Updated}
	if !slices.Equal(got, want) {
		t.Errorf("Put statuses = %v, want %v", got, want)
	}
	if n, err := x.Count(ctx); err != nil || n != 6 {
		t.Errorf("Count = %d, %v; want 6", n, err)
	}
	d, err := x.Get(ctx, "d1")
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != changed.Title {
		t.Errorf("Get(d1).Title = %q, want %q", d.Title, changed.Title)
	}
	res, err := x.Search(ctx, veille.SearchRequest{Query: "adoubée"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(hitIDs(res), []string{"d1"}) {
		t.Errorf("Search(adoubée) = %v, want the updated title to be indexed", hitIDs(res))
	}

	if _, err := x.Put(ctx, []veille.Document{{Article: veille.Article{Title: "Sans identifiant"}}}); veille.ErrorCode(err) != veille.EINVALID {
		t.Errorf("Put without ID: error %v, want EINVALID", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := x.Put(cancelled, docs); !errors.Is(err, context.Canceled) {
		t.Errorf("Put with a cancelled context: error %v, want context.Canceled", err)
	}
}

// TestGetExport checks that Get and Export return exactly what was put, in ID
// order.
func TestGetExport(t *testing.T) {
	x, docs := newSeedIndex(t)
	ctx := context.Background()
	// More documents than one export page, put in an order that is not the ID order.
	var more []veille.Document
	for i := 600; i > 0; i-- {
		d := docs[i%len(docs)]
		d.ID = veille.DocumentID(d.Source + "#" + string(rune('a'+i%26)) + strings.Repeat("x", i%7) + time.Duration(i).String())
		more = append(more, d)
	}
	// A date bleve cannot index is still stored and given back.
	far := docs[0]
	far.ID, far.Published = "far", time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)
	more = append(more, far)
	if _, err := x.Put(ctx, more); err != nil {
		t.Fatal(err)
	}
	byID := map[string]veille.Document{}
	for _, d := range append(slices.Clone(docs), more...) {
		byID[d.ID] = d
	}

	got, err := x.Get(ctx, "d3")
	if err != nil {
		t.Fatal(err)
	}
	assertSameJSON(t, got, docs[3])

	var ids []string
	err = x.Export(ctx, func(d veille.Document) error {
		ids = append(ids, d.ID)
		assertSameJSON(t, d, byID[d.ID])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != len(byID) {
		t.Errorf("Export gave %d documents, want %d", len(ids), len(byID))
	}
	if !slices.IsSorted(ids) {
		t.Errorf("Export is not in ID order")
	}

	stop := errors.New("stop")
	n := 0
	err = x.Export(ctx, func(veille.Document) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("Export with a failing fn: %d calls, error %v; want 3 calls and the fn's error", n, err)
	}

	_, err = x.Get(ctx, "absent")
	if veille.ErrorCode(err) != veille.ENOTFOUND || !strings.Contains(err.Error(), "absent") {
		t.Errorf("Get(absent) error = %v, want ENOTFOUND naming the ID", err)
	}
}

func assertSameJSON(t *testing.T, got, want veille.Document) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if string(g) != string(w) {
		t.Errorf("document %s differs after storage:\n got %s\nwant %s", want.ID, g, w)
	}
}

// TestOpenDisk checks that an on-disk index keeps its documents, that a
// second opener fails fast while the first holds it, and that a closed index
// answers with errors.
func TestOpenDisk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "veille.bleve")
	ctx := context.Background()
	x, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := seedDocs(t)
	if _, err := x.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	_, err = Open(dir, Options{})
	if err == nil {
		t.Fatal("second Open succeeded while the index is held")
	}
	if !strings.Contains(err.Error(), "is in use by another veille process") || veille.ErrorCode(err) != veille.EUNAVAILABLE {
		t.Errorf("second Open error = %v (%s)", err, veille.ErrorCode(err))
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("second Open took %v to fail", d)
	}

	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := x.Search(ctx, veille.SearchRequest{Query: "IA"}); err == nil {
		t.Error("Search on a closed index succeeded")
	}
	if _, err := x.Get(ctx, "d1"); err == nil || veille.ErrorCode(err) == veille.ENOTFOUND {
		t.Errorf("Get on a closed index: error %v, want a failure that is not ENOTFOUND", err)
	}
	if _, err := x.Put(ctx, docs[:1]); err == nil {
		t.Error("Put on a closed index succeeded")
	}

	y, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer y.Close()
	if n, err := y.Count(ctx); err != nil || n != uint64(len(docs)) {
		t.Errorf("Count after reopening = %d, %v; want %d", n, err, len(docs))
	}
	statuses, err := y.Put(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if statuses[0] != veille.Unchanged {
		t.Errorf("Put after reopening = %v, want unchanged", statuses)
	}
	res, err := y.Search(ctx, veille.SearchRequest{Query: `"Jean Zay" org:genci`})
	if err != nil {
		t.Fatal(err)
	}
	got := hitIDs(res)
	slices.Sort(got)
	if !slices.Equal(got, []string{"d1", "d2", "d3"}) {
		t.Errorf("search after reopening = %v", got)
	}
}

// TestOpenOtherMapping checks that an index built with another mapping is
// refused with a message that says how to rebuild it.
func TestOpenOtherMapping(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "veille.bleve")
	x, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.bleve.SetInternal(mappingVersionKey, []byte("0")); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir, Options{})
	if veille.ErrorCode(err) != veille.EINVALID || !strings.Contains(err.Error(), "ingest the sources again") {
		t.Errorf("Open of an index with another mapping: error %v", err)
	}
}

// TestConcurrentPutSearch runs writers and readers at once; run it with
// -race.
func TestConcurrentPutSearch(t *testing.T) {
	x, docs := newSeedIndex(t)
	ctx := context.Background()
	const query = `supercalculateur org:genci -"Alice Recoque"`
	before, err := x.Search(ctx, veille.SearchRequest{Query: query})
	if err != nil || before.Total == 0 {
		t.Fatalf("Search(%q) = %v, %v; want hits", query, before, err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 2 {
		wg.Go(func() {
			for i := range 20 {
				d := docs[i%len(docs)]
				d.ID = fmt.Sprintf("w%d-%d", w, i%7)
				d.ContentHash = fmt.Sprintf("h%d", i)
				if _, err := x.Put(ctx, []veille.Document{d, docs[i%len(docs)]}); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	for range 3 {
		wg.Go(func() {
			for range 20 {
				res, err := x.Search(ctx, veille.SearchRequest{Query: query})
				if err != nil {
					errs <- err
					return
				}
				// Writers only add documents, some of them matching.
				if res.Total < before.Total {
					errs <- fmt.Errorf("search found %d documents, want at least %d", res.Total, before.Total)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, err := x.Count(ctx); err != nil || n != uint64(len(docs)+14) {
		t.Errorf("Count = %d, %v; want %d", n, err, len(docs)+14)
	}
}

// TestOpenNotAnIndex checks that a folder with other files is not taken for
// an index.
func TestOpenNotAnIndex(t *testing.T) {
	_, err := Open("..", Options{})
	if err == nil || !strings.Contains(err.Error(), "holds files but no index") {
		t.Errorf("Open(..) error = %v", err)
	}
}
