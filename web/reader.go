package web

import (
	"context"
	"iter"

	"github.com/veille-fr/veille"
)

// webOnly is the reader of an ingestion asked for through the API: it
// refuses every item that is not an http(s) URL, wherever it comes from
// (a list, a feed, a sitemap), so that no remote caller can make the server
// read its own files.
type webOnly struct {
	veille.Reader
}

// Expand yields the items of sources, an error in place of each item that
// is not an http(s) URL.
func (r webOnly) Expand(ctx context.Context, sources []veille.Source) iter.Seq2[veille.Item, error] {
	return func(yield func(veille.Item, error) bool) {
		for it, err := range r.Reader.Expand(ctx, sources) {
			if err == nil && !isWebURL(it.Ref) {
				err = veille.Errorf(veille.EINVALID, "expand %s: %q is not an http(s) URL, the only items the API reads", it.Source, it.Ref)
				it = veille.Item{Source: it.Source}
			}
			if !yield(it, err) {
				return
			}
		}
	}
}

// Read reads an http(s) item and refuses any other.
func (r webOnly) Read(ctx context.Context, it veille.Item) (veille.Article, error) {
	if !isWebURL(it.Ref) {
		return veille.Article{}, veille.Errorf(veille.EINVALID, "read %s: not an http(s) URL, the only items the API reads", it.Ref)
	}
	return r.Reader.Read(ctx, it)
}
