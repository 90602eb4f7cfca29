package index

import (
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/numeric"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// columnsKeep is how many snapshots the columns of a segment outlive its
// last use by: a search on an older snapshot still finds the columns of the
// segments merged since, without the cache holding merged-away segments for
// long.
const columnsKeep = 64

// A columnCache keeps, for each segment of the index, the facet values and
// the date sort key of each of its documents, read once from the postings of
// the facet field and the doc values of published. A segment never changes once written (deleting a document only marks
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
		// keys holds the date sort key of each document: its
		// publication date as the index encodes it for sorting, or ""
		// if it has none.
		keys []string
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

// readDates reads the date sort keys of the segments that lack them.
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
	keys := make([]string, end-start)
	var key []byte
	id := bleveindex.NewIndexInternalID(nil, 0)
	for doc := start; doc < end; doc++ {
		key = key[:0]
		id.SetValue(doc)
		err := dv.VisitDocValues(id, func(_ string, term []byte) {
			// The sort key is the full-precision term, as bleve's
			// date sort takes it, the first if several.
			if valid, shift := numeric.ValidPrefixCodedTermBytes(term); valid && shift == 0 && len(key) == 0 {
				key = append(key, term...)
			}
		})
		if err != nil {
			return fmt.Errorf("read publication date of document %d: %w", doc, err)
		}
		if len(key) > 0 {
			keys[doc-start] = string(key)
		}
	}
	col.dates.keys = keys
	return nil
}

// A docCursor finds the segment of a document number; it is fastest when
// asked for increasing numbers, as searchers return them.
type docCursor struct {
	cols *snapshotColumns
	seg  int
}

// find returns the columns of the segment of document number num and num
// within the segment.
func (c *docCursor) find(num uint64) (*segmentColumns, uint64) {
	offsets := c.cols.offsets
	if len(c.cols.segments) == 0 {
		return nil, 0
	}
	if num < offsets[c.seg] || num >= offsets[c.seg+1] {
		c.seg = sort.Search(len(c.cols.segments), func(i int) bool { return offsets[i+1] > num })
		if c.seg == len(c.cols.segments) { // not a document of the snapshot
			c.seg = 0
			return nil, 0
		}
	}
	return c.cols.segments[c.seg], num - offsets[c.seg]
}

// count adds one to counts for each facet value of document num.
func (c *docCursor) count(num uint64, counts []int) {
	col, local := c.find(num)
	if col == nil {
		return
	}
	f := &col.facets
	for _, v := range f.values[f.starts[local]:f.starts[local+1]] {
		counts[v]++
	}
}

// date returns the date sort key of document num, "" if it has no date.
func (c *docCursor) date(num uint64) string {
	col, local := c.find(num)
	if col == nil {
		return ""
	}
	return col.dates.keys[local]
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
