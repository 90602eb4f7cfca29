package entity

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata from the current output")

// goldenMatch is one line of a testdata/*.golden.json file.
type goldenMatch struct {
	Field string `json:"field"`
	Kind  string `json:"kind"`
	Name  string `json:"name"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// goldenJSON renders the matches of a seed, one per line.
func goldenJSON(t *testing.T, inTitle, inText []Match) []byte {
	var b bytes.Buffer
	b.WriteString("[\n")
	n, i := len(inTitle)+len(inText), 0
	for _, f := range []struct {
		name string
		ms   []Match
	}{{"title", inTitle}, {"text", inText}} {
		for _, m := range f.ms {
			line, err := json.Marshal(goldenMatch{f.name, m.Kind.String(), m.Name, m.Text, m.Start, m.End})
			if err != nil {
				t.Fatal(err)
			}
			b.WriteString("  ")
			b.Write(line)
			if i++; i < n {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
	}
	b.WriteString("]\n")
	return b.Bytes()
}

// TestSeedsGolden compares the matches of each seed article with its golden
// file; run with -update to rewrite them after checking the differences.
func TestSeedsGolden(t *testing.T) {
	r := testRecognizer(t)
	paths, err := filepath.Glob("../../seeds/0*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			title, text := splitSeed(string(raw))
			inTitle, inText := r.Recognize(title, text)
			checkMatches(t, title, inTitle)
			checkMatches(t, text, inText)
			got := goldenJSON(t, inTitle, inText)
			file := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("matches differ from %s; run go test -update and review the diff\ngot:\n%s", file, got)
			}
		})
	}
}

// TestRecognizeConcurrent runs the seeds from several goroutines at once and
// checks that each gets the same matches as a lone call.
func TestRecognizeConcurrent(t *testing.T) {
	r := testRecognizer(t)
	arts := seedArticles(t)
	want := make([][2][]Match, len(arts))
	for i, a := range arts {
		want[i][0], want[i][1] = r.Recognize(a[0], a[1])
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(arts))
	for g := range 8 {
		wg.Go(func() {
			for k := range arts {
				i := (k + g) % len(arts)
				inTitle, inText := r.Recognize(arts[i][0], arts[i][1])
				if !slices.Equal(inTitle, want[i][0]) || !slices.Equal(inText, want[i][1]) {
					errs <- fmt.Sprintf("seed %d: matches differ under concurrency", i)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
