package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/veille-fr/veille"
)

// BenchmarkSearchPage measures rendering a page of ten results with its
// facets and chips, the store's own time left aside (the fake store answers
// from memory).
func BenchmarkSearchPage(b *testing.B) {
	base := frenchDocs(b)
	var docs []veille.Document
	for i := range 200 {
		d := base[i%len(base)]
		d.ID = fmt.Sprintf("%s-%03d", d.ID, i)
		d.Published = d.Published.Add(time.Duration(i) * time.Hour)
		docs = append(docs, d)
	}
	h := New(newFakeStore(docs...), Options{}).Handler()
	req := httptest.NewRequest("GET", "/?q=supercalculateur&sort=date", nil)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
