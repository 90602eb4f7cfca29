package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veille-fr/veille"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// seedArticle reads a seed as ingest reads a .txt file: the first non-empty
// line is the title, the rest the main text.
func seedArticle(t testing.TB, path string) veille.Article {
	t.Helper()
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	title, text, _ := strings.Cut(strings.TrimLeft(string(body), "\n"), "\n")
	return veille.Article{Title: strings.TrimSpace(title), Text: strings.TrimSpace(text)}
}

func seedPaths(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob("../seeds/*.txt")
	if len(paths) == 0 {
		t.Fatal("no seed article in ../seeds")
	}
	return paths
}

// slice returns the code points [start, end) of s, as Python's s[start:end].
func slice(s string, start, end int) string {
	runes := []rune(s)
	if start < 0 || end > len(runes) || start > end {
		return "<out of range>"
	}
	return string(runes[start:end])
}

func TestExtractOffsetsAreCodePoints(t *testing.T) {
	x := newExtractor(t)
	a := veille.Article{
		Title: "L’État et Mistral AI : 1,8 milliard d’euros pour Jean-Zay",
		Text: "Après l’annonce, le GENCI précise que le supercalculateur Jean Zay, opéré par l'IDRIS, " +
			"recevra « près de 40 M€ » ; l’Inria et Mistral participent.",
	}
	got := x.Extract(&a)
	field := func(f veille.Field) string {
		if f == veille.FieldTitle {
			return a.Title
		}
		return a.Text
	}
	check := func(kind string, sp veille.Span, text string) {
		t.Helper()
		if s := slice(field(sp.Field), sp.Start, sp.End); s != text {
			t.Errorf("%s %q: %s[%d:%d] is %q", kind, text, sp.Field, sp.Start, sp.End, s)
		}
	}
	for _, m := range got.Amounts {
		check("amount", m.Span, m.Text)
	}
	for _, m := range append(got.Organisations, got.Machines...) {
		check("mention", m.Span, m.Text)
	}
	names := func(ms []veille.Mention) map[string]bool {
		set := map[string]bool{}
		for _, m := range ms {
			set[string(m.Field)+":"+m.Name] = true
		}
		return set
	}
	orgs, machines := names(got.Organisations), names(got.Machines)
	for _, want := range []string{"title:Mistral AI", "text:Mistral AI"} {
		if !orgs[want] {
			t.Errorf("organisations %v lack %s", orgs, want)
		}
	}
	for _, want := range []string{"title:Jean Zay", "text:Jean Zay"} {
		if !machines[want] {
			t.Errorf("machines %v lack %s", machines, want)
		}
	}
	if len(got.Amounts) != 2 || got.Amounts[0].Field != veille.FieldTitle || got.Amounts[0].Value != 1.8e9 ||
		got.Amounts[1].Value != 40e6 || got.Amounts[1].Qualifier != veille.QualifierAbout {
		t.Errorf("amounts %+v, want 1,8 milliard in the title and about 40 M€ in the text", got.Amounts)
	}
}

func TestExtractEmptyArticle(t *testing.T) {
	got := newExtractor(t).Extract(&veille.Article{})
	if got.Amounts == nil || got.Organisations == nil || got.Machines == nil {
		t.Errorf("%+v: want empty lists, not null, in JSON", got)
	}
	if len(got.Amounts)+len(got.Organisations)+len(got.Machines) != 0 {
		t.Errorf("entities in an empty article: %+v", got)
	}
}

// TestExtractSeedsGolden compares the entities of each seed article with
// testdata/NAME.golden.json; go test -update rewrites them.
func TestExtractSeedsGolden(t *testing.T) {
	x := newExtractor(t)
	for _, path := range seedPaths(t) {
		a := seedArticle(t, path)
		got, err := json.MarshalIndent(x.Extract(&a), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		golden := filepath.Join("testdata", strings.TrimSuffix(filepath.Base(path), ".txt")+".golden.json")
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: entities differ from %s (go test -update rewrites it after review):\n%s", path, golden, got)
		}
	}
}

// BenchmarkExtract measures the whole extract stage (amounts, organisations,
// machines, offsets) over the seed articles.
func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b)
	var articles []veille.Article
	size := 0
	for _, path := range seedPaths(b) {
		a := seedArticle(b, path)
		articles = append(articles, a)
		size += len(a.Title) + len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i := range articles {
			x.Extract(&articles[i])
		}
	}
}
