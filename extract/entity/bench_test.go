package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veille-fr/veille/extract/data"
)

// seedArticles returns the title and text of every seed article.
func seedArticles(tb testing.TB) [][2]string {
	tb.Helper()
	paths, err := filepath.Glob("../../seeds/0*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var out [][2]string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		title, text := splitSeed(string(raw))
		out = append(out, [2]string{title, text})
	}
	return out
}

// splitSeed splits a seed file: the first non-empty line is the title.
func splitSeed(s string) (title, text string) {
	s = strings.TrimLeft(s, "\n\r\t ")
	title, text, _ = strings.Cut(s, "\n")
	return strings.TrimSpace(title), text
}

func BenchmarkRecognize(b *testing.B) {
	r, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	arts := seedArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a[0]) + len(a[1])
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			r.Recognize(a[0], a[1])
		}
	}
}

// BenchmarkRecognizeLarge runs one long text, the seeds repeated, to check
// that the cost stays linear in the size of the text.
func BenchmarkRecognizeLarge(b *testing.B) {
	r := testRecognizer(b)
	var sb strings.Builder
	for sb.Len() < 2<<20 {
		for _, a := range seedArticles(b) {
			sb.WriteString(a[1])
			sb.WriteString("\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		r.Recognize("", text)
	}
}

// BenchmarkNew measures building a Recognizer from the embedded lists.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(data.FS); err != nil {
			b.Fatal(err)
		}
	}
}
