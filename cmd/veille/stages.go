package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/veille-fr/veille"
	"github.com/veille-fr/veille/extract"
	"github.com/veille-fr/veille/extract/amount"
	"github.com/veille-fr/veille/index"
	"github.com/veille-fr/veille/ingest"
	"github.com/veille-fr/veille/ingest/fetch"
)

// readFlags are the flags of the commands that read sources.
type readFlags struct {
	userAgent string
	cacheDir  string
	timeout   time.Duration
	perHost   int
	since     string
	// publicOnly refuses private and loopback addresses (serve's ingest).
	publicOnly bool
	feeds      []string
	sitemaps   []string
	lists      []string
}

// register adds the flags of both the fetching and the sources.
func (f *readFlags) register(fs *pflag.FlagSet, defaultCache string) {
	f.registerFetch(fs, defaultCache)
	fs.StringVar(&f.since, "since", "", "skip feed and sitemap entries published before this date (2023-06-01)")
	fs.StringArrayVar(&f.feeds, "feed", nil, "an RSS or Atom feed (URL or file) to ingest the entries of; repeatable")
	fs.StringArrayVar(&f.sitemaps, "sitemap", nil, "a sitemap or sitemap index (URL or file) to ingest the pages of; repeatable")
	fs.StringArrayVar(&f.lists, "from", nil, "a file listing one source per line (- for stdin); repeatable")
}

// registerFetch adds the flags of HTTP fetching.
func (f *readFlags) registerFetch(fs *pflag.FlagSet, defaultCache string) {
	fs.StringVar(&f.userAgent, "user-agent", "", "User-Agent sent to web sites and matched against robots.txt (default veille/VERSION)")
	fs.StringVar(&f.cacheDir, "cache", defaultCache, "folder of the HTTP cache, for conditional requests on re-runs; empty for none")
	fs.DurationVar(&f.timeout, "timeout", fetch.DefaultTimeout, "time limit of each HTTP request")
	fs.IntVar(&f.perHost, "per-host", fetch.DefaultPerHost, "requests at once on one web site")
}

// defaultCacheDir is where ingest keeps fetched pages between runs.
func defaultCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "veille", "http")
}

// sources returns the sources named by the flags and the arguments.
func (f *readFlags) sources(args []string) []veille.Source {
	var srcs []veille.Source
	for _, a := range args {
		srcs = append(srcs, veille.Source{Ref: a})
	}
	for _, u := range f.feeds {
		srcs = append(srcs, veille.Source{Ref: u, Kind: veille.SourceFeed})
	}
	for _, u := range f.sitemaps {
		srcs = append(srcs, veille.Source{Ref: u, Kind: veille.SourceSitemap})
	}
	for _, l := range f.lists {
		srcs = append(srcs, veille.Source{Ref: l, Kind: veille.SourceList})
	}
	return srcs
}

// newReader builds the ingest stage.
func (f *readFlags) newReader(e *env) (*ingest.Reader, error) {
	opts := ingest.Options{
		Fetch: fetch.Options{
			UserAgent:  f.userAgent,
			CacheDir:   f.cacheDir,
			Timeout:    f.timeout,
			PerHost:    f.perHost,
			PublicOnly: f.publicOnly,
			Logger:     e.log,
		},
		Stdin:  e.stdin,
		Logger: e.log,
	}
	if f.since != "" {
		t, err := parseDay(f.since)
		if err != nil {
			return nil, &usageError{fmt.Errorf("--since: %w", err)}
		}
		opts.Since = t
	}
	return ingest.New(opts)
}

// parseDay reads a date given on the command line.
func parseDay(s string) (time.Time, error) {
	for _, layout := range []string{time.DateOnly, "2006-01", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("want a date like 2023-06-01, got %q", s)
}

// newReadExtract builds the ingest and extract stages, the extractor with
// the embedded reference lists. The caller closes the reader.
func (f *readFlags) newReadExtract(e *env) (*ingest.Reader, *extract.Extractor, error) {
	x, err := extract.New()
	if err != nil {
		return nil, nil, fmt.Errorf("build the extractor: %w", err)
	}
	r, err := f.newReader(e)
	if err != nil {
		return nil, nil, err
	}
	return r, x, nil
}

// openIndex opens or creates the index in dir.
func openIndex(e *env, dir string) (*index.Index, error) {
	return index.Open(dir, index.Options{ParseAmount: parseAmount, Logger: e.log})
}

// parseAmount reads the amount of a search filter ("100M€", "1 milliard",
// "2,5 Md$") with the extractor's grammar; an amount without a currency is
// taken in euros.
func parseAmount(s string) (float64, string, bool) {
	s = strings.TrimSpace(s)
	for _, text := range []string{s, s + " d'euros", s + " euros"} {
		found := amount.Find(text)
		if len(found) == 1 && found[0].Start == 0 && found[0].End >= len(s) {
			return found[0].Value, found[0].Currency, true
		}
	}
	return 0, "", false
}
