package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// A searchRun holds what one search counts beside its page of hits: the
// number of hits and how many of them hold each facet value, read from the
// columns of the index snapshot the search reads, so that the counts and the
// page always agree.
type searchRun struct {
	cache *columnCache
	// matchAll says that the query matches every document: the counts are
	// then those of the whole snapshot, from the totals of its segments.
	matchAll bool
	// scored says that the query has words or phrases to rank hits by.
	scored bool
	// byDate says that hits are sorted by date, from the date columns.
	byDate bool
	cols   *snapshotColumns
	total  uint64
	counts []int // by facet value number
}

// runQuery matches what q matches and counts each hit into run.
type runQuery struct {
	q   query.Query
	run *searchRun
}

// Searcher returns the searcher of the wrapped query over the snapshot r,
// counting its hits unless the run counts the whole snapshot.
func (rq *runQuery) Searcher(ctx context.Context, r bleveindex.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, fmt.Errorf("count facets: unexpected index reader %T", r)
	}
	cols, err := rq.run.cache.columns(snap)
	if err != nil {
		return nil, err
	}
	rq.run.cols = cols
	if rq.run.byDate {
		if err := cols.readDates(); err != nil {
			return nil, err
		}
	}
	if !rq.run.scored {
		// The request itself stays scored unless it matches everything:
		// bleve stops an unscored search at the end of its page, and the
		// total and the facets need every hit.
		opts.Score = bleve.ScoreNone
	}
	s, err := rq.q.Searcher(ctx, r, m, opts)
	if err != nil {
		return nil, err
	}
	if rq.run.matchAll {
		rq.run.total, rq.run.counts = cols.liveCounts()
		return s, nil
	}
	rq.run.total, rq.run.counts = 0, make([]int, len(cols.names))
	return &countingSearcher{Searcher: s, run: rq.run, cursor: docCursor{cols: cols}}, nil
}

// countingSearcher counts the facet values of each hit of its searcher.
type countingSearcher struct {
	search.Searcher
	run    *searchRun
	cursor docCursor
}

// Next returns the next hit, counted.
func (s *countingSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Next(ctx)
	if d != nil {
		s.add(d)
	}
	return d, err
}

// Advance returns the first hit at or after id, counted.
func (s *countingSearcher) Advance(ctx *search.SearchContext, id bleveindex.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Advance(ctx, id)
	if d != nil {
		s.add(d)
	}
	return d, err
}

func (s *countingSearcher) add(d *search.DocumentMatch) {
	s.run.total++
	s.cursor.count(d.IndexInternalID.Value(), s.run.counts)
}

// dateSort orders hits by publication date, from the columns of the run's
// snapshot: the order of bleve's date sort on the published field, without
// reading its doc values for each hit.
type dateSort struct {
	run  *searchRun
	desc bool
	// missing is the key of a hit with no date: it sorts before every date,
	// so after them when the order is descending.
	missing string
	cursor  docCursor
}

// newestFirst returns the date sort of run, newest first and undated hits
// last.
func newestFirst(run *searchRun) *dateSort {
	return &dateSort{run: run, desc: true, missing: search.LowTerm}
}

// UpdateVisitor does nothing: the dates come from the run's columns.
func (s *dateSort) UpdateVisitor(string, []byte) {}

// Value returns the sort key of a hit: its date as the index encodes it
// (which compares in date order), or the missing key if it has none.
func (s *dateSort) Value(d *search.DocumentMatch) string {
	if s.cursor.cols != s.run.cols {
		s.cursor = docCursor{cols: s.run.cols}
	}
	if s.cursor.cols != nil {
		if key := s.cursor.date(d.IndexInternalID.Value()); key != "" {
			return key
		}
	}
	return s.missing
}

// DecodeValue returns the key as is: the sort keys of hits are not shown.
func (s *dateSort) DecodeValue(value string) string { return value }

// Descending says whether the newest come first.
func (s *dateSort) Descending() bool { return s.desc }

// RequiresDocID says that the sort needs no document ID.
func (s *dateSort) RequiresDocID() bool { return false }

// RequiresScoring says that the sort needs no score.
func (s *dateSort) RequiresScoring() bool { return false }

// RequiresFields says that the sort reads no doc values.
func (s *dateSort) RequiresFields() []string { return nil }

// Reverse turns the order around, undated hits included.
func (s *dateSort) Reverse() { s.desc = !s.desc }

// Copy returns a sort in the same order over the same run.
func (s *dateSort) Copy() search.SearchSort {
	return &dateSort{run: s.run, desc: s.desc, missing: s.missing}
}
