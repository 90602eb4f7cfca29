package ingest

import (
	"os"
	"testing"
	"unicode/utf8"
)

func addSeedFiles(f *testing.F, paths ...string) {
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(body)
	}
}

// FuzzSitemap checks that any input gives entries or an error, never a panic,
// and that an index and a URL set are told apart only by a real root element.
func FuzzSitemap(f *testing.F) {
	addSeedFiles(f, "testdata/feeds/sitemap-news.xml", "testdata/feeds/atom.xml")
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://a.fr/s.xml</loc><lastmod>2024-01-01</lastmod></sitemap></sitemapindex>`))
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"))
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>https://a.fr/é</loc></url>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		doc, err := parseSitemap(body)
		if err == nil && len(doc.entries) > 0 && rootElement(body) == "" && !isGzip(body) {
			t.Errorf("entries %v from a body without a root element", doc.entries)
		}
		for _, e := range doc.entries {
			w3cDate(e.LastMod)
			w3cDate(e.News.PublicationDate)
		}
	})
}

// FuzzFeed checks that gofeed and the entry checks never panic on garbage,
// and that every item they accept links to an http(s) URL.
func FuzzFeed(f *testing.F) {
	addSeedFiles(f, "testdata/feeds/rss-entrees-cassees.xml", "testdata/feeds/atom.xml")
	f.Add([]byte(`<rss><channel><item><link>//a.fr/x</link></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"https://a.fr/1"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, _ := parseFeed(body)
		if feed == nil {
			return
		}
		for _, entry := range feed.Items {
			it, err := feedItem(entry, "https://exemple.fr/flux.xml", "flux")
			if err == nil && !isWebURL(it.Ref) {
				t.Errorf("accepted entry links to %q", it.Ref)
			}
			if err == nil && !utf8.ValidString(it.Title) {
				t.Logf("title %q is not valid UTF-8", it.Title)
			}
		}
	})
}

// FuzzNormalizeURL checks that normalising is idempotent.
func FuzzNormalizeURL(f *testing.F) {
	f.Add("https://www.exemple.fr/a?utm_source=x&b=1#c")
	f.Add("http://EXEMPLE.fr:80")
	f.Fuzz(func(t *testing.T, raw string) {
		once := normalizeURL(raw)
		if !isWebURL(raw) {
			return
		}
		if twice := normalizeURL(once); twice != once {
			t.Errorf("normalizeURL(%q) = %q, then %q", raw, once, twice)
		}
	})
}
