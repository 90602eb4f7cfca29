package web

import (
	"context"
	"errors"
	"html"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/veille-fr/veille"
)

// fakeStore is an in-memory veille.Store for the server's tests: free words
// must all appear in the title or the text (case-insensitive), org:,
// machine: and site: filter exactly, after:/before: filter on the date, an
// unclosed quote is an invalid query. Facets and snippets imitate the index.
type fakeStore struct {
	mu   sync.Mutex
	docs map[string]veille.Document
	// snippets replaces the snippet of a document's hits, by ID.
	snippets map[string]string
	// putDelay makes every Put take that long; putStarted, if set, receives
	// a value when a Put starts.
	putDelay   time.Duration
	putStarted chan struct{}
	// fail, if set, is returned by every method.
	fail error
	// searches counts the searches answered.
	searches int
}

func newFakeStore(docs ...veille.Document) *fakeStore {
	s := &fakeStore{docs: map[string]veille.Document{}, snippets: map[string]string{}}
	for _, d := range docs {
		s.docs[d.ID] = d
	}
	return s
}

func (s *fakeStore) Put(ctx context.Context, docs []veille.Document) ([]veille.PutStatus, error) {
	if s.putStarted != nil {
		s.putStarted <- struct{}{}
	}
	if s.putDelay > 0 {
		select {
		case <-time.After(s.putDelay):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return nil, s.fail
	}
	statuses := make([]veille.PutStatus, len(docs))
	for i, d := range docs {
		old, ok := s.docs[d.ID]
		switch {
		case !ok:
			statuses[i] = veille.Added
		case old.ContentHash == d.ContentHash:
			statuses[i] = veille.Unchanged
			continue
		default:
			statuses[i] = veille.Updated
		}
		s.docs[d.ID] = d
	}
	return statuses, nil
}

func (s *fakeStore) Get(ctx context.Context, id string) (veille.Document, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return veille.Document{}, s.fail
	}
	d, ok := s.docs[id]
	if !ok {
		return d, veille.Errorf(veille.ENOTFOUND, "no document %s", id)
	}
	return d, nil
}

func (s *fakeStore) Search(ctx context.Context, req veille.SearchRequest) (*veille.SearchResult, error) {
	start := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.searches++
	if s.fail != nil {
		return nil, s.fail
	}
	if strings.Count(req.Query, `"`)%2 == 1 {
		return nil, veille.Errorf(veille.EINVALID, "unclosed quote at %d", strings.LastIndex(req.Query, `"`))
	}
	var words []string
	var keep []func(veille.Document) bool
	for _, t := range queryTerms(req.Query) {
		field, value, ok := strings.Cut(t, ":")
		value = strings.Trim(value, `"`)
		switch {
		case ok && field == "org":
			keep = append(keep, func(d veille.Document) bool { return slices.Contains(names(d.Organisations), value) })
		case ok && field == "machine":
			keep = append(keep, func(d veille.Document) bool { return slices.Contains(names(d.Machines), value) })
		case ok && field == "site":
			keep = append(keep, func(d veille.Document) bool { return d.Site == value })
		case ok && (field == "after" || field == "before"):
			// Like the index: on or after the first instant of a day or a
			// month, on or before its last.
			first, err := time.Parse("2006-01-02", value)
			next := first.AddDate(0, 0, 1)
			if err != nil {
				first, err = time.Parse("2006-01", value)
				next = first.AddDate(0, 1, 0)
			}
			if err != nil {
				return nil, veille.Errorf(veille.EINVALID, "%s: wants a date like 2023-06-01, got %q", field, value)
			}
			if field == "after" {
				keep = append(keep, func(d veille.Document) bool { return !d.Published.Before(first) })
			} else {
				keep = append(keep, func(d veille.Document) bool { return d.Published.Before(next) })
			}
		case strings.HasPrefix(t, "amount>="):
			min, err := fakeAmount(t[len("amount>="):])
			if err != nil {
				return nil, veille.Errorf(veille.EINVALID, "amount>=: not an amount %q", t)
			}
			keep = append(keep, func(d veille.Document) bool {
				return slices.ContainsFunc(d.Amounts, func(a veille.Amount) bool { return a.Value >= min })
			})
		default:
			words = append(words, strings.ToLower(strings.Trim(t, `"`)))
		}
	}
	var found []veille.Document
	for _, d := range s.docs {
		ok := true
		for _, k := range keep {
			ok = ok && k(d)
		}
		text := strings.ToLower(d.Title + "\n" + d.Text)
		for _, w := range words {
			ok = ok && strings.Contains(text, w)
		}
		if ok {
			found = append(found, d)
		}
	}
	slices.SortFunc(found, func(a, b veille.Document) int {
		if req.Sort == veille.SortDate {
			return b.Published.Compare(a.Published)
		}
		return strings.Compare(a.ID, b.ID)
	})
	res := &veille.SearchResult{Total: uint64(len(found)), Hits: []veille.Hit{}, Facets: facets(found)}
	limit := req.Limit
	if limit == 0 {
		limit = 10
	}
	for i := req.Offset; i < len(found) && i < req.Offset+limit; i++ {
		res.Hits = append(res.Hits, s.hit(found[i], words))
	}
	res.Took = time.Since(start)
	return res, nil
}

// fakeAmount reads a number with an optional k, M or Md suffix and a
// currency sign.
func fakeAmount(s string) (float64, error) {
	s = strings.TrimRight(s, "€$")
	scale := 1.0
	for _, suf := range []struct {
		s string
		v float64
	}{{"Md", 1e9}, {"M", 1e6}, {"k", 1e3}} {
		if strings.HasSuffix(s, suf.s) {
			s, scale = strings.TrimSuffix(s, suf.s), suf.v
			break
		}
	}
	v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	return v * scale, err
}

// hit makes a hit of d, its snippet the escaped start of its text with the
// words marked.
func (s *fakeStore) hit(d veille.Document, words []string) veille.Hit {
	h := veille.Hit{ID: d.ID, Score: 1, Title: d.Title, Source: d.Source, URL: d.URL, Site: d.Site,
		Published: d.Published, Organisations: names(d.Organisations), Machines: names(d.Machines), Amounts: d.Amounts}
	if snip, ok := s.snippets[d.ID]; ok {
		h.Snippet = snip
		return h
	}
	text := d.Text
	if utf8.RuneCountInString(text) > 160 {
		text = string([]rune(text)[:160]) + "…"
	}
	h.Snippet = html.EscapeString(text)
	for _, w := range words {
		if w != "" {
			h.Snippet = strings.ReplaceAll(h.Snippet, w, "<mark>"+w+"</mark>")
		}
	}
	return h
}

// names returns the distinct names of mentions, in order.
func names(ms []veille.Mention) []string {
	out := []string{}
	for _, m := range ms {
		if !slices.Contains(out, m.Name) {
			out = append(out, m.Name)
		}
	}
	return out
}

// facets counts the documents per organisation, machine, site and month.
func facets(docs []veille.Document) map[string][]veille.FacetCount {
	counts := map[string]map[string]int{"organisations": {}, "machines": {}, "sites": {}, "months": {}}
	for _, d := range docs {
		for _, n := range names(d.Organisations) {
			counts["organisations"][n]++
		}
		for _, n := range names(d.Machines) {
			counts["machines"][n]++
		}
		if d.Site != "" {
			counts["sites"][d.Site]++
		}
		if !d.Published.IsZero() {
			counts["months"][d.Published.Format("2006-01")]++
		}
	}
	out := map[string][]veille.FacetCount{}
	for key, c := range counts {
		list := []veille.FacetCount{}
		for v, n := range c {
			list = append(list, veille.FacetCount{Value: v, Count: n})
		}
		slices.SortFunc(list, func(a, b veille.FacetCount) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			return strings.Compare(a.Value, b.Value)
		})
		out[key] = list
	}
	return out
}

func (s *fakeStore) Entities(ctx context.Context, req veille.EntitiesRequest) ([]veille.EntityCount, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return nil, s.fail
	}
	var all []veille.Document
	for _, d := range s.docs {
		all = append(all, d)
	}
	f := facets(all)
	var out []veille.EntityCount
	add := func(t veille.EntityType, key string) {
		for _, fc := range f[key] {
			out = append(out, veille.EntityCount{Type: t, Name: fc.Value, Documents: fc.Count})
		}
	}
	switch req.Type {
	case veille.TypeOrganisation:
		add(veille.TypeOrganisation, "organisations")
	case veille.TypeMachine:
		add(veille.TypeMachine, "machines")
	case veille.TypeAmount:
		return nil, errors.New("amounts are not counted by the fake store")
	default:
		add(veille.TypeOrganisation, "organisations")
		add(veille.TypeMachine, "machines")
	}
	top := req.Top
	if top == 0 {
		top = 50
	}
	return out[:min(top, len(out))], nil
}

func (s *fakeStore) Export(ctx context.Context, fn func(veille.Document) error) error {
	s.mu.Lock()
	if s.fail != nil {
		s.mu.Unlock()
		return s.fail
	}
	var docs []veille.Document
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	s.mu.Unlock()
	slices.SortFunc(docs, func(a, b veille.Document) int { return strings.Compare(a.ID, b.ID) })
	for _, d := range docs {
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}

func (s *fakeStore) Count(ctx context.Context) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return 0, s.fail
	}
	return uint64(len(s.docs)), nil
}

func (s *fakeStore) Close() error { return nil }

// mentionOf locates the written form of an entity in a field of a, in code
// points, as extract would; it fails the test if the text is not there.
func mentionOf(t testing.TB, a veille.Article, field veille.Field, name, written string) veille.Mention {
	t.Helper()
	return veille.Mention{Name: name, Text: written, Span: spanOf(t, a, field, written)}
}

func spanOf(t testing.TB, a veille.Article, field veille.Field, written string) veille.Span {
	t.Helper()
	s := a.Text
	if field == veille.FieldTitle {
		s = a.Title
	}
	i := strings.Index(s, written)
	if i < 0 {
		t.Fatalf("%q is not in the %s of %s", written, field, a.ID)
	}
	start := utf8.RuneCountInString(s[:i])
	return veille.Span{Field: field, Start: start, End: start + utf8.RuneCountInString(written)}
}

// frenchDocs are three articles of the French press on AI and HPC, with
// their entities.
func frenchDocs(t testing.TB) []veille.Document {
	t.Helper()
	genci := veille.Article{
		ID: "a1genci", Source: "https://www.example.fr/feed.xml", URL: "https://www.example.fr/ai-factory",
		Site: "Le Journal du Calcul", Lang: "fr", ContentHash: "h1",
		Published: time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC),
		Title:     "AI Factory France : le GENCI labellisé par l'Europe",
		Text: "AI Factory France, dirigé par GENCI et soutenu par des partenaires tels qu’INRIA, CNRS et CEA, s'inscrit dans une dynamique européenne.\n" +
			"Ce projet permettra à la France de partager le supercalculateur Jean Zay et le futur supercalculateur exascale Alice Recoque, attendu pour 2026.\n" +
			"L’État prévoit d'investir 360 millions d'euros dans l'écosystème.",
	}
	mistral := veille.Article{
		ID: "b2mistral", Source: "https://actu.example.com/rss", URL: "https://actu.example.com/mistral",
		Site: "Actu IA", Lang: "fr", ContentHash: "h2",
		Published: time.Date(2024, 6, 11, 18, 30, 0, 0, time.UTC),
		Title:     "Mistral AI lève 600 millions d'euros",
		Text: "La start-up parisienne Mistral AI a annoncé une levée de fonds de 600 millions d'euros.\n" +
			"Elle entraîne ses modèles sur le supercalculateur Jean Zay de l'IDRIS, au CNRS.",
	}
	h := veille.Article{
		ID: "c3h", Source: "https://actu.example.com/rss", URL: "https://actu.example.com/h",
		Site: "Actu IA", Lang: "fr", ContentHash: "h3",
		Published: time.Date(2024, 5, 21, 7, 0, 0, 0, time.UTC),
		Title:     "H réussit à lever 203 millions d'euros en pré-seed",
		Text:      "À l'image de Mistral AI et de Kyutai, la société H a réussi à lever un montant record de 203 millions d'euros en pré-seed.",
	}
	amount := func(a veille.Article, field veille.Field, written string, value float64) veille.Amount {
		return veille.Amount{Text: written, Value: value, Currency: "EUR", Span: spanOf(t, a, field, written)}
	}
	return []veille.Document{
		{Article: genci, Entities: veille.Entities{
			Organisations: []veille.Mention{
				mentionOf(t, genci, veille.FieldTitle, "GENCI", "GENCI"),
				mentionOf(t, genci, veille.FieldText, "GENCI", "GENCI"),
				mentionOf(t, genci, veille.FieldText, "INRIA", "INRIA"),
				mentionOf(t, genci, veille.FieldText, "CNRS", "CNRS"),
				mentionOf(t, genci, veille.FieldText, "CEA", "CEA"),
			},
			Machines: []veille.Mention{
				mentionOf(t, genci, veille.FieldText, "Jean Zay", "Jean Zay"),
				mentionOf(t, genci, veille.FieldText, "Alice Recoque", "Alice Recoque"),
			},
			Amounts: []veille.Amount{amount(genci, veille.FieldText, "360 millions d'euros", 360e6)},
		}},
		{Article: mistral, Entities: veille.Entities{
			Organisations: []veille.Mention{
				mentionOf(t, mistral, veille.FieldTitle, "Mistral AI", "Mistral AI"),
				mentionOf(t, mistral, veille.FieldText, "Mistral AI", "Mistral AI"),
				mentionOf(t, mistral, veille.FieldText, "IDRIS", "IDRIS"),
				mentionOf(t, mistral, veille.FieldText, "CNRS", "CNRS"),
			},
			Machines: []veille.Mention{mentionOf(t, mistral, veille.FieldText, "Jean Zay", "Jean Zay")},
			Amounts: []veille.Amount{
				amount(mistral, veille.FieldTitle, "600 millions d'euros", 600e6),
				amount(mistral, veille.FieldText, "600 millions d'euros", 600e6),
			},
		}},
		{Article: h, Entities: veille.Entities{
			Organisations: []veille.Mention{
				mentionOf(t, h, veille.FieldText, "Mistral AI", "Mistral AI"),
				mentionOf(t, h, veille.FieldText, "Kyutai", "Kyutai"),
				mentionOf(t, h, veille.FieldText, "H", "H"),
			},
			Amounts: []veille.Amount{amount(h, veille.FieldText, "203 millions d'euros", 203e6)},
		}},
	}
}
