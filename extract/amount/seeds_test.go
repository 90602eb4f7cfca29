package amount

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/veille-fr/veille"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the seed articles")

// seedArticle is a seed file split into its title (first non-empty line) and body.
type seedArticle struct {
	name, title, body string
}

func loadSeeds(tb testing.TB) []seedArticle {
	tb.Helper()
	files, err := filepath.Glob("../../seeds/[0-9]*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var seeds []seedArticle
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		text := strings.TrimLeft(string(b), " \t\r\n")
		title, body, _ := strings.Cut(text, "\n")
		seeds = append(seeds, seedArticle{strings.TrimSuffix(filepath.Base(f), ".txt"), title, body})
	}
	return seeds
}

func TestSeedsGolden(t *testing.T) {
	for _, s := range loadSeeds(t) {
		got, err := json.MarshalIndent(map[string][]veille.Amount{
			"title": Find(s.title), "text": Find(s.body)}, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", s.name+".golden.json")
		if *update {
			if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("read %s (run with -update to create it): %v", path, err)
		}
		if !bytes.Equal(bytes.TrimSpace(want), got) {
			t.Errorf("%s: output differs from %s:\n%s", s.name, path, got)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	seeds := loadSeeds(b)
	var size int64
	for _, s := range seeds {
		size += int64(len(s.title) + len(s.body))
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, s := range seeds {
			Find(s.title)
			Find(s.body)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, tc := range findCases {
		f.Add(tc.sentence)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, a := range Find(text) {
			if a.Start < 0 || a.End > len(text) || a.Start >= a.End {
				t.Fatalf("bad offsets %d..%d in %q", a.Start, a.End, text)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[a.Start]) || a.End < len(text) && !utf8.RuneStart(text[a.End])) {
				t.Fatalf("offsets %d..%d not on rune boundaries in %q", a.Start, a.End, text)
			}
			if a.Text != text[a.Start:a.End] {
				t.Fatalf("Text %q != text[%d:%d] %q", a.Text, a.Start, a.End, text[a.Start:a.End])
			}
			if !(a.Value >= 0) || math.IsInf(a.Value, 0) || a.Max != 0 && a.Max < a.Value || a.Currency == "" {
				t.Fatalf("bad amount %+v in %q", a, text)
			}
		}
	})
}
