package veille

import (
	"context"
	"iter"
	"time"
)

// SourceKind says how to read a source; the zero value detects it.
type SourceKind string

// The kinds of sources ingest reads.
const (
	SourceAuto    SourceKind = ""        // a file, a folder, a URL (article, feed or sitemap by content type), or "-"
	SourceFeed    SourceKind = "feed"    // an RSS 2.0 or Atom feed URL or file
	SourceSitemap SourceKind = "sitemap" // a sitemap or sitemap index URL or file (gzip allowed)
	SourceList    SourceKind = "list"    // a file of sources, one per line; "-" is standard input
)

// Source is one input the user names on the command line or through the API.
type Source struct {
	Ref  string     // a path, a URL, or "-" for standard input
	Kind SourceKind // how to read it
}

// Item is one article to read, found by expanding a Source.
type Item struct {
	// Source is the Ref of the Source the item was found in, as the user
	// gave it; the file's path ("seeds/a.txt") for a file of a folder, and the
	// line for a source named by a list.
	Source string
	// Ref is the path or the URL of the article itself.
	Ref string
	// Published is the date a feed or a sitemap gives for the article, if any.
	Published time.Time
	// Title is the title a feed gives for the article, if any.
	Title string
}

// Reader reads articles: it expands sources into items (a folder into its
// files, a feed into its entries) and reads each item into an Article.
// A Reader is safe for concurrent use.
type Reader interface {
	// Expand yields the items of sources in order. A source that cannot be
	// expanded yields an Item with only Source set and an error saying why,
	// and expansion goes on with the next source.
	Expand(ctx context.Context, sources []Source) iter.Seq2[Item, error]
	// Read fetches or opens the item and parses it into an Article with its
	// ID, Source, URL, FetchedAt and ContentHash set. The error says which
	// item failed and why, with a code from this package (ENOTFOUND,
	// ENOTARTICLE, EUNAVAILABLE, EINVALID).
	Read(ctx context.Context, it Item) (Article, error)
}
