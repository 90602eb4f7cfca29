package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bleveindex "github.com/blevesearch/bleve_index_api"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/veille-fr/veille"
)

// lockTimeout is how long Open waits for another process to release the
// index before it reports the index as in use.
const lockTimeout = 500 * time.Millisecond

// putBatchSize is the number of documents Put writes in one bleve batch.
const putBatchSize = 1000

// exportPageSize is the number of documents Export reads per search.
const exportPageSize = 500

// Options configures an Index.
type Options struct {
	// ParseAmount reads the amount of an amount filter ("100M€", "1 milliard",
	// "2,5 Md$") into a value and an ISO currency; ok is false if s is not an
	// amount. A currency-less amount defaults to EUR. If nil, only plain
	// numbers with an optional k, M or Md scale and € or $ are understood.
	ParseAmount func(s string) (value float64, currency string, ok bool)
	// Logger receives what the index does (opening, writes); nil discards.
	Logger *slog.Logger
}

// Index is a bleve index of veille documents. It implements veille.Store and
// is safe for concurrent use: searches run while documents are being put.
type Index struct {
	bleve       bleve.Index
	name        string            // the folder, or "memory"
	analyzer    analysis.Analyzer // veille_fr
	keyword     analysis.Analyzer
	parseAmount func(string) (float64, string, bool)
	log         *slog.Logger
	columns     *columnCache // the facet values, dates and amounts of each segment, for searches
	// closeMu lets Close wait for the searches that read a snapshot.
	closeMu sync.RWMutex
	closed  bool
	// putMu serialises writers, so that the statuses Put reports match what
	// it wrote even when two Puts carry the same ID.
	putMu sync.Mutex
}

var _ veille.Store = (*Index)(nil)

// Open opens the on-disk index in dir, or creates it if dir does not exist or
// is empty. An index another process holds open gives an error at once.
func Open(dir string, opts Options) (*Index, error) {
	config := map[string]any{"bolt_timeout": lockTimeout.String()}
	_, err := os.Stat(filepath.Join(dir, "index_meta.json"))
	switch {
	case err == nil:
		b, err := bleve.OpenUsing(dir, config)
		if err != nil {
			if errors.Is(err, bolterrors.ErrTimeout) {
				return nil, veille.Errorf(veille.EUNAVAILABLE, "index %s is in use by another veille process (veille serve?)", dir)
			}
			return nil, fmt.Errorf("open index %s: %w", dir, err)
		}
		version, err := b.GetInternal(mappingVersionKey)
		if err != nil || string(version) != mappingVersion {
			_ = b.Close()
			return nil, veille.Errorf(veille.EINVALID, "open index %s: it was built by another version of veille (mapping %q, want %q): remove the folder and ingest the sources again", dir, version, mappingVersion)
		}
		return newIndex(b, dir, opts)
	case errors.Is(err, fs.ErrNotExist):
		entries, err := os.ReadDir(dir)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("open index %s: %w", dir, err)
		}
		if len(entries) > 0 {
			return nil, veille.Errorf(veille.EINVALID, "open index %s: the folder holds files but no index", dir)
		}
		m, err := newMapping()
		if err != nil {
			return nil, fmt.Errorf("create index %s: mapping: %w", dir, err)
		}
		b, err := bleve.NewUsing(dir, m, scorch.Name, scorch.Name, config)
		if err != nil {
			return nil, fmt.Errorf("create index %s: %w", dir, err)
		}
		if err := b.SetInternal(mappingVersionKey, []byte(mappingVersion)); err != nil {
			_ = b.Close()
			return nil, fmt.Errorf("create index %s: %w", dir, err)
		}
		x, err := newIndex(b, dir, opts)
		if err == nil {
			x.log.Info("created index", "dir", dir)
		}
		return x, err
	default:
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
}

// OpenMemory creates an index that lives in memory only and is lost on Close.
func OpenMemory(opts Options) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("create memory index: mapping: %w", err)
	}
	b, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create memory index: %w", err)
	}
	return newIndex(b, "memory", opts)
}

func newIndex(b bleve.Index, name string, opts Options) (*Index, error) {
	analyzer := b.Mapping().AnalyzerNamed(frenchAnalyzer)
	if analyzer == nil {
		_ = b.Close()
		return nil, fmt.Errorf("open index %s: analyser %s is missing", name, frenchAnalyzer)
	}
	x := &Index{
		bleve:       b,
		name:        name,
		analyzer:    analyzer,
		keyword:     b.Mapping().AnalyzerNamed(keyword.Name),
		parseAmount: opts.ParseAmount,
		log:         opts.Logger,
		columns:     newColumnCache(),
	}
	if parse := opts.ParseAmount; parse != nil {
		// Plain numbers ("1e9") are understood whatever the injected grammar.
		x.parseAmount = func(s string) (float64, string, bool) {
			if v, c, ok := parse(s); ok {
				return v, c, true
			}
			return parseAmountFallback(s)
		}
	} else {
		x.parseAmount = parseAmountFallback
	}
	if x.log == nil {
		x.log = slog.New(slog.DiscardHandler)
	}
	return x, nil
}

// Close closes the index; a closed index answers every call with an error.
func (x *Index) Close() error {
	x.closeMu.Lock()
	defer x.closeMu.Unlock()
	x.closed = true
	if err := x.bleve.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", x.name, err)
	}
	return nil
}

// errClosed is the error of a search on a closed index.
var errClosed = errors.New("the index is closed")

// Count returns the number of stored documents.
func (x *Index) Count(ctx context.Context) (uint64, error) {
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	n, err := x.bleve.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count documents in index %s: %w", x.name, err)
	}
	return n, nil
}

// Put adds or replaces documents by ID. For each document it compares the
// content hash with the stored one: the same hash leaves the document alone
// (Unchanged), another one replaces it (Updated), none adds it (Added). An
// empty content hash always counts as a change. If ctx ends or a write fails
// midway, Put returns the statuses of the documents already written.
func (x *Index) Put(ctx context.Context, docs []veille.Document) ([]veille.PutStatus, error) {
	for i := range docs {
		if docs[i].ID == "" {
			return nil, veille.Errorf(veille.EINVALID, "put: document %d (%q) has no ID", i, docs[i].Title)
		}
	}
	x.putMu.Lock()
	defer x.putMu.Unlock()
	statuses := make([]veille.PutStatus, 0, len(docs))
	for start := 0; start < len(docs); start += putBatchSize {
		chunk := docs[start:min(start+putBatchSize, len(docs))]
		done, err := x.putBatch(ctx, chunk)
		if err != nil {
			return statuses, err
		}
		statuses = append(statuses, done...)
	}
	x.log.Debug("put documents", "index", x.name, "documents", len(docs))
	return statuses, nil
}

// putBatch writes docs in one batch and returns their statuses.
func (x *Index) putBatch(ctx context.Context, docs []veille.Document) ([]veille.PutStatus, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	ids := make([]string, len(docs))
	for i := range docs {
		ids[i] = docs[i].ID
	}
	stored, err := x.storedHashes(ctx, ids)
	if err != nil {
		return nil, err
	}
	statuses := make([]veille.PutStatus, len(docs))
	batch := x.bleve.NewBatch()
	for i := range docs {
		d := &docs[i]
		prev, found := stored[d.ID]
		switch {
		case !found:
			statuses[i] = veille.Added
		case prev == d.ContentHash && d.ContentHash != "":
			statuses[i] = veille.Unchanged
			continue
		default:
			statuses[i] = veille.Updated
		}
		stored[d.ID] = d.ContentHash // a later copy in docs compares with this one
		if err := x.addToBatch(batch, d); err != nil {
			return nil, err
		}
	}
	if batch.Size() > 0 {
		if err := x.bleve.Batch(batch); err != nil {
			return nil, fmt.Errorf("put %d documents in index %s: %w", batch.Size(), x.name, err)
		}
	}
	return statuses, nil
}

// addToBatch adds d to batch: the fields of the mapping, then the facet
// values and the publication date, which doc.go describes.
func (x *Index) addToBatch(batch *bleve.Batch, d *veille.Document) error {
	fields, facets, err := documentFields(d)
	if err != nil {
		return err
	}
	doc := document.NewDocument(d.ID)
	if err := x.bleve.Mapping().MapDocument(doc, fields); err != nil {
		return fmt.Errorf("put document %s: %w", d.ID, err)
	}
	for _, v := range facets {
		doc.AddField(document.NewTextFieldCustom(fieldFacet, nil, []byte(v), facetOptions, x.keyword))
	}
	if !d.Published.IsZero() {
		// A date outside the years 1677-2262 cannot be indexed: the
		// document then has no date to filter or sort by.
		if f, err := document.NewDateTimeFieldWithIndexingOptions(fieldPublished, nil, d.Published, time.RFC3339, dateOptions); err == nil {
			doc.AddField(f)
		}
	}
	if err := batch.IndexAdvanced(doc); err != nil {
		return fmt.Errorf("put document %s: %w", d.ID, err)
	}
	return nil
}

// facetOptions index the facet field for faceting only: terms and doc
// values, nothing stored.
const facetOptions = bleveindex.IndexField | bleveindex.DocValues

// dateOptions index the publication date for the date sort: terms and doc
// values, nothing stored.
const dateOptions = bleveindex.IndexField | bleveindex.DocValues

// storedHashes returns the content hash stored for each of ids that is in the
// index.
func (x *Index) storedHashes(ctx context.Context, ids []string) (map[string]string, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fieldContentHash}
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("read stored content hashes in index %s: %w", x.name, err)
	}
	hashes := make(map[string]string, len(ids))
	for _, h := range res.Hits {
		hash, _ := h.Fields[fieldContentHash].(string)
		hashes[h.ID] = hash
	}
	return hashes, nil
}

// Get returns the document with the given ID, or an error with code
// veille.ENOTFOUND.
func (x *Index) Get(ctx context.Context, id string) (veille.Document, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = []string{fieldDoc, fieldText}
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return veille.Document{}, fmt.Errorf("get document %s from index %s: %w", id, x.name, err)
	}
	if len(res.Hits) == 0 {
		return veille.Document{}, veille.Errorf(veille.ENOTFOUND, "document %s not found", id)
	}
	return decodeDocument(res.Hits[0].ID, res.Hits[0].Fields)
}

// Export calls fn for every stored document in ID order, until fn fails; it
// returns fn's error as is.
func (x *Index) Export(ctx context.Context, fn func(veille.Document) error) error {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), exportPageSize, 0, false)
	req.Fields = []string{fieldDoc, fieldText}
	req.SortBy([]string{"_id"})
	for {
		res, err := x.bleve.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("export index %s: %w", x.name, err)
		}
		for _, h := range res.Hits {
			d, err := decodeDocument(h.ID, h.Fields)
			if err != nil {
				return err
			}
			if err := fn(d); err != nil {
				return err
			}
		}
		if len(res.Hits) < exportPageSize {
			return nil
		}
		req.SearchAfter = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

// documentFields returns what the mapping indexes and stores for d, and the
// values of its facet field; doc.go describes each field.
func documentFields(d *veille.Document) (fields map[string]any, facets []string, err error) {
	stored := *d
	stored.Text = "" // stored once, in the text field
	js, err := json.Marshal(stored)
	if err != nil {
		return nil, nil, fmt.Errorf("put document %s: encode: %w", d.ID, err)
	}
	f := map[string]any{
		fieldTitle: d.Title,
		fieldText:  d.Text,
		fieldDoc:   string(js),
	}
	orgs, machines := mentionNames(d.Organisations), mentionNames(d.Machines)
	setKeywords(f, fieldOrg, orgs)
	setKeywords(f, fieldMachine, machines)
	setKeywords(f, fieldSite, []string{d.Site})
	setKeywords(f, fieldLang, []string{strings.ToLower(d.Lang)})
	setKeywords(f, fieldContentHash, []string{d.ContentHash})
	facets = prefixed(facetOrg, orgs)
	facets = append(facets, prefixed(facetMachine, machines)...)
	if d.Site != "" {
		facets = append(facets, facetSite+d.Site)
	}
	if !d.Published.IsZero() {
		// In UTC, as after: and before: count days, so that a month's
		// count is what filtering by the month finds.
		facets = append(facets, facetMonth+d.Published.UTC().Format("2006-01"))
	}
	if !d.FetchedAt.IsZero() {
		f[fieldFetched] = d.FetchedAt
	}
	var keys []string
	values := map[string][]float64{}
	for _, a := range d.Amounts {
		currency := currencyCode(a.Currency)
		if currency == "" {
			continue
		}
		keys = append(keys, amountKey(a.Value, currency))
		values[currency] = append(values[currency], a.Value)
		if a.Max != 0 {
			values[currency] = append(values[currency], a.Max)
		}
	}
	setKeywords(f, fieldAmount, keys)
	for currency, vs := range values {
		f[amountField(currency)] = vs
		f[maxAmountField(currency)] = slices.Max(vs)
	}
	return f, distinct(facets), nil
}

// setKeywords sets field to the distinct non-empty values of values, if any.
func setKeywords(f map[string]any, field string, values []string) {
	if kept := distinct(values); len(kept) > 0 {
		f[field] = kept
	}
}

// distinct returns the distinct non-empty values of values, in order.
func distinct(values []string) []string {
	var kept []string
	for _, v := range values {
		if v != "" && !slices.Contains(kept, v) {
			kept = append(kept, v)
		}
	}
	return kept
}

// prefixed returns values with prefix before each.
func prefixed(prefix string, values []string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = prefix + v
	}
	return out
}

// currencyCode returns the ISO code of an amount's currency as used in field
// names, upper-case letters only; an empty currency is EUR, one without
// letters gives "".
func currencyCode(c string) string {
	if c == "" {
		return "EUR"
	}
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r
		}
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return -1
	}, c)
}

// mentionNames returns the distinct canonical names of ms in order of first
// mention.
func mentionNames(ms []veille.Mention) []string {
	names := []string{}
	for _, m := range ms {
		if m.Name != "" && !slices.Contains(names, m.Name) {
			names = append(names, m.Name)
		}
	}
	return names
}

// decodeDocument rebuilds a document from its stored fields.
func decodeDocument(id string, fields map[string]any) (veille.Document, error) {
	var d veille.Document
	js, _ := fields[fieldDoc].(string)
	if err := json.Unmarshal([]byte(js), &d); err != nil {
		return veille.Document{}, fmt.Errorf("read document %s: %w", id, err)
	}
	d.Text, _ = fields[fieldText].(string)
	return d, nil
}
