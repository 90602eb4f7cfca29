package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/veille-fr/veille"
)

// seedDoc reads a seed article: its first non-empty line is the title unless
// title is given, the rest is the text.
func seedDoc(t testing.TB, file, title string) veille.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "seeds", file))
	if err != nil {
		t.Fatalf("read seed: %v", err)
	}
	text := strings.TrimSpace(string(b))
	if title == "" {
		title, text, _ = strings.Cut(text, "\n")
		text = strings.TrimSpace(text)
	}
	return veille.Document{Article: veille.Article{
		Title: strings.TrimSpace(title),
		Text:  text,
		Lang:  "fr",
	}}
}

func mentions(names ...string) []veille.Mention {
	ms := make([]veille.Mention, len(names))
	for i, n := range names {
		ms[i] = veille.Mention{Name: n, Text: n, Span: veille.Span{Field: veille.FieldText, Start: i, End: i + len(n)}}
	}
	return ms
}

func eur(text string, v float64) veille.Amount {
	return veille.Amount{Text: text, Value: v, Currency: "EUR", Span: veille.Span{Field: veille.FieldText}}
}

var paris = time.FixedZone("CEST", 2*3600)

// seedDocs returns the five seed articles with the entities and metadata an
// ingest and an extract of them would give.
func seedDocs(t testing.TB) []veille.Document {
	d0 := seedDoc(t, "000_5353bfc609a8690b.txt", "")
	d0.ID, d0.Site, d0.Source = "d0", "Blog Numérique", "https://blog.example.fr/semaine-ia"
	d0.Published = time.Date(2024, 5, 23, 18, 0, 0, 0, paris)
	d0.Organisations = mentions("Mistral AI", "Kyutai", "Meta", "Google DeepMind", "Mistral AI")
	d0.Machines = mentions("Jean Zay")
	d0.Amounts = []veille.Amount{eur("203 millions d'euros", 203e6), eur("360 millions d'euros", 360e6), eur("15 milliards €", 15e9)}

	d1 := seedDoc(t, "001_5f0cbaf14fd99e6a.txt", "")
	d1.ID, d1.Site, d1.Source = "d1", "enseignementsup-recherche.gouv.fr", "https://www.enseignementsup-recherche.gouv.fr/ai-factory"
	d1.Published = time.Date(2025, 3, 13, 10, 0, 0, 0, time.UTC)
	d1.Organisations = mentions("EuroHPC", "GENCI")
	d1.Machines = mentions("Jean Zay")

	d2 := seedDoc(t, "002_e7922efa31c7ce34.txt", "AI Factory France, une labellisation européenne")
	d2.ID, d2.Site, d2.Source = "d2", "enseignementsup-recherche.gouv.fr", "https://www.enseignementsup-recherche.gouv.fr/ai-factory-2"
	d2.Published = time.Date(2025, 3, 14, 10, 0, 0, 0, time.UTC)
	d2.Organisations = mentions("GENCI", "INRIA", "CNRS", "CEA")
	d2.Machines = mentions("Alice Recoque", "Jean Zay")

	d3 := seedDoc(t, "003_1afeaf038d1e193d.txt", "")
	d3.ID, d3.Site, d3.Source = "d3", "Next", "https://next.ink/vivatech-macron"
	d3.Published = time.Date(2023, 6, 15, 9, 24, 0, 0, paris)
	d3.Organisations = mentions("GENCI", "Mistral AI")
	d3.Machines = mentions("Jean Zay", "Adastra")
	d3.Amounts = []veille.Amount{eur("1,8 milliard d’euros", 1.8e9), eur("500 millions d'euros", 500e6), eur("50 millions", 50e6)}

	d4 := seedDoc(t, "004_e057621732c7d272.txt", "")
	d4.ID, d4.Site, d4.Source = "d4", "Blog Numérique", "https://blog.example.fr/scaleway"
	d4.Published = time.Date(2023, 11, 19, 8, 0, 0, 0, paris)
	d4.Organisations = mentions("Scaleway", "Iliad", "Mistral AI")
	d4.Machines = mentions("Nabu")
	d4.Amounts = []veille.Amount{eur("250 M€", 250e6), eur("200 M€", 200e6), eur("300 M€", 300e6)}

	docs := []veille.Document{d0, d1, d2, d3, d4}
	for i := range docs {
		docs[i].URL = docs[i].Source
		docs[i].ContentHash = "hash-" + docs[i].ID
		docs[i].FetchedAt = time.Date(2025, 11, 1, 12, 0, 0, 0, time.UTC)
	}
	return docs
}

// newSeedIndex returns a memory index holding the seed documents.
func newSeedIndex(t testing.TB) (*Index, []veille.Document) {
	t.Helper()
	x, err := OpenMemory(Options{})
	if err != nil {
		t.Fatalf("OpenMemory: %v", err)
	}
	t.Cleanup(func() { _ = x.Close() })
	docs := seedDocs(t)
	if _, err := x.Put(context.Background(), docs); err != nil {
		t.Fatalf("Put: %v", err)
	}
	return x, docs
}

// hitIDs returns the IDs of the hits of a search, in order.
func hitIDs(res *veille.SearchResult) []string {
	ids := []string{}
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids
}
