package index

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/veille-fr/veille"
)

// newMergedIndex returns an on-disk index of n generated articles, some
// undated, put in batches and merged, then partly replaced, so that its
// segments have been merged and hold deleted documents; and the articles as
// they now are, by ID.
func newMergedIndex(t *testing.T, n int) (*Index, map[string]veille.Document) {
	t.Helper()
	ctx := context.Background()
	x, err := Open(filepath.Join(t.TempDir(), "index"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = x.Close() })
	docs := generateDocs(t, n)
	for i := 0; i < len(docs); i += 37 {
		docs[i].Published = time.Time{}
	}
	for i := 0; i < len(docs); i += n / 8 {
		if _, err := x.Put(ctx, docs[i:min(i+n/8, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
	adv, err := x.bleve.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	if err := adv.(*scorch.Scorch).ForceMerge(ctx, nil); err != nil {
		t.Fatal(err)
	}
	var changed []veille.Document
	for i := 5; i < len(docs); i += 11 {
		d := docs[i]
		d.Organisations = mentions("GENCI", "Kyutai")
		d.Site = "Next"
		d.ContentHash += "-v2"
		docs[i] = d
		changed = append(changed, d)
	}
	if _, err := x.Put(ctx, changed); err != nil {
		t.Fatal(err)
	}
	byID := make(map[string]veille.Document, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	return x, byID
}

// TestSearchCounts checks totals, facets and the date order against counts
// made from the articles themselves, on an index with merged segments and
// replaced documents.
func TestSearchCounts(t *testing.T) {
	x, docs := newMergedIndex(t, 2400)
	has := func(ms []veille.Mention, name string) bool {
		return slices.ContainsFunc(ms, func(m veille.Mention) bool { return m.Name == name })
	}
	tests := []struct {
		query string
		match func(d veille.Document) bool
	}{
		{"", func(veille.Document) bool { return true }},
		{"org:GENCI", func(d veille.Document) bool { return has(d.Organisations, "GENCI") }},
		{"-org:Meta", func(d veille.Document) bool { return !has(d.Organisations, "Meta") }},
		{`machine:"Jean Zay" site:Next`, func(d veille.Document) bool { return has(d.Machines, "Jean Zay") && d.Site == "Next" }},
		{"after:2023-01-01 -site:Next", func(d veille.Document) bool {
			return !d.Published.IsZero() && !d.Published.Before(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)) && d.Site != "Next"
		}},
	}
	for _, tt := range tests {
		var want []veille.Document
		for _, d := range docs {
			if tt.match(d) {
				want = append(want, d)
			}
		}
		for _, order := range []veille.Sort{veille.SortRelevance, veille.SortDate} {
			res, err := x.Search(context.Background(), veille.SearchRequest{Query: tt.query, Sort: order, Limit: 100})
			if err != nil {
				t.Fatalf("Search(%q, %s): %v", tt.query, order, err)
			}
			if res.Total != uint64(len(want)) {
				t.Errorf("Search(%q, %s).Total = %d, want %d", tt.query, order, res.Total, len(want))
			}
			if got, w := res.Facets, expectedFacets(want); !sameFacets(got, w) {
				t.Errorf("Search(%q, %s).Facets = %v, want %v", tt.query, order, got, w)
			}
			if order != veille.SortDate {
				continue
			}
			slices.SortStableFunc(want, func(a, b veille.Document) int {
				switch {
				case a.Published.IsZero() || b.Published.IsZero():
					return boolInt(a.Published.IsZero()) - boolInt(b.Published.IsZero())
				default:
					return b.Published.Compare(a.Published)
				}
			})
			for i, h := range res.Hits {
				if i < len(want) && !h.Published.Equal(want[i].Published) {
					t.Errorf("Search(%q, date) hit %d published %v, want %v", tt.query, i, h.Published, want[i].Published)
					break
				}
			}
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// expectedFacets counts the facets of docs as a search lists them.
func expectedFacets(docs []veille.Document) map[string][]veille.FacetCount {
	counts := map[string]map[string]int{"organisations": {}, "machines": {}, "sites": {}, "months": {}}
	for _, d := range docs {
		for _, name := range mentionNames(d.Organisations) {
			counts["organisations"][name]++
		}
		for _, name := range mentionNames(d.Machines) {
			counts["machines"][name]++
		}
		if d.Site != "" {
			counts["sites"][d.Site]++
		}
		if !d.Published.IsZero() {
			counts["months"][d.Published.Format("2006-01")]++
		}
	}
	out := map[string][]veille.FacetCount{}
	for name, byValue := range counts {
		fcs := []veille.FacetCount{}
		for v, n := range byValue {
			fcs = append(fcs, veille.FacetCount{Value: v, Count: n})
		}
		sortCounts(fcs)
		out[name] = fcs[:min(len(fcs), facetSize)]
	}
	return out
}

func sameFacets(a, b map[string][]veille.FacetCount) bool {
	if len(a) != len(b) {
		return false
	}
	for name, fa := range a {
		if !slices.Equal(fa, b[name]) {
			return false
		}
	}
	return true
}

// TestSearchAsBleve checks that searches give the hits, scores, totals and
// facets of bleve's own phrase searcher, facet counting and date sort.
func TestSearchAsBleve(t *testing.T) {
	x, _ := newMergedIndex(t, 1600)
	ctx := context.Background()
	queries := []string{
		"supercalculateur",
		"intelligence artificielle",
		`"Jean Zay"`,
		"jean-zay exascale",
		`"calcul haute performance"`,
		`"capacités du supercalculateur"`,
		`"président de la République"`,
		`"la la"`,
		"IA -exascale",
		`-"Jean Zay" org:GENCI`,
		"Nabu GPU",
		"financement amount>1e9",
		"formation talents -org:Meta",
		"org:GENCI",
		"",
	}
	for _, q := range queries {
		for _, order := range []veille.Sort{veille.SortRelevance, veille.SortDate} {
			for _, offset := range []int{0, 40} {
				req := veille.SearchRequest{Query: q, Sort: order, Limit: 50, Offset: offset}
				got, err := x.Search(ctx, req)
				if err != nil {
					t.Fatalf("Search(%+v): %v", req, err)
				}
				want := bleveSearch(t, x, req)
				if got.Total != want.Total {
					t.Errorf("Search(%+v).Total = %d, bleve finds %d", req, got.Total, want.Total)
				}
				if !sameFacets(got.Facets, want.Facets) {
					t.Errorf("Search(%+v).Facets = %v, bleve counts %v", req, got.Facets, want.Facets)
				}
				if len(got.Hits) != len(want.Hits) {
					t.Errorf("Search(%+v) has %d hits, bleve %d", req, len(got.Hits), len(want.Hits))
					continue
				}
				for i := range got.Hits {
					g, w := got.Hits[i], want.Hits[i]
					if g.ID != w.ID || g.Score != w.Score || g.Snippet != w.Snippet {
						t.Errorf("Search(%+v) hit %d = %s %v %q, bleve %s %v %q", req, i, g.ID, g.Score, g.Snippet, w.ID, w.Score, w.Snippet)
						break
					}
				}
			}
		}
	}
}

// bleveSearch runs req with bleve's phrase searcher (which a search asking
// for locations uses), facet counting and date sort, and the snippets of
// the whole query.
func bleveSearch(t *testing.T, x *Index, req veille.SearchRequest) *veille.SearchResult {
	t.Helper()
	parsed, err := parseQuery(req.Query, x.parseAmount)
	if err != nil {
		t.Fatal(err)
	}
	q, err := x.buildQuery(parsed)
	if err != nil {
		t.Fatal(err)
	}
	order := req.Sort
	if order == "" {
		order = parsed.Sort
	}
	sreq := bleve.NewSearchRequestOptions(q, req.Limit, req.Offset, false)
	sreq.Fields = []string{fieldDoc}
	sreq.IncludeLocations = true
	if !scores(parsed) {
		sreq.Score = bleve.ScoreNone
	}
	sreq.AddFacet(fieldFacet, bleve.NewFacetRequest(fieldFacet, 1<<20))
	if order == veille.SortDate {
		sreq.SortByCustom(search.SortOrder{
			&search.SortField{Field: fieldPublished, Desc: true, Type: search.SortFieldAsDate, Missing: search.SortFieldMissingLast},
			&search.SortScore{Desc: true},
		})
	}
	res, err := x.bleve.SearchInContext(context.Background(), sreq)
	if err != nil {
		t.Fatal(err)
	}
	snippets, err := x.snippets(context.Background(), q, res.Hits)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	var counts []int
	for _, tf := range res.Facets[fieldFacet].Terms.Terms() {
		names, counts = append(names, tf.Term), append(counts, tf.Count)
	}
	out := &veille.SearchResult{Total: res.Total, Facets: splitFacets(names, counts)}
	for _, h := range res.Hits {
		hit, err := makeHit(h, snippets[h.ID])
		if err != nil {
			t.Fatal(err)
		}
		out.Hits = append(out.Hits, hit)
	}
	return out
}

// TestPhraseSlots checks how a phrase is laid out by position, stop words
// leaving an empty slot.
func TestPhraseSlots(t *testing.T) {
	x, err := OpenMemory(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	tests := []struct {
		phrase string
		want   string
	}{
		{"Jean Zay", "jean|zay"},
		{"capacités du supercalculateur", "capacit||supercalcul"},
		{"président de la République", "president|||republ"},
		{"l'IA générative", "ia|generatif"},
	}
	for _, tt := range tests {
		p := newPhraseQuery(tt.phrase, x.analyzer.Analyze([]byte(tt.phrase)), fieldText, 1)
		var slots []string
		for _, s := range p.slots {
			slots = append(slots, strings.Join(s, ","))
		}
		if got := strings.Join(slots, "|"); got != tt.want {
			t.Errorf("slots of %q = %q, want %q", tt.phrase, got, tt.want)
		}
	}
}
