package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/veille-fr/veille"
)

// Expand yields the articles the sources name, in order, each once: a file,
// the article files of a folder (recursively, sorted, hidden ones skipped),
// a URL, the entries of a feed or a sitemap, the sources of a list ("-" is
// Options.Stdin). A source or an entry that cannot be read yields an Item
// with only its Source set and an error, and expansion goes on.
func (r *Reader) Expand(ctx context.Context, sources []veille.Source) iter.Seq2[veille.Item, error] {
	return func(yield func(veille.Item, error) bool) {
		e := &expansion{r: r, ctx: ctx, yield: yield, seen: make(map[string]bool)}
		for _, src := range sources {
			if !e.source(src, src.Ref, 0) {
				return
			}
		}
	}
}

// expansion is the state of one call to Expand. Its methods return false
// once the consumer stops or the context ends.
type expansion struct {
	r     *Reader
	ctx   context.Context
	yield func(veille.Item, error) bool
	seen  map[string]bool
	// ahead is the page of the list line being expanded, fetched ahead.
	ahead *prefetched
	// origin is the source being expanded, which failures name.
	origin string
}

// emit yields it unless an item with the same page or file was yielded before.
func (e *expansion) emit(it veille.Item) bool {
	key := it.Ref
	if isWebURL(key) {
		key = normalizeURL(key)
	} else if abs, err := fileKey(localPath(key)); err == nil {
		key = abs
	}
	if e.seen[key] {
		return true
	}
	e.seen[key] = true
	return e.yield(it, nil)
}

// emitEntry yields a feed or sitemap entry unless it is older than Options.Since.
func (e *expansion) emitEntry(it veille.Item) bool {
	if !it.Published.IsZero() && it.Published.Before(e.r.opts.Since) {
		return true
	}
	return e.emit(it)
}

// fail yields err with an Item that names only the source being expanded.
func (e *expansion) fail(err error) bool {
	return e.yield(veille.Item{Source: e.origin}, err)
}

// source expands one source; origin is what items found in it name as their
// Source, depth how many lists led to it.
func (e *expansion) source(src veille.Source, origin string, depth int) bool {
	outer := e.origin
	e.origin = origin
	defer func() { e.origin = outer }()
	if err := e.ctx.Err(); err != nil {
		e.fail(veille.Errorf(veille.EUNAVAILABLE, "expand %s: %w", src.Ref, err))
		return false
	}
	ref := strings.TrimSpace(src.Ref)
	switch {
	case ref == "":
		return e.fail(veille.Errorf(veille.EINVALID, "expand: empty source"))
	case ref == "-" && depth > 0:
		return e.fail(veille.Errorf(veille.EINVALID, "expand %s: a list cannot name standard input", origin))
	case ref == "-":
		return e.stdinList(depth)
	case isWebURL(ref):
		return e.webSource(src.Kind, ref, origin, depth)
	}
	if u, err := url.Parse(ref); err == nil && len(u.Scheme) > 1 && u.Scheme != "file" {
		return e.fail(veille.Errorf(veille.EINVALID, "expand %s: unsupported scheme %q (http, https or a file path)", ref, u.Scheme))
	}
	return e.fileSource(src.Kind, localPath(ref), origin, depth)
}

// webSource expands a URL: a feed, a sitemap or a list, or, by default,
// whatever its content says it is.
func (e *expansion) webSource(kind veille.SourceKind, ref, origin string, depth int) bool {
	if kind == veille.SourceAuto && e.seen[normalizeURL(ref)] {
		return true
	}
	resp, err := e.fetch(ref)
	if err != nil {
		return e.fail(err)
	}
	switch kind {
	case veille.SourceList:
		return e.webList(resp.Body, resp.URL, depth)
	case veille.SourceFeed:
		return e.feed(resp.Body, resp.URL, origin)
	case veille.SourceSitemap:
		return e.sitemap(resp.Body, resp.URL, origin, 0)
	}
	switch sniff(resp.ContentType, resp.Body) {
	case kindFeed:
		return e.feed(resp.Body, resp.URL, origin)
	case kindSitemap:
		return e.sitemap(resp.Body, resp.URL, origin, 0)
	}
	e.r.pending.put(ref, resp)
	return e.emit(veille.Item{Source: origin, Ref: ref})
}

// fileSource expands a path: a folder, a list, a feed or a sitemap file, or
// one article file.
func (e *expansion) fileSource(kind veille.SourceKind, path, origin string, depth int) bool {
	info, err := os.Stat(path)
	if err != nil {
		return e.fail(fileError("expand", path, err))
	}
	if info.IsDir() {
		return e.folder(path)
	}
	ext := strings.ToLower(filepath.Ext(path))
	if kind == veille.SourceAuto && !feedOrSitemapExt[ext] {
		return e.emit(veille.Item{Source: origin, Ref: path})
	}
	body, err := readFile(path, maxSitemapBytes)
	if err != nil {
		return e.fail(err)
	}
	switch kind {
	case veille.SourceList:
		return e.fileList(body, path, depth)
	case veille.SourceFeed:
		return e.feed(body, path, origin)
	case veille.SourceSitemap:
		return e.sitemap(body, path, origin, 0)
	}
	switch sniff("", body) {
	case kindFeed:
		return e.feed(body, path, origin)
	case kindSitemap:
		return e.sitemap(body, path, origin, 0)
	}
	return e.emit(veille.Item{Source: origin, Ref: path})
}

// feedOrSitemapExt are the extensions of files whose content says whether
// they are feeds, sitemaps or articles.
var feedOrSitemapExt = map[string]bool{".xml": true, ".rss": true, ".atom": true, ".gz": true}

// articleExt are the extensions of the article files of a folder.
var articleExt = map[string]bool{".txt": true, ".html": true, ".htm": true, ".xhtml": true}

// folder yields the article files under dir, in lexical order, skipping
// hidden files and folders. A folder stands for the files in it, so each
// file is its own source, named by its path through the folder as given.
func (e *expansion) folder(dir string) bool {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && articleExt[strings.ToLower(filepath.Ext(path))] {
			files = append(files, path)
		}
		return nil
	})
	for _, path := range files {
		if !e.emit(veille.Item{Source: path, Ref: path}) {
			return false
		}
	}
	if err != nil {
		return e.fail(fileError("walk", dir, err))
	}
	return true
}

// readFile reads at most limit bytes of a file.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError("read", path, err)
	}
	defer f.Close()
	body, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fileError("read", path, err)
	}
	if int64(len(body)) > limit {
		return nil, veille.Errorf(veille.EINVALID, "read %s: larger than %d bytes", path, limit)
	}
	return body, nil
}

// fileError gives a file system error its code: ENOTFOUND for a missing file.
func fileError(op, path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return veille.Errorf(veille.ENOTFOUND, "%s %s: no such file or folder", op, path)
	}
	return veille.Errorf(veille.EINVALID, "%s %s: %w", op, path, err)
}

// errorf returns an error with err's code, or code if err has none.
func errorf(code string, err error, format string, args ...any) error {
	if c := veille.ErrorCode(err); c != veille.EINTERNAL {
		code = c
	}
	return veille.Errorf(code, "%s: %w", fmt.Sprintf(format, args...), err)
}
