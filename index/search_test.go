package index

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/veille-fr/veille"
)

// TestAnalysis checks that French spelling variants find each other.
func TestAnalysis(t *testing.T) {
	x, err := OpenMemory(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	docs := []veille.Document{
		{Article: veille.Article{ID: "a1", Title: "Calcul intensif", Text: "Le supercalculateur Jean-Zay a été étendu par HPE cette année."}},
		{Article: veille.Article{ID: "a2", Title: "Équipement des centres", Text: "Le GENCI coordonne l'équipement des centres nationaux de calcul."}},
		{Article: veille.Article{ID: "a3", Title: "Presse et algorithmes", Text: "Selon lui, l’IA générative transforme déjà la presse régionale."}},
		{Article: veille.Article{ID: "a4", Title: "Cœur de réseau", Text: "Les opérateurs investissent jusqu’à deux milliards dans leurs réseaux."}},
	}
	if _, err := x.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"supercalculateurs", []string{"a1"}},
		{"Supercalculateur", []string{"a1"}},
		{"genci", []string{"a2"}},
		{"equipement", []string{"a2"}},
		{"EQUIPEMENTS", []string{"a2"}},
		{"l’IA", []string{"a3"}},
		{"l'IA", []string{"a3"}},
		{"IA", []string{"a3"}},
		{"ia generative", []string{"a3"}},
		{`"Jean Zay"`, []string{"a1"}},
		{"jean-zay", []string{"a1"}},
		{`"Zay Jean"`, []string{}},
		{"coeur", []string{"a4"}},
		{"jusqu'à milliards", []string{"a4"}},
		{"centres -genci", []string{}},
		{"le la les", []string{"a1", "a2", "a3", "a4"}},
		{"calculs", []string{"a1", "a2"}},
	}
	for _, tt := range tests {
		res, err := x.Search(context.Background(), veille.SearchRequest{Query: tt.query})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		got := hitIDs(res)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
}

// TestFilters checks each clause of the query language against the seed
// articles.
func TestFilters(t *testing.T) {
	x, _ := newSeedIndex(t)
	tests := []struct {
		query string
		want  []string
	}{
		{"", []string{"d0", "d1", "d2", "d3", "d4"}},
		{"   ", []string{"d0", "d1", "d2", "d3", "d4"}},
		{"exascale", []string{"d1", "d2", "d3"}},
		{"supercalculateur exascale", []string{"d1", "d2", "d3"}},
		{"Nabu", []string{"d4"}},
		{"Nabu*", []string{"d4"}},
		{"Nab*", []string{}},
		{"Nab?", []string{}},
		{`"Jean Zay"`, []string{"d0", "d1", "d2", "d3"}},
		{`-"Jean Zay"`, []string{"d4"}},
		{"IA -Nabu -exascale", []string{"d0"}},
		{"org:GENCI", []string{"d1", "d2", "d3"}},
		{"org:genci", []string{"d1", "d2", "d3"}},
		{`org:"Mistral AI"`, []string{"d0", "d3", "d4"}},
		{`org:"mistral ai" org:GENCI`, []string{"d3"}},
		{"org:Mistral", []string{}},
		{`-org:"Mistral AI"`, []string{"d1", "d2"}},
		{`machine:"Jean Zay"`, []string{"d0", "d1", "d2", "d3"}},
		{"machine:jean-zay", []string{"d0", "d1", "d2", "d3"}},
		{"machine:Nabu exascale", []string{}},
		{`site:"Blog Numérique"`, []string{"d0", "d4"}},
		{`site:"blog numerique"`, []string{"d0", "d4"}},
		{"site:Next", []string{"d3"}},
		{"lang:FR", []string{"d0", "d1", "d2", "d3", "d4"}},
		{"lang:en", []string{}},
		{"amount>=1Md€", []string{"d0", "d3"}},
		{"amount>1e9", []string{"d0", "d3"}},
		{"amount>1.8e9", []string{"d0"}},
		{"amount>=1,8Md", []string{"d0", "d3"}},
		{"amount<100M€", []string{"d3"}},
		{"amount<50M€", []string{}},
		{"amount<=50M€", []string{"d3"}},
		{"amount=203M€", []string{"d0"}},
		{"amount:203000000", []string{"d0"}},
		{"amount>=100$", []string{}},
		{`amount>="250 M€" amount<=250M€`, []string{"d0", "d3", "d4"}},
		{"after:2025-01-01", []string{"d1", "d2"}},
		{"after:2025-03-14", []string{"d2"}},
		{"before:2023-12-31", []string{"d3", "d4"}},
		{"before:2023-06-15", []string{"d3"}},
		{"before:2023-06-14", []string{}},
		{"after:2023-06 before:2023-06", []string{"d3"}},
		{"after:2023-01-01 before:2024-12 -site:Next", []string{"d0", "d4"}},
		{"-after:2024-01-01", []string{"d3", "d4"}},
	}
	for _, tt := range tests {
		res, err := x.Search(context.Background(), veille.SearchRequest{Query: tt.query, Limit: 100})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		got := hitIDs(res)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
		if res.Total != uint64(len(tt.want)) {
			t.Errorf("Search(%q).Total = %d, want %d", tt.query, res.Total, len(tt.want))
		}
	}
}

// TestSearchErrors checks that malformed queries and requests are refused
// with EINVALID and a message that names the problem.
func TestSearchErrors(t *testing.T) {
	x, _ := newSeedIndex(t)
	tests := []struct {
		req  veille.SearchRequest
		want string
	}{
		{veille.SearchRequest{Query: `supercalculateur "Jean Zay`}, "unclosed quote at 17"},
		{veille.SearchRequest{Query: `org:"Mistral AI`}, "unclosed quote at 4"},
		{veille.SearchRequest{Query: "after:hier"}, `after: wants a date like 2023-06-01, 2023-06 or 2023, got "hier" at 6`},
		{veille.SearchRequest{Query: "before:2023-13-01"}, `got "2023-13-01"`},
		{veille.SearchRequest{Query: "amount>=beaucoup"}, `amount>= wants an amount like 100M€, got "beaucoup" at 8`},
		{veille.SearchRequest{Query: "org: GENCI"}, "org: at 0 wants a value"},
		{veille.SearchRequest{Query: strings.Repeat("calcul ", 150)}, "query is too long"},
		{veille.SearchRequest{Query: strings.Repeat("ia ", 65)}, "too many terms"},
		{veille.SearchRequest{Query: "ia", Offset: 10001}, "offset 10001"},
		{veille.SearchRequest{Query: "ia", Offset: -1}, "offset -1"},
		{veille.SearchRequest{Query: "ia", Sort: "popularity"}, `unknown sort "popularity"`},
	}
	for _, tt := range tests {
		_, err := x.Search(context.Background(), tt.req)
		if err == nil {
			t.Errorf("Search(%+v) succeeded, want an error", tt.req)
			continue
		}
		if code := veille.ErrorCode(err); code != veille.EINVALID {
			t.Errorf("Search(%+v) error code %q, want %q (%v)", tt.req, code, veille.EINVALID, err)
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Search(%+v) error %q, want it to contain %q", tt.req, err, tt.want)
		}
	}
}

// TestRanking checks that a title match ranks above a single mention in the
// text, and that the date sort puts the newest first.
func TestRanking(t *testing.T) {
	x, _ := newSeedIndex(t)
	ctx := context.Background()
	extra := veille.Document{Article: veille.Article{
		ID: "adastra", Title: "Adastra passe à la vitesse supérieure",
		Text: "Le CINES annonce une extension de sa machine, installée à Montpellier.", ContentHash: "x",
	}}
	if _, err := x.Put(ctx, []veille.Document{extra}); err != nil {
		t.Fatal(err)
	}
	res, err := x.Search(ctx, veille.SearchRequest{Query: "Adastra"})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(res); !slices.Equal(got, []string{"adastra", "d3"}) {
		t.Errorf("Search(Adastra) = %v, want [adastra d3]", got)
	}
	res, err = x.Search(ctx, veille.SearchRequest{Query: "supercalculateur", Sort: veille.SortDate})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := hitIDs(res), []string{"d2", "d1", "d0", "d4", "d3"}; !slices.Equal(got, want) {
		t.Errorf("Search(supercalculateur, date) = %v, want %v", got, want)
	}
	res, err = x.Search(ctx, veille.SearchRequest{Query: "supercalculateur sort:date"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := hitIDs(res), []string{"d2", "d1", "d0", "d4", "d3"}; !slices.Equal(got, want) {
		t.Errorf("Search(supercalculateur sort:date) = %v, want %v", got, want)
	}
	res, err = x.Search(ctx, veille.SearchRequest{Query: "Adastra sort:date", Sort: veille.SortRelevance})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(res); !slices.Equal(got, []string{"adastra", "d3"}) {
		t.Errorf("Search(Adastra sort:date) with a relevance request = %v, want the request's order", got)
	}
	res, err = x.Search(ctx, veille.SearchRequest{Sort: veille.SortDate, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(res); got[len(got)-1] != "adastra" {
		t.Errorf("date sort = %v, want the undated document last", got)
	}
}

// TestPagination checks that pages follow one another without overlap and
// that Limit is clamped.
func TestPagination(t *testing.T) {
	x, docs := newSeedIndex(t)
	ctx := context.Background()
	for _, sort := range []veille.Sort{veille.SortRelevance, veille.SortDate} {
		all, err := x.Search(ctx, veille.SearchRequest{Query: "IA", Limit: 100, Sort: sort})
		if err != nil {
			t.Fatal(err)
		}
		var paged []string
		for offset := 0; offset < 6; offset += 2 {
			res, err := x.Search(ctx, veille.SearchRequest{Query: "IA", Limit: 2, Offset: offset, Sort: sort})
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != all.Total {
				t.Errorf("page at %d: Total = %d, want %d", offset, res.Total, all.Total)
			}
			paged = append(paged, hitIDs(res)...)
		}
		if !slices.Equal(paged, hitIDs(all)) {
			t.Errorf("sort %s: pages = %v, want %v", sort, paged, hitIDs(all))
		}
	}
	more := make([]veille.Document, 0, 150)
	for i := range 150 {
		d := docs[i%len(docs)]
		d.ID = d.ID + "-copy-" + string(rune('a'+i/26)) + string(rune('a'+i%26))
		more = append(more, d)
	}
	if _, err := x.Put(ctx, more); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ limit, want int }{{0, 10}, {-3, 10}, {1, 1}, {100, 100}, {1000, 100}} {
		res, err := x.Search(ctx, veille.SearchRequest{Limit: tt.limit})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != tt.want {
			t.Errorf("Limit %d gave %d hits, want %d", tt.limit, len(res.Hits), tt.want)
		}
	}
	res, err := x.Search(ctx, veille.SearchRequest{Offset: 10000})
	if err != nil || len(res.Hits) != 0 || res.Total != 155 {
		t.Errorf("Offset 10000: %v hits of %v, err %v; want 0 of 155", len(res.Hits), res.Total, err)
	}
}

// TestFacets checks the four facets over a whole result set, ordered by count
// then value.
func TestFacets(t *testing.T) {
	x, _ := newSeedIndex(t)
	res, err := x.Search(context.Background(), veille.SearchRequest{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]veille.FacetCount{
		"organisations": {fc("Mistral AI", 3), fc("GENCI", 3), fc("CEA", 1), fc("CNRS", 1), fc("EuroHPC", 1), fc("Google DeepMind", 1), fc("INRIA", 1), fc("Iliad", 1), fc("Kyutai", 1), fc("Meta", 1), fc("Scaleway", 1)},
		"machines":      {fc("Jean Zay", 4), fc("Adastra", 1), fc("Alice Recoque", 1), fc("Nabu", 1)},
		"sites":         {fc("Blog Numérique", 2), fc("enseignementsup-recherche.gouv.fr", 2), fc("Next", 1)},
		"months":        {fc("2025-03", 2), fc("2023-06", 1), fc("2023-11", 1), fc("2024-05", 1)},
	}
	// Count ties are ordered by value: "GENCI" < "Mistral AI".
	want["organisations"][0], want["organisations"][1] = want["organisations"][1], want["organisations"][0]
	for name, w := range want {
		if got := res.Facets[name]; !slices.Equal(got, w) {
			t.Errorf("facet %s = %v, want %v", name, got, w)
		}
	}
	res, err = x.Search(context.Background(), veille.SearchRequest{Query: "exascale -org:EuroHPC"})
	if err != nil {
		t.Fatal(err)
	}
	if got, w := res.Facets["machines"], []veille.FacetCount{fc("Jean Zay", 2), fc("Adastra", 1), fc("Alice Recoque", 1)}; !slices.Equal(got, w) {
		t.Errorf("facet machines of exascale -org:EuroHPC = %v, want %v", got, w)
	}
	res, err = x.Search(context.Background(), veille.SearchRequest{Query: "introuvable"})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"organisations", "machines", "sites", "months"} {
		if got, ok := res.Facets[name]; !ok || got == nil || len(got) != 0 {
			t.Errorf("facet %s with no hit = %#v, want an empty list", name, got)
		}
	}
}

// TestHits checks what a hit carries: metadata, distinct entities, and an
// escaped snippet with the matches marked.
func TestHits(t *testing.T) {
	x, docs := newSeedIndex(t)
	ctx := context.Background()
	res, err := x.Search(ctx, veille.SearchRequest{Query: "Nabu"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("Search(Nabu) = %v, want one hit", hitIDs(res))
	}
	h, d := res.Hits[0], docs[4]
	if h.Title != d.Title || h.Source != d.Source || h.URL != d.URL || h.Site != d.Site || !h.Published.Equal(d.Published) {
		t.Errorf("hit metadata = %+v, want that of %s", h, d.ID)
	}
	if !slices.Equal(h.Organisations, []string{"Scaleway", "Iliad", "Mistral AI"}) || !slices.Equal(h.Machines, []string{"Nabu"}) {
		t.Errorf("hit entities = %v %v", h.Organisations, h.Machines)
	}
	if len(h.Amounts) != 3 || h.Amounts[0].Value != 250e6 {
		t.Errorf("hit amounts = %v", h.Amounts)
	}
	if !strings.Contains(h.Snippet, "<mark>Nabu</mark>") {
		t.Errorf("snippet %q does not mark Nabu", h.Snippet)
	}
	if n := utf8.RuneCountInString(h.Snippet); n > 400 {
		t.Errorf("snippet has %d characters", n)
	}
	if res.Took <= 0 {
		t.Errorf("Took = %v", res.Took)
	}

	tricky := veille.Document{Article: veille.Article{
		ID: "html", Title: "Budget R&D",
		Text: "Le budget <R&D> de l'INRIA atteint 300 M€ pour le calcul.\nSuite du texte sur une autre ligne.",
	}}
	if _, err := x.Put(ctx, []veille.Document{tricky}); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ query, want string }{
		{"calcul site:absent", ""},
		{"INRIA -site:enseignementsup-recherche.gouv.fr", "Le budget &lt;R&amp;D&gt; de <mark>l&#39;INRIA</mark> atteint 300 M€ pour le calcul. Suite du texte sur une autre ligne."},
		{"budget -exascale org:absent", ""},
	}
	for _, tt := range tests {
		res, err := x.Search(ctx, veille.SearchRequest{Query: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		if tt.want == "" {
			if len(res.Hits) != 0 {
				t.Errorf("Search(%q) = %v, want none", tt.query, hitIDs(res))
			}
			continue
		}
		if len(res.Hits) != 1 || res.Hits[0].Snippet != tt.want {
			t.Errorf("Search(%q) = %+v, want one hit with snippet %q", tt.query, res.Hits, tt.want)
		}
	}
	// With no match in the text, the snippet is the start of the text.
	res, err = x.Search(ctx, veille.SearchRequest{Query: "machine:Nabu"})
	if err != nil {
		t.Fatal(err)
	}
	s := res.Hits[0].Snippet
	if !strings.HasPrefix(s, "Bravo, la France") && !strings.HasPrefix(s, "19/11/2023") || !strings.HasSuffix(s, "…") || strings.Contains(s, "<mark>") {
		t.Errorf("filter-only snippet = %q, want the start of the text", s)
	}
	if n := utf8.RuneCountInString(s); n > snippetLen+1 || n < snippetLen/2 {
		t.Errorf("filter-only snippet has %d characters", n)
	}
}

// TestEntities checks the document counts per organisation, machine and
// amount.
func TestEntities(t *testing.T) {
	x, _ := newSeedIndex(t)
	ctx := context.Background()
	tests := []struct {
		req  veille.EntitiesRequest
		want []veille.EntityCount
	}{
		{veille.EntitiesRequest{Type: veille.TypeMachine}, []veille.EntityCount{
			ec(veille.TypeMachine, "Jean Zay", 4), ec(veille.TypeMachine, "Adastra", 1), ec(veille.TypeMachine, "Alice Recoque", 1), ec(veille.TypeMachine, "Nabu", 1)}},
		{veille.EntitiesRequest{Type: veille.TypeOrganisation, Top: 3}, []veille.EntityCount{
			ec(veille.TypeOrganisation, "GENCI", 3), ec(veille.TypeOrganisation, "Mistral AI", 3), ec(veille.TypeOrganisation, "CEA", 1)}},
		{veille.EntitiesRequest{Top: 3}, []veille.EntityCount{
			ec(veille.TypeMachine, "Jean Zay", 4), ec(veille.TypeOrganisation, "GENCI", 3), ec(veille.TypeOrganisation, "Mistral AI", 3)}},
		{veille.EntitiesRequest{Type: veille.TypeAmount, Top: 4}, []veille.EntityCount{
			ec(veille.TypeAmount, "1,8 Md EUR", 1), ec(veille.TypeAmount, "15 Md EUR", 1), ec(veille.TypeAmount, "200 M EUR", 1), ec(veille.TypeAmount, "203 M EUR", 1)}},
	}
	for _, tt := range tests {
		got, err := x.Entities(ctx, tt.req)
		if err != nil {
			t.Errorf("Entities(%+v): %v", tt.req, err)
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Entities(%+v) = %v, want %v", tt.req, got, tt.want)
		}
	}
	all, err := x.Entities(ctx, veille.EntitiesRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 15 {
		t.Errorf("Entities() lists %d entities, want 11 organisations and 4 machines", len(all))
	}
	if _, err := x.Entities(ctx, veille.EntitiesRequest{Type: "person"}); veille.ErrorCode(err) != veille.EINVALID {
		t.Errorf("Entities(person) error = %v, want EINVALID", err)
	}
}

func fc(value string, count int) veille.FacetCount {
	return veille.FacetCount{Value: value, Count: count}
}

func ec(typ veille.EntityType, name string, documents int) veille.EntityCount {
	return veille.EntityCount{Type: typ, Name: name, Documents: documents}
}
