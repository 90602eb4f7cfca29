package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkParseSitemap parses a sitemap of the largest size sitemaps.org allows.
func BenchmarkParseSitemap(b *testing.B) {
	var s strings.Builder
	s.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
	for i := range maxSitemapURLs {
		fmt.Fprintf(&s, `<url><loc>https://www.exemple-presse.fr/ia/article-%d.html</loc><news:news><news:publication_date>2024-05-21T11:15:00+02:00</news:publication_date><news:title>Dépêche %d sur le calcul intensif</news:title></news:news></url>`, i, i)
	}
	s.WriteString(`</urlset>`)
	body := []byte(s.String())
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		doc, err := parseSitemap(body)
		if err != nil || len(doc.entries) != maxSitemapURLs {
			b.Fatalf("%d entries, %v", len(doc.entries), err)
		}
	}
	b.ReportMetric(float64(maxSitemapURLs*b.N)/b.Elapsed().Seconds(), "urls/s")
}
