package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/veille-fr/veille"
)

// feed yields the entries of an RSS, Atom or JSON feed read from name. A
// feed cut short still yields the entries before the cut; an entry without
// a usable link yields an error.
func (e *expansion) feed(body []byte, name, origin string) bool {
	if isGzip(body) {
		var err error
		if body, err = gunzip(body, maxSitemapBytes); err != nil {
			return e.fail(veille.Errorf(veille.EINVALID, "read the feed %s: %w", name, err))
		}
	}
	f, parseErr := parseFeed(body)
	if f == nil {
		return e.fail(veille.Errorf(veille.EINVALID, "read the feed %s: %w", name, parseErr))
	}
	base := name
	if f.Link != "" && isWebURL(f.Link) {
		base = f.Link
	}
	for i, entry := range f.Items {
		it, err := feedItem(entry, base, origin)
		if err != nil {
			if !e.fail(veille.Errorf(veille.EINVALID, "read the feed %s: entry %d: %w", name, i+1, err)) {
				return false
			}
			continue
		}
		if it.Published.IsZero() && entry.Published != "" {
			e.r.log.Debug("feed entry date not understood", "feed", name, "entry", it.Ref, "date", entry.Published)
		}
		if !e.emitEntry(it) {
			return false
		}
	}
	if parseErr != nil {
		return e.fail(veille.Errorf(veille.EINVALID, "read the feed %s: broken after %d entries: %w", name, len(f.Items), parseErr))
	}
	return true
}

// parseFeed parses a feed. When the XML breaks off, it parses again the part
// up to the last complete entry and returns that feed with the error.
func parseFeed(body []byte) (*gofeed.Feed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err == nil {
		return f, nil
	}
	cut := truncateToLastEntry(body)
	if cut == nil {
		return nil, err
	}
	if partial, perr := gofeed.NewParser().Parse(bytes.NewReader(cut)); perr == nil {
		return partial, err
	}
	return nil, err
}

// truncateToLastEntry returns body up to its last closed <item> or <entry>,
// with the root elements closed again, or nil if it has no closed entry.
func truncateToLastEntry(body []byte) []byte {
	if i := bytes.LastIndex(body, []byte("</item>")); i >= 0 {
		closing := "</channel></rss>"
		if rootElement(body) == "rdf" {
			closing = "</rdf:RDF>"
		}
		return append(bytes.Clone(body[:i+len("</item>")]), closing...)
	}
	if i := bytes.LastIndex(body, []byte("</entry>")); i >= 0 {
		return append(bytes.Clone(body[:i+len("</entry>")]), "</feed>"...)
	}
	return nil
}

// feedItem turns a feed entry into an item, its link resolved against base.
func feedItem(entry *gofeed.Item, base, origin string) (veille.Item, error) {
	link := strings.TrimSpace(entry.Link)
	if link == "" && len(entry.Links) > 0 {
		link = strings.TrimSpace(entry.Links[0])
	}
	if link == "" {
		return veille.Item{}, fmt.Errorf("%q has no link", entry.Title)
	}
	if b, err := url.Parse(base); err == nil && isWebURL(base) {
		if u, err := b.Parse(link); err == nil {
			link = u.String()
		}
	}
	if !isWebURL(link) {
		return veille.Item{}, fmt.Errorf("%q links to %q, not an http(s) URL", entry.Title, link)
	}
	it := veille.Item{Source: origin, Ref: link, Title: strings.TrimSpace(entry.Title)}
	switch {
	case entry.PublishedParsed != nil:
		it.Published = entry.PublishedParsed.UTC()
	case entry.UpdatedParsed != nil:
		it.Published = entry.UpdatedParsed.UTC()
	}
	return it, nil
}
