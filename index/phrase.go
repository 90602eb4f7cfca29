package index

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// phraseQuery matches the documents where the words of a phrase follow one
// another in a field, with the hits and scores of bleve's match phrase
// query. Bleve's phrase searcher gathers the positions of the phrase terms in
// each candidate document into maps of locations, for highlighting; unless
// the search highlights, this one checks the positions directly.
type phraseQuery struct {
	text  string // the phrase as written
	field string
	boost float64
	// slots holds the terms of the phrase by position from its first
	// term; a nil slot stands for a word the analyser dropped (a stop
	// word) and matches any term.
	slots [][]string
}

// newPhraseQuery returns the phrase query of text in field, whose analysed
// terms are tokens.
func newPhraseQuery(text string, tokens analysis.TokenStream, field string, boost float64) *phraseQuery {
	first, last := tokens[0].Position, tokens[0].Position
	for _, t := range tokens {
		first, last = min(first, t.Position), max(last, t.Position)
	}
	slots := make([][]string, last-first+1)
	for _, t := range tokens {
		slots[t.Position-first] = append(slots[t.Position-first], string(t.Term))
	}
	return &phraseQuery{text: text, field: field, boost: boost, slots: slots}
}

// SetBoost sets the weight of a match.
func (q *phraseQuery) SetBoost(b float64) { q.boost = b }

// Boost returns the weight of a match.
func (q *phraseQuery) Boost() float64 { return q.boost }

// simple says whether every slot holds at most one term, the only phrases
// this query checks itself.
func (q *phraseQuery) simple() bool {
	for _, slot := range q.slots {
		if len(slot) > 1 {
			return false
		}
	}
	return len(q.slots) > 0 && len(q.slots[0]) == 1
}

// Searcher returns a searcher of the phrase's hits: bleve's when the search
// wants the locations of the matches, else one that reads the same term
// positions without keeping them.
func (q *phraseQuery) Searcher(ctx context.Context, r bleveindex.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	if opts.IncludeTermVectors || !q.simple() {
		p := bleve.NewMatchPhraseQuery(q.text)
		p.SetField(q.field)
		p.SetBoost(q.boost)
		return p.Searcher(ctx, r, m, opts)
	}
	opts.IncludeTermVectors = true // the positions of the terms
	terms := make([]search.Searcher, 0, len(q.slots))
	closeAll := func() {
		for _, t := range terms {
			_ = t.Close()
		}
	}
	for _, slot := range q.slots {
		if len(slot) == 0 {
			continue
		}
		t, err := searcher.NewTermSearcher(ctx, r, slot[0], q.field, q.boost, opts)
		if err != nil {
			closeAll()
			return nil, fmt.Errorf("phrase %q: %w", q.text, err)
		}
		terms = append(terms, t)
	}
	all, err := searcher.NewConjunctionSearcher(ctx, r, terms, opts)
	if err != nil {
		closeAll()
		return nil, fmt.Errorf("phrase %q: %w", q.text, err)
	}
	all.SetQueryNorm(1 / math.Sqrt(all.Weight()))
	return &phraseSearcher{all: all, slots: q.slots, positions: make([][]uint64, len(q.slots))}, nil
}

// phraseSearcher returns the documents that hold the terms of a phrase, from
// a conjunction of their term searchers, whose terms are in order.
type phraseSearcher struct {
	all       search.Searcher // the documents with every term
	slots     [][]string
	positions [][]uint64 // per slot, the positions of its term in the current document
}

// Next returns the next document that holds the phrase.
func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.all.Next(ctx)
	return s.first(ctx, d, err)
}

// Advance returns the first document at or after id that holds the phrase.
func (s *phraseSearcher) Advance(ctx *search.SearchContext, id bleveindex.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.all.Advance(ctx, id)
	return s.first(ctx, d, err)
}

// first returns d, or the next document after it, that holds the phrase.
func (s *phraseSearcher) first(ctx *search.SearchContext, d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	for ; d != nil && err == nil; d, err = s.all.Next(ctx) {
		if s.holds(d) {
			// The locations only serve highlighting, which uses
			// bleve's phrase searcher.
			d.FieldTermLocations = d.FieldTermLocations[:0]
			return d, nil
		}
		ctx.DocumentMatchPool.Put(d)
	}
	return nil, err
}

// holds says whether the terms of d are at consecutive positions, as the
// slots of the phrase are.
func (s *phraseSearcher) holds(d *search.DocumentMatch) bool {
	for k := range s.positions {
		s.positions[k] = s.positions[k][:0]
	}
	for _, ftl := range d.FieldTermLocations {
		for k, slot := range s.slots {
			if len(slot) == 1 && slot[0] == ftl.Term {
				s.positions[k] = append(s.positions[k], ftl.Location.Pos)
			}
		}
	}
next:
	for _, start := range s.positions[0] {
		for k := 1; k < len(s.slots); k++ {
			if len(s.slots[k]) == 1 && !slices.Contains(s.positions[k], start+uint64(k)) {
				continue next
			}
		}
		return true
	}
	return false
}

// Close closes the term searchers.
func (s *phraseSearcher) Close() error { return s.all.Close() }

// Weight returns the weight of the terms, for the query norm.
func (s *phraseSearcher) Weight() float64 { return s.all.Weight() }

// SetQueryNorm passes the query norm to the term searchers.
func (s *phraseSearcher) SetQueryNorm(norm float64) { s.all.SetQueryNorm(norm) }

// Count returns the number of documents with every term, at most the number
// of hits.
func (s *phraseSearcher) Count() uint64 { return s.all.Count() }

// Min returns 0: the phrase has no optional part.
func (s *phraseSearcher) Min() int { return 0 }

// Size returns an estimate of the memory the searcher uses, in bytes.
func (s *phraseSearcher) Size() int { return s.all.Size() + 64 }

// DocumentMatchPoolSize returns the number of document matches the
// searcher holds at once.
func (s *phraseSearcher) DocumentMatchPoolSize() int { return s.all.DocumentMatchPoolSize() + 1 }
