package index

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"

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
			counts["months"][d.Published.UTC().Format("2006-01")]++
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

// TestSearchAsBleve checks that searches find the hits, totals and facets
// that bleve's own searchers find for the same query, and give them in
// order.
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
		"amount<=5M€ -amount>1e9",
		"formation talents -org:Meta",
		"org:GENCI",
		`machine:"jean zay" -site:Next`,
		"after:2023-01 before:2024-01 -supercalculateur",
		"-after:2021-06-15",
		"lang:fr Scaleway",
		"",
	}
	for _, q := range queries {
		parsed, err := ParseQuery(q)
		if err != nil {
			t.Fatal(err)
		}
		p, err := x.newPlan(parsed)
		if err != nil {
			t.Fatal(err)
		}
		for _, byDate := range []bool{false, true} {
			got, err := x.searchSnapshot(ctx, p, byDate, 5000, 0)
			if err != nil {
				t.Fatalf("search %q: %v", q, err)
			}
			want := bleveSearch(t, x, parsed)
			if got.Total != want.Total || len(got.Hits) != int(got.Total) {
				t.Errorf("search %q finds %d hits (%d listed), bleve %d", q, got.Total, len(got.Hits), want.Total)
			}
			if !sameFacets(got.Facets, want.Facets) {
				t.Errorf("search %q facets = %v, bleve counts %v", q, got.Facets, want.Facets)
			}
			var ids []string
			for i, h := range got.Hits {
				ids = append(ids, h.ID)
				if i == 0 {
					continue
				}
				prev := got.Hits[i-1]
				switch {
				case byDate && prev.Published.Before(h.Published) && !h.Published.IsZero():
					t.Errorf("search %q by date: hit %d published %v after hit %d %v", q, i, h.Published, i-1, prev.Published)
				case !byDate && prev.Score < h.Score:
					t.Errorf("search %q: hit %d scores %v above hit %d %v", q, i, h.Score, i-1, prev.Score)
				}
			}
			slices.Sort(ids)
			if !slices.Equal(ids, want.ids) {
				t.Errorf("search %q finds other documents than bleve", q)
			}
		}
	}
}

// bleveHits are the hits of a query as bleve's searchers find them.
type bleveHits struct {
	Total  uint64
	Facets map[string][]veille.FacetCount
	ids    []string // sorted
}

// bleveSearch runs q with bleve's searchers and facet counting.
func bleveSearch(t *testing.T, x *Index, q *Query) bleveHits {
	t.Helper()
	bq, err := bleveQuery(x, q)
	if err != nil {
		t.Fatal(err)
	}
	sreq := bleve.NewSearchRequestOptions(bq, 5000, 0, false)
	sreq.AddFacet(fieldFacet, bleve.NewFacetRequest(fieldFacet, 1<<20))
	res, err := x.bleve.SearchInContext(context.Background(), sreq)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	var counts []int
	for _, tf := range res.Facets[fieldFacet].Terms.Terms() {
		names, counts = append(names, tf.Term), append(counts, tf.Count)
	}
	out := bleveHits{Total: res.Total, Facets: splitFacets(names, counts)}
	for _, h := range res.Hits {
		out.ids = append(out.ids, h.ID)
	}
	slices.Sort(out.ids)
	return out
}

// bleveQuery turns a parsed query into a bleve query, the reference a
// search's hits are checked against: every clause that is not
// negated must match, no negated clause may. Words that analyse to nothing
// (stop words, punctuation, "*") are dropped.
func bleveQuery(x *Index, q *Query) (query.Query, error) {
	var must, mustNot []query.Query
	for _, c := range q.Clauses {
		cq, err := bleveClause(x, c)
		if err != nil {
			return nil, err
		}
		if cq == nil {
			continue
		}
		if c.Negated {
			mustNot = append(mustNot, cq)
		} else {
			must = append(must, cq)
		}
	}
	if len(must) == 0 {
		if len(mustNot) == 0 {
			return bleve.NewMatchAllQuery(), nil
		}
		must = []query.Query{bleve.NewMatchAllQuery()}
	}
	if len(must) == 1 && len(mustNot) == 0 {
		// A conjunction of one query scores its hits as the query does.
		return must[0], nil
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(must...)
	if len(mustNot) > 0 {
		b.AddMustNot(mustNot...)
	}
	return b, nil
}

// bleveClause returns the bleve query of one clause, or nil if it matches
// every document.
func bleveClause(x *Index, c Clause) (query.Query, error) {
	switch c.Kind {
	case KindWord, KindPhrase:
		return textQuery(x, c.Text), nil
	case KindOrg, KindMachine, KindSite:
		field := map[Kind]string{KindOrg: fieldOrg, KindMachine: fieldMachine, KindSite: fieldSite}[c.Kind]
		names, err := x.resolveName(field, c.Text)
		if err != nil {
			return nil, err
		}
		return anyTerm(field, names), nil
	case KindLang:
		return anyTerm(fieldLang, []string{c.Text}), nil
	case KindAmount:
		return amountQuery(c), nil
	case KindAfter, KindBefore:
		yes, no := true, false
		q := bleve.NewDateRangeInclusiveQuery(c.Date, time.Time{}, &yes, nil)
		if c.Kind == KindBefore {
			q = bleve.NewDateRangeInclusiveQuery(time.Time{}, c.Date, nil, &no)
		}
		q.SetField(fieldPublished)
		return q, nil
	}
	return nil, veille.Errorf(veille.EINVALID, "query: unknown clause kind %q at %d", c.Kind, c.Pos)
}

// textQuery returns the bleve query of a word or a phrase, in the title
// (boosted) or the text, or nil if it analyses to no term.
func textQuery(x *Index, text string) query.Query {
	terms := x.analyzer.Analyze([]byte(text))
	switch {
	case len(terms) == 0:
		return nil
	case len(terms) == 1:
		return inTitleOrText(func(field string) query.Query {
			t := bleve.NewTermQuery(string(terms[0].Term))
			t.SetField(field)
			return t
		})
	default:
		return inTitleOrText(func(field string) query.Query {
			p := bleve.NewMatchPhraseQuery(text)
			p.SetField(field)
			return p
		})
	}
}

// inTitleOrText returns a query that matches in the title, boosted, or in the
// text; build makes the query for one field.
func inTitleOrText(build func(field string) query.Query) query.Query {
	title := build(fieldTitle)
	title.(query.BoostableQuery).SetBoost(titleBoost)
	return bleve.NewDisjunctionQuery(title, build(fieldText))
}

// anyTerm matches documents whose keyword field holds one of terms.
func anyTerm(field string, terms []string) query.Query {
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		tq := bleve.NewTermQuery(t)
		tq.SetField(field)
		qs[i] = tq
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// amountQuery matches documents with an amount in the clause's currency that
// compares with its value as the clause says.
func amountQuery(c Clause) query.Query {
	yes, no := true, false
	v := c.Value
	var q *query.NumericRangeQuery
	switch c.Op {
	case ">=":
		q = bleve.NewNumericRangeInclusiveQuery(&v, nil, &yes, nil)
	case ">":
		q = bleve.NewNumericRangeInclusiveQuery(&v, nil, &no, nil)
	case "<=":
		q = bleve.NewNumericRangeInclusiveQuery(nil, &v, nil, &yes)
	case "<":
		q = bleve.NewNumericRangeInclusiveQuery(nil, &v, nil, &no)
	default:
		q = bleve.NewNumericRangeInclusiveQuery(&v, &v, &yes, &yes)
	}
	q.SetField(amountField(c.Currency))
	return q
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
		p, ok := x.textClause(tt.phrase)
		if !ok {
			t.Fatalf("%q analyses to nothing", tt.phrase)
		}
		var slots []string
		for _, s := range p.slots {
			slots = append(slots, string(s))
		}
		if got := strings.Join(slots, "|"); got != tt.want {
			t.Errorf("slots of %q = %q, want %q", tt.phrase, got, tt.want)
		}
	}
}

// TestScores checks the score of every hit against the TF-IDF formula of
// engine.go, computed from the analysed articles, and that filters leave
// scores alone.
func TestScores(t *testing.T) {
	x, docs := newSeedIndex(t)
	ctx := context.Background()
	type field struct {
		name  string
		boost float64
		text  func(d veille.Document) string
	}
	fields := []field{
		{fieldTitle, titleBoost, func(d veille.Document) string { return d.Title }},
		{fieldText, 1, func(d veille.Document) string { return d.Text }},
	}
	// occurrences counts where the terms of slots follow one another in
	// text, and returns its length in terms.
	occurrences := func(text string, slots [][]byte) (n, length int) {
		positions := map[string][]int{}
		for _, tok := range x.analyzer.Analyze([]byte(text)) {
			positions[string(tok.Term)] = append(positions[string(tok.Term)], tok.Position)
			length++
		}
		for _, start := range positions[string(slots[0])] {
			ok := true
			for k, term := range slots[1:] {
				if term != nil && !slices.Contains(positions[string(term)], start+k+1) {
					ok = false
				}
			}
			if ok {
				n++
			}
		}
		return n, length
	}
	// want returns the expected score of each document holding every
	// word of words, by ID.
	want := func(words ...string) map[string]float64 {
		scores := map[string]float64{}
		matched := map[string]int{}
		for k, w := range words {
			clause, _ := x.textClause(w)
			for _, f := range fields {
				var idf float64
				for _, term := range clause.slots {
					if term == nil {
						continue
					}
					df := 0
					for _, d := range docs {
						if n, _ := occurrences(f.text(d), [][]byte{term}); n > 0 {
							df++
						}
					}
					idf += 1 + math.Log(float64(len(docs))/float64(1+df))
				}
				for _, d := range docs {
					n, length := occurrences(f.text(d), clause.slots)
					if n == 0 {
						continue
					}
					norm := float64(float32(1 / math.Sqrt(float64(length))))
					scores[d.ID] += f.boost * idf * idf * math.Sqrt(float64(n)) * norm
					matched[d.ID] |= 1 << k
				}
			}
		}
		for id, m := range matched {
			if m != 1<<len(words)-1 {
				delete(scores, id)
			}
		}
		return scores
	}
	tests := []struct {
		query string
		words []string
	}{
		{"supercalculateur", []string{"supercalculateur"}},
		{"Supercalculateurs", []string{"supercalculateur"}},
		{`"Jean Zay"`, []string{"Jean Zay"}},
		{`calcul exascale`, []string{"calcul", "exascale"}},
		{`"capacités du supercalculateur" IA`, []string{"capacités du supercalculateur", "IA"}},
		{"supercalculateur org:GENCI after:2020-01", []string{"supercalculateur"}},
	}
	for _, tt := range tests {
		res, err := x.Search(ctx, veille.SearchRequest{Query: tt.query, Limit: 100})
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.query, err)
		}
		expected := want(tt.words...)
		if len(res.Hits) == 0 {
			t.Errorf("Search(%q) found nothing", tt.query)
		}
		for _, h := range res.Hits {
			w, ok := expected[h.ID]
			if !ok {
				t.Errorf("Search(%q) found %s, which does not hold %q", tt.query, h.ID, tt.words)
				continue
			}
			if math.Abs(h.Score-w) > 1e-9*w {
				t.Errorf("Search(%q) scores %s %v, want %v", tt.query, h.ID, h.Score, w)
			}
		}
	}
}

// FuzzSearchAsBleve checks, for any query, that a search over the seed
// articles finds the documents bleve's own searchers find.
func FuzzSearchAsBleve(f *testing.F) {
	for _, s := range []string{
		"supercalculateur", `"Jean Zay" -exascale`, `org:GENCI "calcul haute performance"`,
		"IA -org:Meta after:2023-06", "amount>=100M€ -amount>1e9 before:2024", `"du supercalculateur" machine:jean-zay`,
		"-supercalculateur", "lang:fr -site:Next", `"la la"`, "calcul calcul",
	} {
		f.Add(s)
	}
	x, _ := newSeedIndex(f)
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			return
		}
		for _, c := range q.Clauses {
			if (c.Kind == KindAfter || c.Kind == KindBefore) && (c.Date.Year() < 1700 || c.Date.Year() > 2200) {
				return // bleve's date ranges refuse these
			}
		}
		p, err := x.newPlan(q)
		if err != nil {
			t.Fatalf("newPlan(%q): %v", s, err)
		}
		got, err := x.searchSnapshot(context.Background(), p, false, 100, 0)
		if err != nil {
			t.Fatalf("search %q: %v", s, err)
		}
		want := bleveSearch(t, x, q)
		var ids []string
		for _, h := range got.Hits {
			ids = append(ids, h.ID)
		}
		slices.Sort(ids)
		if got.Total != want.Total || !slices.Equal(ids, want.ids) || !sameFacets(got.Facets, want.Facets) {
			t.Fatalf("search %q finds %v (%d), bleve %v (%d)", s, ids, got.Total, want.ids, want.Total)
		}
	})
}

// TestMonthFacetMatchesFilter checks that each month facet counts what
// filtering by that month finds, for articles published near midnight at
// the turn of a month in Paris.
func TestMonthFacetMatchesFilter(t *testing.T) {
	x, err := OpenMemory(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	var docs []veille.Document
	for i, published := range []time.Time{
		time.Date(2023, 7, 1, 0, 30, 0, 0, paris), // 30 June in UTC
		time.Date(2023, 7, 1, 2, 30, 0, 0, paris),
		time.Date(2023, 6, 30, 12, 0, 0, 0, paris),
	} {
		docs = append(docs, veille.Document{Article: veille.Article{
			ID: fmt.Sprintf("d%d", i), Title: "Le supercalculateur Jean Zay", Published: published, ContentHash: "h",
		}})
	}
	if _, err := x.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	res, err := x.Search(ctx, veille.SearchRequest{Query: "supercalculateur"})
	if err != nil {
		t.Fatal(err)
	}
	want := []veille.FacetCount{{Value: "2023-06", Count: 2}, {Value: "2023-07", Count: 1}}
	if got := res.Facets["months"]; !slices.Equal(got, want) {
		t.Errorf("months = %v, want %v", got, want)
	}
	for _, month := range res.Facets["months"] {
		q := fmt.Sprintf("supercalculateur after:%s before:%s", month.Value, month.Value)
		filtered, err := x.Search(ctx, veille.SearchRequest{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if filtered.Total != uint64(month.Count) {
			t.Errorf("Search(%q) finds %d, the facet counts %d", q, filtered.Total, month.Count)
		}
	}
}
