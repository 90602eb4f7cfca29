package ingest

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"

	"github.com/veille-fr/veille"
	"github.com/veille-fr/veille/ingest/fetch"
)

// Bounds on a list of sources.
const (
	maxListLines   = 100000
	prefetchWindow = 8 // URLs of a list fetched ahead of the expansion
)

// webList expands a list of sources fetched from the web: it may name
// URLs only, never a local file.
func (e *expansion) webList(body []byte, name string, depth int) bool {
	lines, err := listLines(bytes.NewReader(body), "")
	urls := lines[:0]
	for _, line := range lines {
		if isWebURL(line) {
			urls = append(urls, line)
		} else if !e.fail(veille.Errorf(veille.EINVALID, "read the list %s: %q is not an http(s) URL, the only sources a list from the web may name", name, line)) {
			return false
		}
	}
	return e.expandList(urls, err, name, depth)
}

// fileList expands a list file; its relative paths are relative to its folder.
func (e *expansion) fileList(body []byte, path string, depth int) bool {
	lines, err := listLines(bytes.NewReader(body), filepath.Dir(path))
	return e.expandList(lines, err, path, depth)
}

// stdinList expands the list of sources read from Options.Stdin.
func (e *expansion) stdinList(depth int) bool {
	lines, err := listLines(e.r.opts.Stdin, "")
	return e.expandList(lines, err, "standard input", depth)
}

// expandList expands the sources of a list in order, err being the error
// that stopped reading the list, if any. The URLs of the list are fetched a
// few at a time ahead of the expansion.
func (e *expansion) expandList(lines []string, err error, name string, depth int) bool {
	if depth >= maxListDepth {
		return e.fail(veille.Errorf(veille.EINVALID, "expand %s: lists nested more than %d deep", name, maxListDepth))
	}
	if err != nil && !e.fail(veille.Errorf(veille.EINVALID, "read the list %s: %w", name, err)) {
		return false
	}
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	ahead := e.prefetch(ctx, lines)
	for _, line := range lines {
		p := ahead[line]
		delete(ahead, line)
		e.ahead = p
		ok := e.source(veille.Source{Ref: line}, line, depth+1)
		e.ahead = nil
		if p != nil {
			<-p.done
			p.release()
		}
		if !ok {
			return false
		}
	}
	return true
}

// listLines returns the sources a list names, one per line; blank lines and
// lines starting with # are skipped. A relative path is taken relative to
// dir, the folder of the list file ("" for the working folder).
func listLines(r io.Reader, dir string) ([]string, error) {
	var lines []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxListLine)
	for sc.Scan() && len(lines) < maxListLines {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if dir != "" && line != "-" && !strings.Contains(line, "://") && !filepath.IsAbs(line) {
			line = filepath.Join(dir, line)
		}
		lines = append(lines, line)
	}
	return lines, sc.Err()
}

// prefetched is a page being fetched ahead of the expansion.
type prefetched struct {
	ref     string
	done    chan struct{}
	resp    *fetch.Response
	err     error
	release func()
}

// prefetch starts fetching the URLs among lines, in order, with at most
// prefetchWindow of them fetched and not yet released at any time, and
// returns them by line.
func (e *expansion) prefetch(ctx context.Context, lines []string) map[string]*prefetched {
	ahead := make(map[string]*prefetched)
	var pages []*prefetched
	slots := make(chan struct{}, prefetchWindow)
	planned := make(map[string]bool)
	for _, line := range lines {
		if !isWebURL(line) || planned[normalizeURL(line)] || e.seen[normalizeURL(line)] {
			continue
		}
		planned[normalizeURL(line)] = true
		p := &prefetched{ref: line, done: make(chan struct{}), release: func() { <-slots }}
		ahead[line] = p
		pages = append(pages, p)
	}
	go func() {
		for i, p := range pages {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				for _, rest := range pages[i:] {
					rest.err, rest.release = ctx.Err(), func() {}
					close(rest.done)
				}
				return
			}
			go func() {
				p.resp, p.err = e.r.fetcher.Get(ctx, p.ref)
				close(p.done)
			}()
		}
	}()
	return ahead
}

// fetch returns the page at ref, fetched ahead if the current list line is ref.
func (e *expansion) fetch(ref string) (*fetch.Response, error) {
	if p := e.ahead; p != nil && p.ref == ref {
		<-p.done
		return p.resp, p.err
	}
	return e.r.fetcher.Get(e.ctx, ref)
}
