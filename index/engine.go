package index

import (
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"

	"github.com/veille-fr/veille"
)

// A search runs here, over the segments of one index snapshot, rather than
// through bleve's searchers; the package comment (doc.go) says why and gives
// the ranking formula, which textCursor and the cursors' score methods
// compute.

// titleBoost weighs a match in the title against one in the text.
const titleBoost = 3.0

// done is the document number a cursor returns when it has no more.
const done = math.MaxUint64

// cancelEvery is how many hits a search matches between two looks at its
// context.
const cancelEvery = 1 << 12

// A plan is a parsed query ready to run over the segments of a snapshot.
type plan struct {
	words    []textClause // words and phrases every hit holds, scored
	excluded []textClause // words and phrases no hit holds
	keywords []keywordClause
	amounts  []amountClause
	dates    []dateClause
	// every says that the query has no clause: it matches every document.
	every bool
}

// A textClause is a word or a phrase, as the analyser lays it out by
// position: slots[i] is the term at position i from the first, or nil for a
// word the analyser dropped (a stop word), which any word fills.
type textClause struct {
	text  string
	slots [][]byte
}

// A keywordClause matches documents whose keyword field holds one of terms.
type keywordClause struct {
	field   string
	terms   []string
	negated bool
}

// An amountClause matches documents with an amount, or range end, in the
// field of a currency that compares with value as op says.
type amountClause struct {
	field   string
	op      string
	value   float64
	negated bool
}

// A dateClause matches documents published at or after a date (after) or
// before it.
type dateClause struct {
	after   bool
	date    int64 // nanoseconds since 1970 UTC
	negated bool
}

// newPlan turns a parsed query into a plan. Words that analyse to nothing
// (stop words, punctuation) are dropped.
func (x *Index) newPlan(q *Query) (*plan, error) {
	p := &plan{}
	for _, c := range q.Clauses {
		switch c.Kind {
		case KindWord, KindPhrase:
			t, ok := x.textClause(c.Text)
			if !ok {
				continue
			}
			if c.Negated {
				p.excluded = append(p.excluded, t)
			} else {
				p.words = append(p.words, t)
			}
		case KindOrg, KindMachine, KindSite:
			field := map[Kind]string{KindOrg: fieldOrg, KindMachine: fieldMachine, KindSite: fieldSite}[c.Kind]
			names, err := x.resolveName(field, c.Text)
			if err != nil {
				return nil, err
			}
			p.keywords = append(p.keywords, keywordClause{field: field, terms: names, negated: c.Negated})
		case KindLang:
			p.keywords = append(p.keywords, keywordClause{field: fieldLang, terms: []string{c.Text}, negated: c.Negated})
		case KindAmount:
			p.amounts = append(p.amounts, amountClause{field: amountField(c.Currency), op: c.Op, value: c.Value, negated: c.Negated})
		case KindAfter, KindBefore:
			p.dates = append(p.dates, dateClause{after: c.Kind == KindAfter, date: unixNano(c.Date), negated: c.Negated})
		default:
			return nil, veille.Errorf(veille.EINVALID, "query: unknown clause kind %q at %d", c.Kind, c.Pos)
		}
	}
	p.every = len(p.words)+len(p.excluded)+len(p.keywords)+len(p.amounts)+len(p.dates) == 0
	return p, nil
}

// textClause returns the clause of a word or phrase, false if it analyses to
// no term.
func (x *Index) textClause(text string) (textClause, bool) {
	tokens := x.analyzer.Analyze([]byte(text))
	if len(tokens) == 0 {
		return textClause{}, false
	}
	first, last := tokens[0].Position, tokens[0].Position
	for _, t := range tokens {
		first, last = min(first, t.Position), max(last, t.Position)
	}
	slots := make([][]byte, last-first+1)
	for _, t := range tokens {
		// The analyser gives one term per position; were it to give
		// several, the first would stand for them.
		if slots[t.Position-first] == nil {
			slots[t.Position-first] = t.Term
		}
	}
	return textClause{text: text, slots: slots}, true
}

// matches reports whether a document's amounts, values[i] in currencies[i],
// hold one that the clause accepts, currency being the number of the
// clause's field in the segment (-1 if the segment has no such amount).
func (c amountClause) matches(values []float64, currencies []uint8, currency int) bool {
	for i, v := range values {
		if int(currencies[i]) != currency {
			continue
		}
		var ok bool
		switch c.op {
		case ">=":
			ok = v >= c.value
		case ">":
			ok = v > c.value
		case "<=":
			ok = v <= c.value
		case "<":
			ok = v < c.value
		default:
			ok = v == c.value
		}
		if ok {
			return true
		}
	}
	return false
}

// The instants that nanoseconds since 1970 in an int64 can count.
var (
	firstNano = time.Unix(0, math.MinInt64+1)
	lastNano  = time.Unix(0, math.MaxInt64)
)

// unixNano returns t in nanoseconds since 1970, clamped to what an int64
// holds (years 1678 to 2262), above noDate.
func unixNano(t time.Time) int64 {
	switch {
	case t.Before(firstNano):
		return firstNano.UnixNano()
	case t.After(lastNano):
		return lastNano.UnixNano()
	}
	return t.UnixNano()
}

// matches reports whether a publication date (or noDate) passes the clause.
// A document without a date passes neither after: nor before:.
func (c dateClause) matches(published int64) bool {
	if published == noDate {
		return false
	}
	if c.after {
		return published >= c.date
	}
	return published < c.date
}

// A searchRun is one search over one snapshot: the hits it keeps for the
// page, the number of hits and how many of them hold each facet value.
type searchRun struct {
	plan   *plan
	snap   *scorch.IndexSnapshot
	cols   *snapshotColumns
	byDate bool
	top    *topHits
	total  uint64
	counts []int // by facet value number
	// live is the number of live documents of the snapshot, the N of idf.
	live uint64
	// idf holds, per field, the idf of each term of the query's words.
	idf map[string]map[string]float64
	// lists keeps the postings lists read for the idf, for the cursors.
	lists map[postingsKey]segment.PostingsList
}

// postingsKey names the postings of a term in a field of segment i of the
// run's snapshot.
type postingsKey struct {
	segment     int
	field, term string
}

// postings returns the postings of term in field of segment i (ss), without
// its deleted documents, read once per run.
func (r *searchRun) postings(i int, ss *scorch.SegmentSnapshot, field string, term []byte) (segment.PostingsList, error) {
	key := postingsKey{i, field, string(term)}
	if list, ok := r.lists[key]; ok {
		return list, nil
	}
	dict, err := ss.Segment().Dictionary(field)
	if err != nil {
		return nil, fmt.Errorf("read the %s terms: %w", field, err)
	}
	list, err := dict.PostingsList(term, ss.Deleted(), nil)
	if err != nil {
		return nil, fmt.Errorf("read the documents with %q in %s: %w", term, field, err)
	}
	if r.lists == nil {
		r.lists = map[postingsKey]segment.PostingsList{}
	}
	r.lists[key] = list
	return list, nil
}

// run matches the plan over every segment of the snapshot, keeping the best
// keep hits in the order asked for.
func (r *searchRun) run(ctx context.Context, keep int) error {
	if r.byDate || len(r.plan.dates) > 0 {
		if err := r.cols.readDates(); err != nil {
			return err
		}
	}
	if len(r.plan.amounts) > 0 {
		if err := r.cols.readAmounts(); err != nil {
			return err
		}
	}
	r.top = newTopHits(keep, r.byDate)
	segs := r.snap.Segments()
	if r.plan.every {
		// The counts of the whole snapshot come from the segment
		// totals; in relevance order the page is the first documents.
		r.total, r.counts = r.cols.liveCounts()
		for i, ss := range segs {
			if !r.byDate && r.top.full() {
				break
			}
			if err := r.segment(ctx, i, ss, false); err != nil {
				return err
			}
		}
		return nil
	}
	r.counts = make([]int, len(r.cols.names))
	if err := r.documentFrequencies(segs); err != nil {
		return err
	}
	for i, ss := range segs {
		if err := r.segment(ctx, i, ss, true); err != nil {
			return err
		}
	}
	return nil
}

// documentFrequencies computes the idf of the terms of the query's words in
// the title and the text.
func (r *searchRun) documentFrequencies(segs []*scorch.SegmentSnapshot) error {
	df := map[string]map[string]uint64{fieldTitle: {}, fieldText: {}}
	for i, ss := range segs {
		for _, field := range []string{fieldTitle, fieldText} {
			for _, w := range r.plan.words {
				for _, term := range w.slots {
					if term == nil {
						continue
					}
					postings, err := r.postings(i, ss, field, term)
					if err != nil {
						return err
					}
					df[field][string(term)] += postings.Count()
				}
			}
		}
	}
	r.live = 0
	for _, ss := range segs {
		r.live += ss.Count()
	}
	r.idf = map[string]map[string]float64{}
	for field, byTerm := range df {
		r.idf[field] = map[string]float64{}
		for term, n := range byTerm {
			r.idf[field][term] = 1 + math.Log(float64(r.live)/float64(1+n))
		}
	}
	return nil
}

// segment matches the plan over segment i of the snapshot, counting the
// hits unless count is false.
func (r *searchRun) segment(ctx context.Context, i int, ss *scorch.SegmentSnapshot, count bool) error {
	seg, deleted := ss.Segment(), ss.Deleted()
	col := r.cols.segments[i]
	var required, excluded []cursor
	for _, w := range r.plan.words {
		c, err := r.textCursor(i, ss, w, true)
		if err != nil {
			return err
		}
		required = append(required, c)
	}
	for _, w := range r.plan.excluded {
		c, err := r.textCursor(i, ss, w, false)
		if err != nil {
			return err
		}
		excluded = append(excluded, c)
	}
	for _, k := range r.plan.keywords {
		c, err := keywordCursor(seg, deleted, k)
		if err != nil {
			return err
		}
		if k.negated {
			excluded = append(excluded, c)
		} else {
			required = append(required, c)
		}
	}
	if len(required) == 0 {
		required = append(required, &liveCursor{n: seg.Count(), deleted: deleted})
	}
	// Lead with the rarest clause: the others only seek to its documents.
	slices.SortStableFunc(required, func(a, b cursor) int { return cmp.Compare(a.cost(), b.cost()) })
	currencies := make([]int, len(r.plan.amounts))
	for k, a := range r.plan.amounts {
		currencies[k] = slices.Index(col.amounts.names, a.field)
	}

	lead, others := required[0], required[1:]
	doc, err := lead.seek(0)
	for matched := 0; err == nil && doc != done; {
		if !r.passesFilters(doc, col, currencies) {
			// The columns are cheaper to read than the other
			// cursors' postings.
			doc, err = lead.seek(doc + 1)
			continue
		}
		// Leapfrog: every required cursor must stop on doc.
		next := doc
		for _, c := range others {
			if next, err = c.seek(doc); err != nil || next != doc {
				break
			}
		}
		if err != nil {
			break
		}
		if next == done {
			break
		}
		if next != doc {
			doc, err = lead.seek(next)
			continue
		}
		if !excludedAt(doc, excluded) {
			if matched++; matched%cancelEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			var score float64
			for _, c := range required {
				score += c.score()
			}
			date := int64(noDate)
			if r.byDate {
				date = col.dates.published[doc]
			}
			r.top.add(hitRef{score: score, date: date, segment: i, doc: doc})
			if count {
				r.total++
				f := &col.facets
				for _, v := range f.values[f.starts[doc]:f.starts[doc+1]] {
					r.counts[v]++
				}
			} else if !r.byDate && r.top.full() {
				return nil
			}
		}
		doc, err = lead.seek(doc + 1)
	}
	if err != nil {
		return fmt.Errorf("match %q in segment %d: %w", r.plan.describe(), ss.Id(), err)
	}
	return nil
}

// passesFilters says whether a document passes the date and amount filters,
// from the segment's columns.
func (r *searchRun) passesFilters(doc uint64, col *segmentColumns, currencies []int) bool {
	for _, d := range r.plan.dates {
		if d.matches(col.dates.published[doc]) == d.negated {
			return false
		}
	}
	if len(r.plan.amounts) > 0 {
		a := &col.amounts
		values, curs := a.values[a.starts[doc]:a.starts[doc+1]], a.currencies[a.starts[doc]:a.starts[doc+1]]
		for k, c := range r.plan.amounts {
			if c.matches(values, curs, currencies[k]) == c.negated {
				return false
			}
		}
	}
	return true
}

// excludedAt says whether a document holds an excluded word or keyword.
// Excluded cursors only ever move forward, as doc does.
func excludedAt(doc uint64, excluded []cursor) bool {
	for _, c := range excluded {
		if at, err := c.seek(doc); err != nil || at == doc {
			return true
		}
	}
	return false
}

// describe names the plan's words for error messages.
func (p *plan) describe() string {
	texts := make([]string, len(p.words))
	for i, w := range p.words {
		texts[i] = w.text
	}
	return strings.Join(texts, " ")
}

// textCursor returns the cursor of a word or phrase in the title or the text
// of segment i (ss), scoring if scored.
func (r *searchRun) textCursor(i int, ss *scorch.SegmentSnapshot, w textClause, scored bool) (cursor, error) {
	var fields []cursor
	for _, f := range []struct {
		name  string
		boost float64
	}{{fieldTitle, titleBoost}, {fieldText, 1}} {
		var weight float64
		if scored {
			var idf float64
			for _, term := range w.slots {
				if term != nil {
					idf += r.idf[f.name][string(term)]
				}
			}
			weight = f.boost * idf * idf
		}
		c, err := newFieldCursor(func(term []byte) (segment.PostingsList, error) {
			return r.postings(i, ss, f.name, term)
		}, w, weight)
		if err != nil {
			return nil, fmt.Errorf("%q in %s: %w", w.text, f.name, err)
		}
		if c != nil {
			fields = append(fields, c)
		}
	}
	return newUnion(fields)
}

// keywordCursor returns the cursor of the documents of seg whose keyword
// field holds one of the clause's terms.
func keywordCursor(seg segment.Segment, deleted *roaring.Bitmap, k keywordClause) (cursor, error) {
	dict, err := seg.Dictionary(k.field)
	if err != nil {
		return nil, fmt.Errorf("read the %s values: %w", k.field, err)
	}
	var terms []cursor
	for _, t := range k.terms {
		postings, err := dict.PostingsList([]byte(t), deleted, nil)
		if err != nil {
			return nil, fmt.Errorf("read the documents with %s %q: %w", k.field, t, err)
		}
		if postings.Count() == 0 {
			continue
		}
		c := &termCursor{it: postings.Iterator(false, false, false, nil), n: postings.Count()}
		if err := c.start(); err != nil {
			return nil, fmt.Errorf("read the documents with %s %q: %w", k.field, t, err)
		}
		terms = append(terms, c)
	}
	return newUnion(terms)
}

// A cursor walks, in increasing order, the documents of a segment that match
// one clause.
type cursor interface {
	// seek returns the first matching document at or after target, or
	// done. Targets never decrease.
	seek(target uint64) (uint64, error)
	// score is the score of the current document.
	score() float64
	// cost estimates the number of documents the cursor visits.
	cost() uint64
}

// A termCursor walks the postings of one term in one field.
type termCursor struct {
	it     segment.PostingsIterator
	n      uint64  // postings
	weight float64 // boost × idf², 0 if the cursor does not score
	// locate says to read the term's positions in each document, for a
	// phrase.
	locate    bool
	doc       uint64
	freq      uint64
	norm      float64
	positions []uint64 // in the current document, increasing, if locate
}

func (c *termCursor) start() error {
	p, err := c.it.Next()
	c.set(p)
	return err
}

func (c *termCursor) set(p segment.Posting) {
	if p == nil {
		c.doc = done
		return
	}
	c.doc = p.Number()
	if c.weight != 0 || c.locate {
		c.freq, c.norm = p.Frequency(), p.Norm()
	}
	if c.locate {
		c.positions = c.positions[:0]
		for _, l := range p.Locations() {
			c.positions = append(c.positions, l.Pos())
		}
		slices.Sort(c.positions)
	}
}

func (c *termCursor) seek(target uint64) (uint64, error) {
	if c.doc < target {
		p, err := c.it.Advance(target)
		if err != nil {
			return done, err
		}
		c.set(p)
	}
	return c.doc, nil
}

func (c *termCursor) score() float64 {
	if c.weight == 0 {
		return 0
	}
	return c.weight * math.Sqrt(float64(c.freq)) * c.norm
}

func (c *termCursor) cost() uint64 { return c.n }

// A phraseCursor walks the documents of a field where the terms of a
// phrase follow one another.
type phraseCursor struct {
	terms   []*phraseTerm // one per non-empty slot, rarest first
	weight  float64
	started bool
	doc     uint64
	freq    int // how many times the phrase occurs in doc
	norm    float64
}

// A phraseTerm is a term of a phrase with its positions.
type phraseTerm struct {
	termCursor
	slot uint64 // the term's position in the phrase
}

// newFieldCursor returns the cursor of a word or phrase in one field, whose
// postings list gives for each term, or nil if the field of this segment does
// not hold one of its terms.
func newFieldCursor(list func(term []byte) (segment.PostingsList, error), w textClause, weight float64) (cursor, error) {
	phrase := len(w.slots) > 1
	p := &phraseCursor{weight: weight}
	for slot, term := range w.slots {
		if term == nil {
			continue
		}
		postings, err := list(term)
		if err != nil {
			return nil, err
		}
		if postings.Count() == 0 {
			return nil, nil
		}
		if !phrase {
			c := &termCursor{it: postings.Iterator(weight != 0, weight != 0, false, nil), n: postings.Count(), weight: weight}
			return c, c.start()
		}
		c := &phraseTerm{termCursor: termCursor{it: postings.Iterator(true, true, true, nil), n: postings.Count(), locate: true}, slot: uint64(slot)}
		if err := c.start(); err != nil {
			return nil, err
		}
		p.terms = append(p.terms, c)
	}
	slices.SortStableFunc(p.terms, func(a, b *phraseTerm) int { return cmp.Compare(a.n, b.n) })
	return p, nil
}

func (p *phraseCursor) seek(target uint64) (uint64, error) {
	if p.started && p.doc >= target {
		return p.doc, nil
	}
	p.started = true
	for {
		doc, err := p.terms[0].seek(target)
		if err != nil || doc == done {
			p.doc = done
			return done, err
		}
		next := doc
		for _, t := range p.terms[1:] {
			if next, err = t.seek(doc); err != nil {
				p.doc = done
				return done, err
			}
			if next != doc {
				break
			}
		}
		if next != doc {
			target = next
			continue
		}
		if n := p.occurrences(); n > 0 {
			p.doc, p.freq, p.norm = doc, n, p.terms[0].norm
			return doc, nil
		}
		target = doc + 1
	}
}

// occurrences counts the places where the phrase starts in the document all
// its terms' cursors are on, from the positions of its rarest term.
func (p *phraseCursor) occurrences() int {
	rarest := p.terms[0]
	n := 0
	for _, pos := range rarest.positions {
		if pos < rarest.slot {
			continue
		}
		start, ok := pos-rarest.slot, true
		for _, t := range p.terms[1:] {
			if _, found := slices.BinarySearch(t.positions, start+t.slot); !found {
				ok = false
				break
			}
		}
		if ok {
			n++
		}
	}
	return n
}

func (p *phraseCursor) score() float64 {
	return p.weight * math.Sqrt(float64(p.freq)) * p.norm
}

func (p *phraseCursor) cost() uint64 { return p.terms[0].n }

// A union walks the documents of any of its cursors, scoring the sum of
// those on the document.
type union struct {
	subs []cursor
	docs []uint64 // the current document of each sub
	doc  uint64
}

// newUnion returns the union of subs: a cursor that matches nothing if subs
// is empty, the only one if there is one.
func newUnion(subs []cursor) (cursor, error) {
	switch len(subs) {
	case 0:
		return emptyCursor{}, nil
	case 1:
		return subs[0], nil
	}
	u := &union{subs: subs, docs: make([]uint64, len(subs))}
	for i, s := range subs {
		doc, err := s.seek(0)
		if err != nil {
			return nil, err
		}
		u.docs[i] = doc
	}
	u.doc = slices.Min(u.docs)
	return u, nil
}

func (u *union) seek(target uint64) (uint64, error) {
	if u.doc >= target {
		return u.doc, nil
	}
	for i, s := range u.subs {
		if u.docs[i] < target {
			doc, err := s.seek(target)
			if err != nil {
				return done, err
			}
			u.docs[i] = doc
		}
	}
	u.doc = slices.Min(u.docs)
	return u.doc, nil
}

func (u *union) score() float64 {
	var s float64
	for i, sub := range u.subs {
		if u.docs[i] == u.doc {
			s += sub.score()
		}
	}
	return s
}

func (u *union) cost() uint64 {
	var n uint64
	for _, s := range u.subs {
		n += s.cost()
	}
	return n
}

// emptyCursor matches no document.
type emptyCursor struct{}

func (emptyCursor) seek(uint64) (uint64, error) { return done, nil }
func (emptyCursor) score() float64              { return 0 }
func (emptyCursor) cost() uint64                { return 0 }

// A liveCursor walks every live document of a segment.
type liveCursor struct {
	n       uint64
	deleted *roaring.Bitmap
}

func (c *liveCursor) seek(target uint64) (uint64, error) {
	for ; target < c.n; target++ {
		if c.deleted == nil || !c.deleted.Contains(uint32(target)) {
			return target, nil
		}
	}
	return done, nil
}

func (c *liveCursor) score() float64 { return 0 }
func (c *liveCursor) cost() uint64   { return c.n }

// A hitRef is a hit of a search: a document of a segment of the snapshot,
// with what orders it.
type hitRef struct {
	score   float64
	date    int64
	segment int
	doc     uint64
}

// topHits keeps the best hits seen, in a heap whose root is the worst kept.
type topHits struct {
	keep   int
	byDate bool
	hits   []hitRef
}

func newTopHits(keep int, byDate bool) *topHits {
	return &topHits{keep: keep, byDate: byDate, hits: make([]hitRef, 0, min(keep, 1024))}
}

// before says whether a comes before b: newer first if by date, then higher
// score first, then in index order.
func (t *topHits) before(a, b hitRef) bool {
	if t.byDate && a.date != b.date {
		return a.date > b.date
	}
	if a.score != b.score {
		return a.score > b.score
	}
	if a.segment != b.segment {
		return a.segment < b.segment
	}
	return a.doc < b.doc
}

func (t *topHits) full() bool { return len(t.hits) >= t.keep }

// add keeps h if it is among the best seen.
func (t *topHits) add(h hitRef) {
	if t.keep == 0 {
		return
	}
	if len(t.hits) < t.keep {
		heap.Push(t, h)
		return
	}
	if t.before(h, t.hits[0]) {
		t.hits[0] = h
		heap.Fix(t, 0)
	}
}

// sorted returns the hits kept, best first.
func (t *topHits) sorted() []hitRef {
	out := slices.Clone(t.hits)
	slices.SortFunc(out, func(a, b hitRef) int {
		if t.before(a, b) {
			return -1
		}
		if t.before(b, a) {
			return 1
		}
		return 0
	})
	return out
}

// The heap interface, worst hit at the root.
func (t *topHits) Len() int           { return len(t.hits) }
func (t *topHits) Less(i, j int) bool { return t.before(t.hits[j], t.hits[i]) }
func (t *topHits) Swap(i, j int)      { t.hits[i], t.hits[j] = t.hits[j], t.hits[i] }
func (t *topHits) Push(h any)         { t.hits = append(t.hits, h.(hitRef)) }
func (t *topHits) Pop() any {
	h := t.hits[len(t.hits)-1]
	t.hits = t.hits[:len(t.hits)-1]
	return h
}
