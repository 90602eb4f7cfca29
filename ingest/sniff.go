package ingest

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"mime"
	"strings"
)

// contentKind is what a fetched page or a file turns out to hold.
type contentKind int

const (
	kindArticle contentKind = iota
	kindFeed
	kindSitemap
)

const sniffBytes = 64 << 10

// sniff tells a feed or a sitemap from an article, by media type and by the
// root element of XML content; servers often label feeds and sitemaps
// text/plain or text/html, so the root element decides for other types.
func sniff(contentType string, body []byte) contentKind {
	media, _, _ := mime.ParseMediaType(contentType)
	switch media {
	case "application/rss+xml", "application/atom+xml", "application/feed+json":
		return kindFeed
	}
	if isGzip(body) {
		inner, err := gunzip(body, sniffBytes)
		if err != nil && len(inner) == 0 {
			return kindArticle
		}
		body = inner
	}
	switch rootElement(body) {
	case "rss", "rdf", "feed":
		return kindFeed
	case "urlset", "sitemapindex":
		return kindSitemap
	}
	return kindArticle
}

// rootElement returns the lower-cased local name of the first element of an
// XML document, or "" if body does not start like one.
func rootElement(body []byte) string {
	body = body[:min(len(body), sniffBytes)]
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for range 64 {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return strings.ToLower(t.Name.Local)
		case xml.CharData:
			if len(bytes.TrimSpace(bytes.TrimPrefix(t, []byte("\xef\xbb\xbf")))) > 0 {
				return ""
			}
		}
	}
	return ""
}

func isGzip(body []byte) bool {
	return len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b
}

// gunzip decompresses body, failing once more than limit bytes come out: a
// small file may expand into gigabytes.
func gunzip(body []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return out, fmt.Errorf("gunzip: %w", err)
	}
	if int64(len(out)) > limit {
		return out[:limit], fmt.Errorf("gunzip: more than %d bytes once decompressed", limit)
	}
	return out, nil
}
