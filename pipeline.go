package veille

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Pipeline is the ingestion job: it reads sources, extracts the entities of
// each article and stores the documents, in batches, so that a failure late
// in a run loses nothing stored before it. `veille ingest` and the server's
// ingest endpoint both run it.
type Pipeline struct {
	Reader    Reader
	Extractor Extractor
	// Store receives the documents: an index, or a client of a server.
	Store Putter
	// Workers is the number of articles read and extracted at once; zero means 4.
	Workers int
	// BatchSize is the number of documents stored per Store.Put; zero means 64.
	BatchSize int
	// Logger receives one line per failed item, at level Info (the
	// summary lists them too); nil discards them.
	Logger *slog.Logger
	// Progress, if set, is called once per item when it is stored or has
	// failed, always from the same goroutine.
	Progress func(ItemResult)
}

// ItemResult is what became of one item of a run.
type ItemResult struct {
	// Source is the source the item was found in, as the user gave it.
	Source string `json:"source"`
	// Ref is the item's path or URL; empty when the source itself failed.
	Ref    string    `json:"ref,omitempty"`
	ID     string    `json:"id,omitempty"`
	Title  string    `json:"title,omitempty"`
	Status PutStatus `json:"status,omitempty"`
	// Entities is the number of entity mentions found in the document.
	Entities int `json:"entities,omitempty"`
	// Code, Error and HTTPStatus say why the item failed; Code is one of
	// this package's error codes.
	Code       string `json:"code,omitempty"`
	Error      string `json:"error,omitempty"`
	HTTPStatus int    `json:"http_status,omitempty"`
}

// Failed reports whether the item could not be stored.
func (r ItemResult) Failed() bool { return r.Error != "" }

// Summary counts what a run did.
type Summary struct {
	Added     int `json:"added"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Failed    int `json:"failed"`
	// Entities is the number of entity mentions in the stored documents.
	Entities int           `json:"entities"`
	Elapsed  time.Duration `json:"elapsed_ns"`
	// Failures lists every failed item or source with its reason.
	Failures []ItemResult `json:"failures"`
	// Documents lists the stored items, in the order they were stored.
	Documents []ItemResult `json:"documents"`
}

// String is the one-line summary printed at the end of a run.
func (s Summary) String() string {
	return fmt.Sprintf("%d added, %d updated, %d unchanged, %d failed; %d entities; %s",
		s.Added, s.Updated, s.Unchanged, s.Failed, s.Entities, s.Elapsed.Round(time.Millisecond))
}

// Run ingests sources and returns what it did. Failing sources and items are
// counted and listed in the summary and the run goes on; the error is
// non-nil only when the store fails or ctx is done, and the summary then
// still counts everything stored before.
func (p *Pipeline) Run(ctx context.Context, sources []Source) (Summary, error) {
	start := time.Now()
	log := p.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	workers := p.Workers
	if workers <= 0 {
		workers = 4
	}
	batchSize := p.BatchSize
	if batchSize <= 0 {
		batchSize = 64
	}

	items := make(chan Item)
	results := make(chan extracted)
	go func() {
		defer close(items)
		for it, err := range p.Reader.Expand(ctx, sources) {
			if err != nil {
				results <- extracted{result: failure(it.Source, "", err)}
				continue
			}
			select {
			case items <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for it := range items {
				results <- p.read(ctx, it)
			}
		})
	}
	// The expanding goroutine also sends failures to results, so results is
	// closed only once items is drained and every worker is done.
	go func() {
		wg.Wait()
		close(results)
	}()

	var sum Summary
	var batch []extracted
	var storeErr error
	report := func(r ItemResult) {
		if r.Failed() {
			sum.Failed++
			sum.Failures = append(sum.Failures, r)
			log.Info("ingest failed", "source", r.Source, "ref", r.Ref, "error", r.Error)
		} else {
			sum.Documents = append(sum.Documents, r)
			sum.Entities += r.Entities
			switch r.Status {
			case Added:
				sum.Added++
			case Updated:
				sum.Updated++
			case Unchanged:
				sum.Unchanged++
			}
		}
		if p.Progress != nil {
			p.Progress(r)
		}
	}
	flush := func() {
		if len(batch) == 0 {
			return
		}
		docs := make([]Document, len(batch))
		for i, e := range batch {
			docs[i] = e.doc
		}
		// Documents already read are stored even when ctx is done, so that
		// an interrupted run keeps what it acknowledged.
		statuses, err := p.Store.Put(context.WithoutCancel(ctx), docs)
		for i, e := range batch {
			if err != nil {
				report(failure(e.result.Source, e.result.Ref, fmt.Errorf("store %s: %w", e.result.Ref, err)))
				continue
			}
			e.result.Status = statuses[i]
			report(e.result)
		}
		if err != nil && storeErr == nil {
			storeErr = err
		}
		batch = batch[:0]
	}
	for e := range results {
		if e.result.Failed() {
			report(e.result)
			continue
		}
		batch = append(batch, e)
		if len(batch) >= batchSize {
			flush()
		}
	}
	flush()
	sum.Elapsed = time.Since(start)
	if storeErr != nil {
		return sum, fmt.Errorf("store documents: %w", storeErr)
	}
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("ingestion stopped: %w", err)
	}
	return sum, nil
}

// extracted is an item read and extracted, or the reason it could not be.
type extracted struct {
	doc    Document
	result ItemResult
}

func (p *Pipeline) read(ctx context.Context, it Item) extracted {
	if err := ctx.Err(); err != nil {
		return extracted{result: failure(it.Source, it.Ref, err)}
	}
	a, err := p.Reader.Read(ctx, it)
	if err != nil {
		return extracted{result: failure(it.Source, it.Ref, err)}
	}
	if a.Source == "" {
		a.Source = it.Source
	}
	if a.Published.IsZero() {
		a.Published = it.Published
	}
	if a.Title == "" {
		a.Title = it.Title
	}
	doc := Document{Article: a, Entities: p.Extractor.Extract(&a)}
	n := len(doc.Amounts) + len(doc.Organisations) + len(doc.Machines)
	return extracted{doc: doc, result: ItemResult{Source: a.Source, Ref: it.Ref, ID: a.ID, Title: a.Title, Entities: n}}
}

// failure describes a failed item or source.
func failure(source, ref string, err error) ItemResult {
	r := ItemResult{Source: source, Ref: ref, Code: ErrorCode(err), Error: err.Error()}
	var status interface{ HTTPStatus() int }
	if errors.As(err, &status) {
		r.HTTPStatus = status.HTTPStatus()
	}
	return r
}
