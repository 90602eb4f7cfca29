// Package parse turns the raw bytes of one fetched page or file into a
// veille.Article: HTML pages with their metadata and main text, plain text
// files with their title line.
package parse

import (
	"bytes"
	"net/http"
	"path"
	"strings"

	"github.com/veille-fr/veille"
)

// Page is the raw content of one page or file, as fetched or read.
type Page struct {
	URL         string // the final URL after redirects, or a file path
	ContentType string // the Content-Type header, "" for files (then sniff from the name and the bytes)
	Body        []byte
}

// Article parses a page into an article: HTML (.html, .htm, text/html,
// application/xhtml+xml) with HTML, plain text (.txt, text/plain) with Text.
// A PDF, an image, any binary or an empty body is an error with code
// veille.ENOTARTICLE saying what the content is.
func Article(p Page) (veille.Article, error) {
	if len(bytes.TrimSpace(p.Body)) == 0 {
		return veille.Article{}, veille.Errorf(veille.ENOTARTICLE, "parse %s: empty content", p.URL)
	}
	if kind := binaryKind(p.Body); kind != "" {
		return veille.Article{}, veille.Errorf(veille.ENOTARTICLE, "parse %s: %s, not an article", p.URL, kind)
	}
	switch mediaType(p) {
	case "text/html", "application/xhtml+xml":
		return HTML(p)
	case "text/plain":
		return Text(p)
	default:
		return veille.Article{}, veille.Errorf(veille.ENOTARTICLE, "parse %s: %s, not an article", p.URL, mediaType(p))
	}
}

// mediaType returns the media type of p from its header, else its name, else its bytes.
func mediaType(p Page) string {
	ct := strings.ToLower(strings.TrimSpace(strings.Split(p.ContentType, ";")[0]))
	if ct == "text/html" || ct == "application/xhtml+xml" || ct == "text/plain" {
		return ct
	}
	switch strings.ToLower(path.Ext(strings.SplitN(p.URL, "?", 2)[0])) {
	case ".html", ".htm", ".xhtml":
		return "text/html"
	case ".txt", ".text":
		return "text/plain"
	}
	sniffed := strings.Split(http.DetectContentType(p.Body), ";")[0]
	if ct != "" && !strings.HasPrefix(ct, "text/") && sniffed != "text/html" {
		return ct
	}
	return sniffed
}

// magic lists byte signatures of non-article content DetectContentType may miss.
var magic = []struct {
	prefix string
	kind   string
}{
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "zip archive"},
	{"\x1f\x8b", "gzip archive"},
	{"\x7fELF", "executable"},
	{"\x89PNG", "image/png"},
	{"\xff\xd8\xff", "image/jpeg"},
	{"GIF8", "image/gif"},
}

// binaryKind names the kind of binary content body holds, "" for text.
func binaryKind(body []byte) string {
	for _, m := range magic {
		if bytes.HasPrefix(body, []byte(m.prefix)) {
			return m.kind
		}
	}
	ct := strings.Split(http.DetectContentType(body), ";")[0]
	switch {
	case strings.HasPrefix(ct, "image/"), strings.HasPrefix(ct, "audio/"), strings.HasPrefix(ct, "video/"):
		return ct
	case ct == "application/octet-stream" && bytes.IndexByte(body[:min(len(body), 512)], 0) >= 0:
		return "binary data"
	case ct == "application/pdf", ct == "application/zip", ct == "application/x-gzip":
		return ct
	}
	return ""
}
