// Package ingest reads the sources veille is pointed at: files, folders,
// URLs, lists of sources, RSS and Atom feeds, and sitemaps. It expands them
// into articles to read, fetches each politely (package fetch) and parses it
// (package parse) into a veille.Article.
package ingest

import (
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/veille-fr/veille"
	"github.com/veille-fr/veille/ingest/fetch"
)

// Bounds on what expanding a source may read.
const (
	maxListDepth      = 3        // a list naming a list naming a list
	maxSitemapDepth   = 2        // a sitemap index naming sitemap indexes
	maxChildSitemaps  = 200      // children followed in one sitemap index
	maxSitemapBytes   = 50 << 20 // a decompressed sitemap, as sitemaps.org allows
	maxListLine       = 64 << 10
	maxPendingUntaken = 64 // fetched pages kept for Read
)

// Options set how a Reader reads its sources.
type Options struct {
	// Fetch sets the HTTP behaviour: politeness, limits, cache.
	Fetch fetch.Options
	// Since, if set, skips feed and sitemap entries dated before it;
	// undated entries are kept.
	Since time.Time
	// Stdin is where the source "-" reads its list of sources from.
	Stdin io.Reader
	// Logger receives what a batch run should know about; nil discards it.
	Logger *slog.Logger
}

// Reader reads sources: files, folders, URLs, URL lists, feeds and sitemaps.
// It implements veille.Reader and is safe for concurrent use; build it with New.
type Reader struct {
	opts    Options
	fetcher *fetch.Client
	log     *slog.Logger
	maxFile int64
	pending pendingPages
}

// New returns a Reader with the given options. It fails if the cache folder
// cannot be created.
func New(opts Options) (*Reader, error) {
	if dir := opts.Fetch.CacheDir; dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, veille.Errorf(veille.EINVALID, "create the cache folder %s: %w", dir, err)
		}
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Stdin == nil {
		opts.Stdin = strings.NewReader("")
	}
	if opts.Fetch.Logger == nil {
		opts.Fetch.Logger = opts.Logger
	}
	maxFile := opts.Fetch.MaxBody
	if maxFile <= 0 {
		maxFile = fetch.DefaultMaxBody
	}
	return &Reader{opts: opts, fetcher: fetch.New(opts.Fetch), log: opts.Logger, maxFile: maxFile}, nil
}

// Close drops the pages fetched while expanding sources and not read since.
func (r *Reader) Close() error {
	r.pending.clear()
	return nil
}

// pendingPages keeps the pages Expand fetched to tell an article from a
// feed, so that Read does not fetch them again. It keeps the latest ones only.
type pendingPages struct {
	mu    sync.Mutex
	pages map[string]*fetch.Response
	order []string
}

func (p *pendingPages) put(ref string, resp *fetch.Response) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.pages == nil {
		p.pages = make(map[string]*fetch.Response)
	}
	for len(p.order) >= maxPendingUntaken {
		delete(p.pages, p.order[0])
		p.order = p.order[1:]
	}
	p.pages[ref] = resp
	p.order = append(p.order, ref)
}

func (p *pendingPages) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pages, p.order = nil, nil
}
