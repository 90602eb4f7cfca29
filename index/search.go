package index

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	segment "github.com/blevesearch/scorch_segment_api/v2"

	"github.com/veille-fr/veille"
)

// Paging bounds of a search.
const (
	defaultLimit = 10
	maxLimit     = 100
	maxOffset    = 10000
)

// facetSize is the number of values each facet of a search lists.
const facetSize = 20

// defaultEntitiesTop is the number of entities Entities lists when the
// request does not say.
const defaultEntitiesTop = 50

// facets maps the facet names of a SearchResult to the prefix of their
// values in the facet field.
var facets = map[string]string{
	"organisations": facetOrg,
	"machines":      facetMachine,
	"sites":         facetSite,
	"months":        facetMonth,
}

// Search runs a query of veille's query language. A malformed query, a
// negative offset or one over 10,000, or an unknown sort gets an error with
// code veille.EINVALID. Limit is clamped to 1..100 (zero means 10).
func (x *Index) Search(ctx context.Context, req veille.SearchRequest) (*veille.SearchResult, error) {
	start := time.Now()
	limit := req.Limit
	switch {
	case limit <= 0:
		limit = defaultLimit
	case limit > maxLimit:
		limit = maxLimit
	}
	if req.Offset < 0 || req.Offset > maxOffset {
		return nil, veille.Errorf(veille.EINVALID, "search: offset %d is out of range 0..%d", req.Offset, maxOffset)
	}
	parsed, err := parseQuery(req.Query, x.parseAmount)
	if err != nil {
		return nil, err
	}
	order := req.Sort
	if order == "" {
		order = parsed.Sort
	}
	if order != "" && order != veille.SortRelevance && order != veille.SortDate {
		return nil, veille.Errorf(veille.EINVALID, "search: unknown sort %q (want %q or %q)", order, veille.SortRelevance, veille.SortDate)
	}
	p, err := x.newPlan(parsed)
	if err != nil {
		return nil, err
	}
	out, err := x.searchSnapshot(ctx, p, order == veille.SortDate, limit, req.Offset)
	if err != nil {
		return nil, fmt.Errorf("search index %s for %q: %w", x.name, req.Query, err)
	}
	out.Took = time.Since(start)
	return out, nil
}

// searchSnapshot runs a plan over the index's current snapshot and returns
// its total, facets and one page of hits with their snippets.
func (x *Index) searchSnapshot(ctx context.Context, p *plan, byDate bool, limit, offset int) (*veille.SearchResult, error) {
	x.closeMu.RLock()
	defer x.closeMu.RUnlock()
	if x.closed {
		return nil, errClosed
	}
	adv, err := x.bleve.Advanced()
	if err != nil {
		return nil, err
	}
	reader, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer func() { _ = reader.Close() }()
	snap, ok := reader.(*scorch.IndexSnapshot)
	if !ok {
		return nil, fmt.Errorf("unexpected index reader %T", reader)
	}
	cols, err := x.columns.columns(snap)
	if err != nil {
		return nil, err
	}
	run := &searchRun{plan: p, snap: snap, cols: cols, byDate: byDate}
	if err := run.run(ctx, offset+limit); err != nil {
		return nil, err
	}
	out := &veille.SearchResult{
		Total:  run.total,
		Hits:   []veille.Hit{},
		Facets: splitFacets(cols.names, run.counts),
	}
	refs := run.top.sorted()
	refs = refs[min(offset, len(refs)):]
	matches, err := pageMatches(snap, refs, p.words)
	if err != nil {
		return nil, err
	}
	segs := snap.Segments()
	for _, ref := range refs {
		hit, text, err := storedHit(segs[ref.segment].Segment(), ref.doc)
		if err != nil {
			return nil, err
		}
		hit.Score, hit.Snippet = ref.score, snippet(text, matches[ref.segment][ref.doc])
		out.Hits = append(out.Hits, hit)
	}
	return out, nil
}

// pageMatches returns where the words and phrases stand in the text of each
// hit of a page, by segment and document.
func pageMatches(snap *scorch.IndexSnapshot, refs []hitRef, words []textClause) (map[int]map[uint64][]textMatch, error) {
	bySegment := map[int][]uint64{}
	for _, ref := range refs {
		bySegment[ref.segment] = append(bySegment[ref.segment], ref.doc)
	}
	out := make(map[int]map[uint64][]textMatch, len(bySegment))
	for i, docs := range bySegment {
		slices.Sort(docs)
		m, err := textMatches(snap.Segments()[i].Segment(), docs, words)
		if err != nil {
			return nil, fmt.Errorf("highlight hits: %w", err)
		}
		out[i] = m
	}
	return out, nil
}

// storedHit returns the hit of document doc of seg, from its stored copy,
// and its text.
func storedHit(seg segment.Segment, doc uint64) (veille.Hit, string, error) {
	id, err := seg.DocID(doc)
	if err != nil {
		return veille.Hit{}, "", fmt.Errorf("read the ID of document %d: %w", doc, err)
	}
	var stored []byte
	var text string
	err = seg.VisitStoredFields(doc, func(field string, _ byte, value []byte, _ []uint64) bool {
		switch field {
		case fieldDoc:
			stored = slices.Clone(value)
		case fieldText:
			text = string(value)
		}
		return true
	})
	if err != nil {
		return veille.Hit{}, "", fmt.Errorf("read document %s: %w", id, err)
	}
	hit, err := makeHit(string(id), stored)
	return hit, text, err
}

// makeHit builds the hit of a document from its stored JSON, without a
// snippet or a score.
func makeHit(id string, stored []byte) (veille.Hit, error) {
	var d veille.Document
	if err := json.Unmarshal(stored, &d); err != nil {
		return veille.Hit{}, fmt.Errorf("read document %s: %w", id, err)
	}
	amounts := d.Amounts
	if amounts == nil {
		amounts = []veille.Amount{}
	}
	return veille.Hit{
		ID:            id,
		Title:         d.Title,
		Source:        d.Source,
		URL:           d.URL,
		Site:          d.Site,
		Published:     d.Published,
		Organisations: mentionNames(d.Organisations),
		Machines:      mentionNames(d.Machines),
		Amounts:       amounts,
	}, nil
}

// splitFacets returns the facets of a search from the counts of the facet
// field's values, by value number: values are sorted into facets by prefix,
// and each facet keeps its first facetSize values by count, then value.
func splitFacets(names []string, counts []int) map[string][]veille.FacetCount {
	out := make(map[string][]veille.FacetCount, len(facets))
	for name := range facets {
		out[name] = []veille.FacetCount{}
	}
	for num, count := range counts {
		if count == 0 {
			continue
		}
		for name, prefix := range facets {
			if value, ok := strings.CutPrefix(names[num], prefix); ok {
				out[name] = append(out[name], veille.FacetCount{Value: value, Count: count})
				break
			}
		}
	}
	for name, counts := range out {
		sortCounts(counts)
		out[name] = counts[:min(len(counts), facetSize)]
	}
	return out
}

// facetCounts returns a facet's values without their prefix, count
// descending then value ascending; an absent facet gives an empty list.
func facetCounts(f *search.FacetResult, prefix string) []veille.FacetCount {
	counts := []veille.FacetCount{}
	if f == nil || f.Terms == nil {
		return counts
	}
	for _, t := range f.Terms.Terms() {
		counts = append(counts, veille.FacetCount{Value: strings.TrimPrefix(t.Term, prefix), Count: t.Count})
	}
	sortCounts(counts)
	return counts
}

func sortCounts(counts []veille.FacetCount) {
	slices.SortStableFunc(counts, func(a, b veille.FacetCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Value, b.Value)
	})
}

// entityFacets maps the entity types to the field that lists them and the
// prefix of their values in it.
var entityFacets = map[veille.EntityType]struct{ field, prefix string }{
	veille.TypeOrganisation: {fieldFacet, facetOrg},
	veille.TypeMachine:      {fieldFacet, facetMachine},
	veille.TypeAmount:       {fieldAmount, ""},
}

// Entities lists organisations, machines or amounts with the number of
// documents that mention each, most mentioned first, then by name. An empty
// type lists organisations and machines together. Amounts are grouped by
// value and currency and named in French abbreviated form, exactly: "1,8 Md
// EUR", "203 M EUR", "45 k USD", "900 EUR".
func (x *Index) Entities(ctx context.Context, req veille.EntitiesRequest) ([]veille.EntityCount, error) {
	top := req.Top
	if top <= 0 {
		top = defaultEntitiesTop
	}
	types := []veille.EntityType{req.Type}
	if req.Type == "" {
		types = []veille.EntityType{veille.TypeOrganisation, veille.TypeMachine}
	}
	sreq := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 0, 0, false)
	for _, t := range types {
		ef, ok := entityFacets[t]
		if !ok {
			return nil, veille.Errorf(veille.EINVALID, "entities: unknown type %q (want %s, %s or %s)", t, veille.TypeOrganisation, veille.TypeMachine, veille.TypeAmount)
		}
		f := bleve.NewFacetRequest(ef.field, top)
		f.SetPrefixFilter(ef.prefix)
		sreq.AddFacet(string(t), f)
	}
	res, err := x.bleve.SearchInContext(ctx, sreq)
	if err != nil {
		return nil, fmt.Errorf("list entities in index %s: %w", x.name, err)
	}
	var out []veille.EntityCount
	for _, t := range types {
		for _, c := range facetCounts(res.Facets[string(t)], entityFacets[t].prefix) {
			name := c.Value
			if t == veille.TypeAmount {
				name = amountName(c.Value)
			}
			out = append(out, veille.EntityCount{Type: t, Name: name, Documents: c.Count})
		}
	}
	slices.SortStableFunc(out, func(a, b veille.EntityCount) int {
		if a.Documents != b.Documents {
			return b.Documents - a.Documents
		}
		return strings.Compare(a.Name, b.Name)
	})
	if len(out) > top {
		out = out[:top]
	}
	return out, nil
}

// amountName returns the readable name of an amount keyword ("1800000000
// EUR" gives "1,8 Md EUR"); a keyword it cannot read is returned as is.
func amountName(key string) string {
	value, currency, ok := strings.Cut(key, " ")
	if !ok {
		return key
	}
	v, err := strconv.ParseFloat(value, 64)
	if err != nil {
		return key
	}
	return formatAmount(v, currency)
}
