package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/veille-fr/veille"
)

// maxSitemapURLs is the most entries sitemaps.org allows in one sitemap.
const maxSitemapURLs = 50000

// sitemapEntry is a <url> of a sitemap or a <sitemap> of a sitemap index,
// with the Google News extension.
type sitemapEntry struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    struct {
		PublicationDate string `xml:"publication_date"`
		Title           string `xml:"title"`
	} `xml:"news"`
}

// sitemapDoc is a parsed sitemap or sitemap index.
type sitemapDoc struct {
	index   bool
	entries []sitemapEntry
}

// parseSitemap reads a sitemap or a sitemap index, gzipped or not. When the
// XML breaks off, it returns the entries before the break with the error.
func parseSitemap(body []byte) (sitemapDoc, error) {
	var doc sitemapDoc
	if isGzip(body) {
		var err error
		if body, err = gunzip(body, maxSitemapBytes); err != nil {
			return doc, err
		}
	}
	d := xml.NewDecoder(bytes.NewReader(body))
	d.CharsetReader = charset.NewReaderLabel
	root := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			if root == "" {
				return doc, errors.New("empty document")
			}
			return doc, nil
		}
		if err != nil {
			return doc, err
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = strings.ToLower(start.Name.Local)
			if root != "urlset" && root != "sitemapindex" {
				return doc, fmt.Errorf("not a sitemap: the root element is <%s>", start.Name.Local)
			}
			doc.index = root == "sitemapindex"
			continue
		}
		if name := start.Name.Local; name != "url" && name != "sitemap" {
			continue
		}
		if len(doc.entries) >= maxSitemapURLs {
			return doc, fmt.Errorf("more than %d entries, the rest ignored", maxSitemapURLs)
		}
		var entry sitemapEntry
		if err := d.DecodeElement(&entry, &start); err != nil {
			return doc, err
		}
		doc.entries = append(doc.entries, entry)
	}
}

// sitemap yields the entries of a sitemap, or of the sitemaps a sitemap
// index names; depth counts the indexes that led to it.
func (e *expansion) sitemap(body []byte, name, origin string, depth int) bool {
	doc, parseErr := parseSitemap(body)
	if doc.index {
		if !e.sitemapIndex(doc, name, origin, depth) {
			return false
		}
	} else {
		for _, entry := range doc.entries {
			if !e.sitemapURL(entry, name, origin) {
				return false
			}
		}
	}
	if parseErr != nil {
		return e.fail(veille.Errorf(veille.EINVALID, "read the sitemap %s: %w", name, parseErr))
	}
	return true
}

func (e *expansion) sitemapURL(entry sitemapEntry, name, origin string) bool {
	loc := strings.TrimSpace(entry.Loc)
	if !isWebURL(loc) {
		return e.fail(veille.Errorf(veille.EINVALID, "read the sitemap %s: entry %q is not an http(s) URL", name, loc))
	}
	it := veille.Item{Source: origin, Ref: loc, Title: strings.TrimSpace(entry.News.Title)}
	if t, ok := w3cDate(entry.News.PublicationDate); ok {
		it.Published = t
	} else if t, ok := w3cDate(entry.LastMod); ok {
		it.Published = t
	}
	return e.emitEntry(it)
}

// sitemapIndex follows the children of a sitemap index, skipping those not
// modified since Options.Since.
func (e *expansion) sitemapIndex(doc sitemapDoc, name, origin string, depth int) bool {
	if depth >= maxSitemapDepth {
		return e.fail(veille.Errorf(veille.EINVALID, "read the sitemap %s: sitemap indexes nested more than %d deep", name, maxSitemapDepth))
	}
	for i, child := range doc.entries {
		if i == maxChildSitemaps {
			return e.fail(veille.Errorf(veille.EINVALID, "read the sitemap %s: more than %d child sitemaps, the rest ignored", name, maxChildSitemaps))
		}
		if t, ok := w3cDate(child.LastMod); ok && t.Before(e.r.opts.Since) {
			e.r.log.Debug("sitemap unchanged since the cut-off, skipped", "sitemap", child.Loc, "lastmod", child.LastMod)
			continue
		}
		loc, err := childRef(strings.TrimSpace(child.Loc), name)
		if err != nil {
			if !e.fail(veille.Errorf(veille.EINVALID, "read the sitemap index %s: %w", name, err)) {
				return false
			}
			continue
		}
		body, err := e.load(loc)
		if err != nil {
			if !e.fail(errorf(veille.EINVALID, err, "read the sitemap index %s", name)) {
				return false
			}
			continue
		}
		if !e.sitemap(body, loc, origin, depth+1) {
			return false
		}
	}
	return true
}

// childRef returns where the child sitemap loc of the index parent is: an
// http(s) URL, or, for an index read from a file, a path relative to it. A
// web index never names a local file.
func childRef(loc, parent string) (string, error) {
	switch {
	case isWebURL(loc):
		return loc, nil
	case isWebURL(parent) || loc == "" || strings.Contains(loc, "://"):
		return "", fmt.Errorf("child sitemap %q is not an http(s) URL", loc)
	case filepath.IsAbs(loc):
		return loc, nil
	}
	return filepath.Join(filepath.Dir(parent), loc), nil
}

// load reads a URL or a file whole.
func (e *expansion) load(ref string) ([]byte, error) {
	if isWebURL(ref) {
		resp, err := e.r.fetcher.Get(e.ctx, ref)
		if err != nil {
			return nil, err
		}
		return resp.Body, nil
	}
	return readFile(ref, maxSitemapBytes)
}

// w3cDate parses the W3C datetime forms sitemaps use.
func w3cDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
