package index

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	htmlhl "github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"

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

// snippetLen is the length, in code points, of a snippet taken from the
// start of the text when no match can be highlighted.
const snippetLen = 200

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
	q, err := x.buildQuery(parsed)
	if err != nil {
		return nil, err
	}
	order := req.Sort
	if order == "" {
		order = parsed.Sort
	}
	run := &searchRun{cache: x.columns, scored: scores(parsed), byDate: order == veille.SortDate}
	_, run.matchAll = q.(*query.MatchAllQuery)
	sreq, err := newSearchRequest(&runQuery{q: q, run: run}, run, order, limit, req.Offset)
	if err != nil {
		return nil, err
	}
	res, err := x.bleve.SearchInContext(ctx, sreq)
	if err != nil {
		return nil, fmt.Errorf("search index %s for %q: %w", x.name, req.Query, err)
	}
	if run.cols == nil {
		return nil, fmt.Errorf("search index %s for %q: bleve did not run the query", x.name, req.Query)
	}
	total := res.Total
	if run.matchAll {
		total = run.total
	} else if run.total != res.Total {
		return nil, fmt.Errorf("search index %s for %q: counted the facets of %d hits of %d", x.name, req.Query, run.total, res.Total)
	}
	marked, err := x.snippetQuery(parsed)
	if err != nil {
		return nil, err
	}
	snippets, err := x.snippets(ctx, marked, res.Hits)
	if err != nil {
		return nil, err
	}
	out := &veille.SearchResult{
		Total:  total,
		Hits:   make([]veille.Hit, 0, len(res.Hits)),
		Facets: splitFacets(run.cols.names, run.counts),
	}
	for _, h := range res.Hits {
		hit, err := makeHit(h, snippets[h.ID])
		if err != nil {
			return nil, err
		}
		out.Hits = append(out.Hits, hit)
	}
	out.Took = time.Since(start)
	return out, nil
}

// newSearchRequest returns the bleve request for one page of hits of q in
// the given order; run counts the hits and their facet values.
func newSearchRequest(q query.Query, run *searchRun, order veille.Sort, limit, offset int) (*bleve.SearchRequest, error) {
	sreq := bleve.NewSearchRequestOptions(q, limit, offset, false)
	sreq.Fields = []string{fieldDoc}
	if run.matchAll && !run.scored {
		// bleve may stop at the end of the page: the run counts the whole
		// snapshot.
		sreq.Score = bleve.ScoreNone
	}
	switch order {
	case "", veille.SortRelevance:
		// Ties keep the index order, which is stable while the index is.
		sreq.SortBy([]string{"-_score"})
	case veille.SortDate:
		sreq.SortByCustom(search.SortOrder{newestFirst(run), &search.SortScore{Desc: true}})
	default:
		return nil, veille.Errorf(veille.EINVALID, "search: unknown sort %q (want %q or %q)", order, veille.SortRelevance, veille.SortDate)
	}
	return sreq, nil
}

// scores says whether q has a word or a phrase to rank hits by; a query of
// filters only matches documents that are all equally relevant.
func scores(q *Query) bool {
	for _, c := range q.Clauses {
		if !c.Negated && (c.Kind == KindWord || c.Kind == KindPhrase) {
			return true
		}
	}
	return false
}

// snippets returns the snippet of each hit, by ID, with the matches of
// marked highlighted (none if marked is nil). It highlights in a second
// search restricted to the hits, so that the first one, over the whole
// result set, need not read term positions.
func (x *Index) snippets(ctx context.Context, marked query.Query, hits search.DocumentMatchCollection) (map[string]string, error) {
	if len(hits) == 0 {
		return nil, nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	var q query.Query = bleve.NewDocIDQuery(ids)
	if marked != nil {
		q = bleve.NewConjunctionQuery(q, marked)
	}
	req := bleve.NewSearchRequestOptions(q, len(ids), 0, false)
	req.Fields = []string{fieldText}
	if marked != nil {
		req.Highlight = bleve.NewHighlightWithStyle(htmlhl.Name)
		req.Highlight.AddField(fieldText)
	}
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("highlight hits in index %s: %w", x.name, err)
	}
	snippets := make(map[string]string, len(res.Hits))
	for _, h := range res.Hits {
		text, _ := h.Fields[fieldText].(string)
		snippets[h.ID] = snippet(h.Fragments[fieldText], text)
	}
	return snippets, nil
}

// makeHit builds a hit from a bleve match with its stored document.
func makeHit(h *search.DocumentMatch, snippet string) (veille.Hit, error) {
	var d veille.Document
	js, _ := h.Fields[fieldDoc].(string)
	if err := json.Unmarshal([]byte(js), &d); err != nil {
		return veille.Hit{}, fmt.Errorf("read document %s: %w", h.ID, err)
	}
	amounts := d.Amounts
	if amounts == nil {
		amounts = []veille.Amount{}
	}
	return veille.Hit{
		ID:            h.ID,
		Score:         h.Score,
		Title:         d.Title,
		Source:        d.Source,
		URL:           d.URL,
		Site:          d.Site,
		Published:     d.Published,
		Snippet:       snippet,
		Organisations: mentionNames(d.Organisations),
		Machines:      mentionNames(d.Machines),
		Amounts:       amounts,
	}, nil
}

// snippet returns the best highlighted fragment, or else the start of text,
// escaped, cut at a word boundary. Line breaks become spaces.
func snippet(fragments []string, text string) string {
	if len(fragments) > 0 && strings.Contains(fragments[0], "<mark>") {
		return strings.Join(strings.Fields(fragments[0]), " ")
	}
	flat := strings.Join(strings.Fields(text), " ")
	runes := []rune(flat)
	if len(runes) <= snippetLen {
		return html.EscapeString(flat)
	}
	cut := snippetLen
	for i := snippetLen; i > snippetLen/2; i-- {
		if unicode.IsSpace(runes[i]) {
			cut = i
			break
		}
	}
	return html.EscapeString(strings.TrimRightFunc(string(runes[:cut]), unicode.IsPunct)) + "…"
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
