package index

import (
	"context"
	"os"
	"testing"

	"github.com/veille-fr/veille"
)

func BenchmarkOneQuery(b *testing.B) {
	x := sharedBenchIndex(b)
	q := os.Getenv("Q")
	for b.Loop() {
		if _, err := x.Search(context.Background(), veille.SearchRequest{Query: q, Sort: veille.Sort(os.Getenv("S"))}); err != nil {
			b.Fatal(err)
		}
	}
}
