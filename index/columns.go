package index

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/numeric"
	bleveindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// columnsKeep is how many snapshots the columns of a segment outlive its
// last use by: a search on an older snapshot still finds the columns of the
// segments merged since, without the cache holding merged-away segments for
// long.
const columnsKeep = 64

// noDate is the publication date of a document that has none; it sorts
// before every date.
const noDate = math.MinInt64

// A columnCache keeps, for each segment of the index, the facet values,
// publication date and amounts of each of its documents, read once from the
// postings of the facet and amount fields and the doc values of published. A segment never changes once written (deleting a document only marks
// it in the snapshots that follow), so its columns stay exact for as long as
// it lives; a merge writes a new segment, with a new ID.
type columnCache struct {
	mu       sync.Mutex
	segments map[uint64]*segmentColumns // by scorch segment ID
	uses     uint64                     // snapshots bound so far
	names    []string                   // the facet values, by number; only ever appended to
	numbers  map[string]uint32          // the number of each facet value
}

// segmentColumns are the columns of one segment, by local document number.
// Each column is read the first time a search needs it.
type segmentColumns struct {
	facets struct {
		once sync.Once
		err  error
		// starts[n]:starts[n+1] is where document n's facet values
		// are in values.
		starts []uint32
		values []uint32
		// totals counts the documents of the segment that hold each
		// facet value, deleted ones included, by value number.
		totals []int
	}
	dates struct {
		once sync.Once
		err  error
		// published holds the publication date of each document, in
		// nanoseconds since 1970 UTC, or noDate.
		published []int64
	}
	amounts struct {
		once sync.Once
		err  error
		// starts[n]:starts[n+1] is where document n's amounts are in
		// values and currencies: every amount and range end, with the
		// number of its currency in names.
		starts     []uint32
		values     []float64
		currencies []uint8
		names      []string // the currencies' field names (amount_eur), by number
	}
	lastUsed uint64
}

func newColumnCache() *columnCache {
	return &columnCache{segments: map[uint64]*segmentColumns{}, numbers: map[string]uint32{}}
}

// snapshotColumns are the columns of the segments of one index snapshot.
type snapshotColumns struct {
	cache    *columnCache
	snap     *scorch.IndexSnapshot
	ids      []uint64 // the segment IDs
	segments []*segmentColumns
	// offsets[i] is the number of the first document of segment i among the
	// snapshot's document numbers; offsets[len(segments)] ends the last one.
	offsets []uint64
	names   []string // the facet values, by number
}

// columns returns the columns of the segments of snap, with their facet
// values, reading those of the segments it meets for the first time.
func (c *columnCache) columns(snap *scorch.IndexSnapshot) (*snapshotColumns, error) {
	segs := snap.Segments()
	sc := &snapshotColumns{cache: c, snap: snap, ids: make([]uint64, len(segs)), segments: make([]*segmentColumns, len(segs)), offsets: make([]uint64, len(segs)+1)}
	c.mu.Lock()
	c.uses++
	for i, ss := range segs {
		sc.ids[i] = ss.Id()
		sc.offsets[i+1] = sc.offsets[i] + ss.Segment().Count()
		col := c.segments[ss.Id()]
		if col == nil {
			col = &segmentColumns{}
			c.segments[ss.Id()] = col
		}
		col.lastUsed = c.uses
		sc.segments[i] = col
	}
	for id, col := range c.segments {
		if col.lastUsed+columnsKeep < c.uses {
			delete(c.segments, id)
		}
	}
	c.mu.Unlock()

	for i, col := range sc.segments {
		f := &col.facets
		f.once.Do(func() { f.err = c.readFacets(col, segs[i]) })
		if f.err != nil {
			c.forget(sc.ids[i], col)
			return nil, f.err
		}
	}
	c.mu.Lock()
	sc.names = c.names // a prefix that later reads only append to
	c.mu.Unlock()
	return sc, nil
}

// readDates reads the publication dates of the segments that lack them.
func (sc *snapshotColumns) readDates() error {
	for i, col := range sc.segments {
		d := &col.dates
		d.once.Do(func() { d.err = readDates(col, sc.snap, sc.offsets[i], sc.offsets[i+1]) })
		if d.err != nil {
			sc.cache.forget(sc.ids[i], col)
			return d.err
		}
	}
	return nil
}

// readAmounts reads the amounts of the segments that lack them.
func (sc *snapshotColumns) readAmounts() error {
	for i, col := range sc.segments {
		a := &col.amounts
		a.once.Do(func() { a.err = readAmounts(col, sc.snap.Segments()[i].Segment()) })
		if a.err != nil {
			sc.cache.forget(sc.ids[i], col)
			return a.err
		}
	}
	return nil
}

// forget drops the columns of a segment that could not be read, so that a
// later search tries again.
func (c *columnCache) forget(id uint64, col *segmentColumns) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.segments[id] == col {
		delete(c.segments, id)
	}
}

// readFacets fills the facet column of col, the columns of segment ss, from
// the postings of its facet values: every document of the segment, deleted
// ones included.
func (c *columnCache) readFacets(col *segmentColumns, ss *scorch.SegmentSnapshot) error {
	seg := ss.Segment()
	dict, err := seg.Dictionary(fieldFacet)
	if err != nil {
		return fmt.Errorf("read facet values: %w", err)
	}
	var names []string // the segment's values, by their number within it
	var total uint64
	terms := dict.AutomatonIterator(nil, nil, nil) // every term
	for {
		entry, err := terms.Next()
		if err != nil {
			return fmt.Errorf("list facet values: %w", err)
		}
		if entry == nil {
			break
		}
		names = append(names, entry.Term)
		total += entry.Count
	}

	// Gather (document, value) pairs value by value, then lay them out
	// document by document.
	f := &col.facets
	f.starts = make([]uint32, seg.Count()+1)
	pairs := make([]struct{ doc, value uint32 }, 0, total)
	for num, name := range names {
		postings, err := dict.PostingsList([]byte(name), nil, nil)
		if err != nil {
			return fmt.Errorf("read documents with facet value %q: %w", name, err)
		}
		it := postings.Iterator(false, false, false, nil)
		for {
			p, err := it.Next()
			if err != nil {
				return fmt.Errorf("read documents with facet value %q: %w", name, err)
			}
			if p == nil {
				break
			}
			pairs = append(pairs, struct{ doc, value uint32 }{uint32(p.Number()), uint32(num)})
			f.starts[p.Number()+1]++
		}
	}
	for i := 1; i < len(f.starts); i++ {
		f.starts[i] += f.starts[i-1]
	}
	f.values = make([]uint32, len(pairs))
	next := slices.Clone(f.starts[:len(f.starts)-1])
	for _, p := range pairs {
		f.values[next[p.doc]] = p.value
		next[p.doc]++
	}

	// Give the segment's values their numbers in the whole index.
	c.mu.Lock()
	global := make([]uint32, len(names))
	for i, name := range names {
		num, ok := c.numbers[name]
		if !ok {
			num = uint32(len(c.names))
			c.names = append(c.names, name)
			c.numbers[name] = num
		}
		global[i] = num
	}
	f.totals = make([]int, len(c.names))
	c.mu.Unlock()
	for i, v := range f.values {
		f.values[i] = global[v]
		f.totals[global[v]]++
	}
	return nil
}

// readDates fills the date column of col from the doc values of the
// documents numbered from start to end in snap.
func readDates(col *segmentColumns, snap *scorch.IndexSnapshot, start, end uint64) error {
	dv, err := snap.DocValueReader([]string{fieldPublished})
	if err != nil {
		return fmt.Errorf("read publication dates: %w", err)
	}
	published := make([]int64, end-start)
	id := bleveindex.NewIndexInternalID(nil, 0)
	for doc := start; doc < end; doc++ {
		date := int64(noDate)
		id.SetValue(doc)
		err := dv.VisitDocValues(id, func(_ string, term []byte) {
			// The full-precision term, the first if several.
			if valid, shift := numeric.ValidPrefixCodedTermBytes(term); valid && shift == 0 && date == noDate {
				if v, err := numeric.PrefixCoded(term).Int64(); err == nil {
					date = v
				}
			}
		})
		if err != nil {
			return fmt.Errorf("read publication date of document %d: %w", doc, err)
		}
		published[doc-start] = date
	}
	col.dates.published = published
	return nil
}

// readAmounts fills the amount column of col from the full-precision terms
// of the amount fields of seg and their postings: every document of the
// segment, deleted ones included.
func readAmounts(col *segmentColumns, seg segment.Segment) error {
	a := &col.amounts
	type amount struct {
		doc      uint32
		value    float64
		currency uint8
	}
	var found []amount
	for _, field := range seg.Fields() {
		if !strings.HasPrefix(field, amountFieldPrefix) {
			continue
		}
		if len(a.names) == math.MaxUint8 {
			return fmt.Errorf("read amounts: more than %d currencies", math.MaxUint8)
		}
		currency := uint8(len(a.names))
		a.names = append(a.names, field)
		dict, err := seg.Dictionary(field)
		if err != nil {
			return fmt.Errorf("read amounts of %s: %w", field, err)
		}
		terms := dict.AutomatonIterator(nil, nil, nil)
		for {
			entry, err := terms.Next()
			if err != nil {
				return fmt.Errorf("list amounts of %s: %w", field, err)
			}
			if entry == nil {
				break
			}
			term := []byte(entry.Term)
			if valid, shift := numeric.ValidPrefixCodedTermBytes(term); !valid || shift != 0 {
				continue
			}
			bits, err := numeric.PrefixCoded(term).Int64()
			if err != nil {
				return fmt.Errorf("read amount term %q of %s: %w", entry.Term, field, err)
			}
			value := numeric.Int64ToFloat64(bits)
			postings, err := dict.PostingsList(term, nil, nil)
			if err != nil {
				return fmt.Errorf("read documents with amount %v in %s: %w", value, field, err)
			}
			it := postings.Iterator(false, false, false, nil)
			for {
				p, err := it.Next()
				if err != nil {
					return fmt.Errorf("read documents with amount %v in %s: %w", value, field, err)
				}
				if p == nil {
					break
				}
				found = append(found, amount{uint32(p.Number()), value, currency})
			}
		}
	}
	slices.SortStableFunc(found, func(x, y amount) int { return cmp.Compare(x.doc, y.doc) })
	a.starts = make([]uint32, seg.Count()+1)
	a.values = make([]float64, len(found))
	a.currencies = make([]uint8, len(found))
	for i, f := range found {
		a.starts[f.doc+1]++
		a.values[i], a.currencies[i] = f.value, f.currency
	}
	for i := 1; i < len(a.starts); i++ {
		a.starts[i] += a.starts[i-1]
	}
	return nil
}

// liveCounts returns the number of live documents of the snapshot and how
// many hold each facet value: the totals of its segments less their deleted
// documents.
func (sc *snapshotColumns) liveCounts() (uint64, []int) {
	counts := make([]int, len(sc.names))
	var live uint64
	for i, ss := range sc.snap.Segments() {
		f := &sc.segments[i].facets
		for v, n := range f.totals {
			counts[v] += n
		}
		live += ss.Count()
		if deleted := ss.Deleted(); deleted != nil {
			for _, local := range deleted.ToArray() {
				for _, v := range f.values[f.starts[local]:f.starts[local+1]] {
					counts[v]--
				}
			}
		}
	}
	return live, counts
}
