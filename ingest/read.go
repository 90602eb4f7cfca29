package ingest

import (
	"context"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/veille-fr/veille"
	"github.com/veille-fr/veille/ingest/fetch"
	"github.com/veille-fr/veille/ingest/parse"
)

// Read fetches or opens the item and parses it into an Article. Its ID is
// the DocumentID of the page's canonical URL (on the same host, else the URL
// it was read from), normalised, or of the file's absolute path, so that a
// changed page or file replaces its previous version; ContentHash tells the
// versions apart.
func (r *Reader) Read(ctx context.Context, it veille.Item) (veille.Article, error) {
	ref := strings.TrimSpace(it.Ref)
	var (
		a   veille.Article
		err error
	)
	switch {
	case ref == "":
		return veille.Article{}, veille.Errorf(veille.EINVALID, "read: empty item from %s", it.Source)
	case isWebURL(ref):
		a, err = r.readPage(ctx, ref)
	case strings.Contains(ref, "://") && !strings.HasPrefix(ref, "file://"):
		return veille.Article{}, veille.Errorf(veille.EINVALID, "read %s: not an http(s) URL nor a file", ref)
	default:
		a, err = r.readLocal(localPath(ref))
	}
	if err != nil {
		return veille.Article{}, err
	}
	a.Source = it.Source
	if a.Source == "" {
		a.Source = ref
	}
	if a.Published.IsZero() {
		a.Published = it.Published
	}
	if a.Title == "" {
		a.Title = it.Title
	}
	a.FetchedAt = time.Now().UTC().Truncate(time.Second)
	a.ContentHash = veille.ContentHash([]byte(a.Title + "\n" + a.Text))
	return a, nil
}

// readPage fetches a web page, unless Expand already did, and parses it.
func (r *Reader) readPage(ctx context.Context, ref string) (veille.Article, error) {
	resp := r.pending.take(ref)
	if resp == nil {
		var err error
		if resp, err = r.fetcher.Get(ctx, ref); err != nil {
			return veille.Article{}, err
		}
	}
	a, err := parse.Article(parse.Page{URL: resp.URL, ContentType: resp.ContentType, Body: resp.Body})
	if err != nil {
		return veille.Article{}, parseError(err)
	}
	a.URL = resp.URL
	a.ID = veille.DocumentID(pageKey(resp.URL, a.CanonicalURL))
	return a, nil
}

// readLocal reads a local article file and parses it.
func (r *Reader) readLocal(path string) (veille.Article, error) {
	key, err := fileKey(path)
	if err != nil {
		return veille.Article{}, veille.Errorf(veille.EINVALID, "read %s: %w", path, err)
	}
	body, err := readFile(key, r.maxFile)
	if err != nil {
		return veille.Article{}, err
	}
	a, err := parse.Article(parse.Page{URL: key, Body: body})
	if err != nil {
		return veille.Article{}, parseError(err)
	}
	a.URL = (&url.URL{Scheme: "file", Path: filepath.ToSlash(key)}).String()
	a.ID = veille.DocumentID(key)
	return a, nil
}

var _ veille.Reader = (*Reader)(nil)

// take returns and forgets the page fetched for ref, or nil.
func (p *pendingPages) take(ref string) *fetch.Response {
	p.mu.Lock()
	defer p.mu.Unlock()
	resp, ok := p.pages[ref]
	if ok {
		delete(p.pages, ref)
	}
	return resp
}

// parseError returns the error of the parser, which names the page already,
// with the code not_article unless it has a code of its own.
func parseError(err error) error {
	if veille.ErrorCode(err) == veille.EINTERNAL {
		return veille.Errorf(veille.ENOTARTICLE, "%w", err)
	}
	return err
}
