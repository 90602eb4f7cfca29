package index

import (
	"context"
	"slices"
	"testing"
	"time"
)

func BenchmarkPerQuery(b *testing.B) {
	x := sharedBenchIndex(b)
	for _, req := range benchQueries {
		var took []time.Duration
		var total uint64
		for range 30 {
			s := time.Now()
			res, err := x.Search(context.Background(), req)
			if err != nil {
				b.Fatal(err)
			}
			total = res.Total
			took = append(took, time.Since(s))
		}
		slices.Sort(took)
		b.Logf("%-45q total=%6d p50=%v", req.Query, total, took[15])
	}
}
