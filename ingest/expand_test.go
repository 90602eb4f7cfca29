package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/veille-fr/veille"
	"github.com/veille-fr/veille/ingest/fetch"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// newTestReader returns a Reader whose fetcher does not wait between requests.
func newTestReader(t *testing.T, opts Options) *Reader {
	t.Helper()
	opts.Fetch.HostRate = float64(rate.Inf)
	opts.Fetch.Backoff = time.Millisecond
	opts.Fetch.MaxWait = 10 * time.Millisecond
	opts.Fetch.IgnoreRobots = true
	r, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// expanded is what an expansion yielded: its items, its errors, and both
// in order as lines for golden files.
type expanded struct {
	items []veille.Item
	errs  []error
	lines []string
}

func expandAll(r *Reader, sources ...veille.Source) expanded {
	var out expanded
	for it, err := range r.Expand(context.Background(), sources) {
		if err != nil {
			out.errs = append(out.errs, err)
			out.lines = append(out.lines, fmt.Sprintf("error\t%s\t%s", veille.ErrorCode(err), err))
			continue
		}
		out.items = append(out.items, it)
		date := "-"
		if !it.Published.IsZero() {
			date = it.Published.Format(time.RFC3339)
		}
		out.lines = append(out.lines, fmt.Sprintf("item\t%s\t%s\t%s\t%s", it.Source, it.Ref, date, it.Title))
	}
	return out
}

func (e expanded) refs() []string {
	var refs []string
	for _, it := range e.items {
		refs = append(refs, it.Ref)
	}
	return refs
}

// String renders the expansion one item or error per line, for golden files.
func (e expanded) String() string {
	return strings.Join(e.lines, "\n") + "\n"
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestExpandFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b/jean-zay.html":         "<html><title>Jean Zay</title></html>",
		"a-exascale.txt":          "La France accueillera Jules Verne",
		"c/d/mistral.htm":         "<p>Mistral AI</p>",
		".brouillon.txt":          "caché",
		".git/config.txt":         "caché",
		"notes.md":                "pas un article",
		"images/logo.png":         "\x89PNG",
		"b/ADASTRA-MAJUSCULE.TXT": "Adastra au CINES",
	})
	got := expandAll(newTestReader(t, Options{}), veille.Source{Ref: dir}).refs()
	want := []string{
		filepath.Join(dir, "a-exascale.txt"),
		filepath.Join(dir, "b/ADASTRA-MAJUSCULE.TXT"),
		filepath.Join(dir, "b/jean-zay.html"),
		filepath.Join(dir, "c/d/mistral.htm"),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestExpandGolden(t *testing.T) {
	tests := []struct {
		name    string
		sources []veille.Source
		since   time.Time
	}{
		{"list", []veille.Source{{Ref: "testdata/liste.txt", Kind: veille.SourceList}}, time.Time{}},
		{"since-2024", []veille.Source{{Ref: "testdata/liste.txt", Kind: veille.SourceList}, {Ref: "testdata/feeds/sitemap-news.xml"}},
			time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"sitemap-news", []veille.Source{{Ref: "testdata/feeds/sitemap-news.xml"}}, time.Time{}},
		{"missing-and-bad", []veille.Source{{Ref: "testdata/absent.txt"}, {Ref: "ftp://exemple.fr/article"}, {Ref: "  "}, {Ref: "testdata/feeds/atom.xml", Kind: veille.SourceSitemap}}, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := expandAll(newTestReader(t, Options{Since: tt.since}), tt.sources...).String()
			golden := filepath.Join("testdata", "expand-"+tt.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("expansion\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestExpandListFromStdin(t *testing.T) {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>Article %s</title></head><body><p>Le CNRS investit.</p></body></html>", r.URL.Path)
	}))
	defer srv.Close()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"local.txt": "Titre\nTexte."})
	stdin := strings.Join([]string{
		"# articles du jour",
		srv.URL + "/ia/mistral.html",
		"",
		"   " + srv.URL + "/hpc/jean-zay.html  ",
		srv.URL + "/ia/mistral.html#commentaires",
		filepath.Join(dir, "local.txt"),
		"# fin",
	}, "\n")
	r := newTestReader(t, Options{Stdin: strings.NewReader(stdin)})
	got := expandAll(r, veille.Source{Ref: "-"})
	want := []string{srv.URL + "/ia/mistral.html", srv.URL + "/hpc/jean-zay.html", filepath.Join(dir, "local.txt")}
	if len(got.errs) != 0 || strings.Join(got.refs(), " ") != strings.Join(want, " ") {
		t.Fatalf("items %v, errors %v; want %v", got.refs(), got.errs, want)
	}
	if got.items[0].Source != want[0] {
		t.Errorf("Source = %q, want the list line", got.items[0].Source)
	}
	if requests.Load() != 2 {
		t.Errorf("%d requests while expanding, want 2 (the duplicate is not fetched again)", requests.Load())
	}
}

func TestExpandWebFeedAndSitemapIndex(t *testing.T) {
	feed, _ := os.ReadFile("testdata/feeds/atom.xml")
	news, _ := os.ReadFile("testdata/feeds/sitemap-news.xml")
	var archive bytes.Buffer
	zw := gzip.NewWriter(&archive)
	fmt.Fprint(zw, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://www.exemple-presse.fr/hpc/genci-rapport-2023.html</loc><lastmod>2024-02-01</lastmod></url>
  <url><loc>https://www.exemple-presse.fr/hpc/tera-1000.html</loc><lastmod>2019-05-02</lastmod></url>
</urlset>`)
	zw.Close()
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/flux.atom":
			w.Header().Set("Content-Type", "application/atom+xml")
			w.Write(feed)
		case "/sitemap_index.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>%[1]s/news.xml</loc><lastmod>2024-05-21</lastmod></sitemap>
  <sitemap><loc>%[1]s/archive.xml.gz</loc></sitemap>
  <sitemap><loc>%[1]s/vieux.xml</loc><lastmod>2018-01-01</lastmod></sitemap>
  <sitemap><loc>%[1]s/absent.xml</loc></sitemap>
</sitemapindex>`, srvURL)
		case "/news.xml":
			w.Header().Set("Content-Type", "text/xml")
			w.Write(news)
		case "/archive.xml.gz":
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write(archive.Bytes())
		case "/vieux.xml":
			t.Error("a child sitemap older than Since was read")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	srvURL = srv.URL
	r := newTestReader(t, Options{Since: time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)})
	got := expandAll(r, veille.Source{Ref: srv.URL + "/flux.atom"}, veille.Source{Ref: srv.URL + "/sitemap_index.xml"})
	want := []string{
		"https://recherche.exemple.fr/actualites/inria-cea-ia-confiance",
		"https://www.exemple-presse.fr/ia/scaleway-cluster-nvidia.html",
		"https://www.exemple-presse.fr/hpc/sans-date.html",
		"https://www.exemple-presse.fr/hpc/genci-rapport-2023.html",
	}
	if strings.Join(got.refs(), "\n") != strings.Join(want, "\n") {
		t.Errorf("items\n%s\nwant\n%s", strings.Join(got.refs(), "\n"), strings.Join(want, "\n"))
	}
	if len(got.errs) != 1 || veille.ErrorCode(got.errs[0]) != veille.ENOTFOUND || !strings.Contains(got.errs[0].Error(), "absent.xml") {
		t.Errorf("errors %v, want one not-found for absent.xml", got.errs)
	}
	if len(got.items) > 1 && (got.items[1].Title != "Scaleway installe un cluster de 1 000 GPU Nvidia" ||
		!got.items[1].Published.Equal(time.Date(2024, 5, 21, 9, 15, 0, 0, time.UTC))) {
		t.Errorf("news entry %+v lacks its news:title or news:publication_date", got.items[1])
	}
}

func TestExpandTruncatedFeed(t *testing.T) {
	body, _ := os.ReadFile("testdata/feeds/rss-entrees-cassees.xml")
	cut := body[:bytes.Index(body, []byte("<title>Un entrepôt"))]
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"coupe.rss": string(cut)})
	got := expandAll(newTestReader(t, Options{}), veille.Source{Ref: filepath.Join(dir, "coupe.rss")})
	if len(got.items) != 2 {
		t.Errorf("items %v, want the 2 entries with a link before the cut", got.refs())
	}
	if len(got.errs) != 3 || !strings.Contains(got.errs[2].Error(), "broken after 4 entries") {
		t.Errorf("errors %v, want 2 bad entries and the break", got.errs)
	}
}

func TestExpandStopsWhenConsumerStops(t *testing.T) {
	r := newTestReader(t, Options{})
	n := 0
	for range r.Expand(context.Background(), []veille.Source{{Ref: "testdata/feeds/sitemap-news.xml"}}) {
		n++
		break
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errs []error
	for _, err := range r.Expand(ctx, []veille.Source{{Ref: "testdata/feeds/atom.xml"}, {Ref: "testdata/liste.txt"}}) {
		errs = append(errs, err)
	}
	if n != 1 || len(errs) != 1 || errs[0] == nil {
		t.Errorf("read %d items after break, %v after cancel", n, errs)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		contentType, body string
		want              contentKind
	}{
		{"text/html; charset=utf-8", "<!doctype html><html><p>Le flux <rss> du site</p>", kindArticle},
		{"text/plain; charset=utf-8", "<urlset><url><loc>https://a.fr/</loc></url></urlset>", kindSitemap},
		{"application/rss+xml", "", kindFeed},
		{"", "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!-- flux --><rss version=\"2.0\">", kindFeed},
		{"text/xml", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, kindFeed},
		{"application/xml", `<feed xmlns="http://www.w3.org/2005/Atom">`, kindFeed},
		{"application/xml", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, kindSitemap},
		{"", `<sitemapindex>`, kindSitemap},
		{"", "<!DOCTYPE html><html><body>Article</body></html>", kindArticle},
		{"", "Un texte brut qui commence par des mots.", kindArticle},
		{"", "%PDF-1.7", kindArticle},
	}
	for _, tt := range tests {
		if got := sniff(tt.contentType, []byte(tt.body)); got != tt.want {
			t.Errorf("sniff(%q, %q) = %v, want %v", tt.contentType, tt.body, got, tt.want)
		}
	}
}

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://WWW.Exemple.FR/ia/article.html#commentaires", "https://www.exemple.fr/ia/article.html"},
		{"https://exemple.fr:443/a?utm_source=rss&utm_medium=flux&id=3", "https://exemple.fr/a?id=3"},
		{"http://exemple.fr:8080", "http://exemple.fr:8080/"},
		{"https://exemple.fr/a?b=2&a=1&UTM_Campaign=x", "https://exemple.fr/a?a=1&b=2"},
		{"https://exemple.fr/recherche?", "https://exemple.fr/recherche"},
	}
	for _, tt := range tests {
		if got := normalizeURL(tt.in); got != tt.want {
			t.Errorf("normalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPageKey(t *testing.T) {
	tests := []struct{ final, canonical, want string }{
		{"https://www.exemple.fr/a?utm_source=x", "", "https://www.exemple.fr/a"},
		{"https://www.exemple.fr/a?page=amp", "https://www.exemple.fr/a", "https://www.exemple.fr/a"},
		{"https://exemple.fr/a", "https://www.exemple.fr/canon#haut", "https://www.exemple.fr/canon"},
		{"https://exemple.fr/a", "https://agregateur.com/a", "https://exemple.fr/a"},
		{"https://exemple.fr/a", "/relatif", "https://exemple.fr/a"},
	}
	for _, tt := range tests {
		if got := pageKey(tt.final, tt.canonical); got != tt.want {
			t.Errorf("pageKey(%q, %q) = %q, want %q", tt.final, tt.canonical, got, tt.want)
		}
	}
}

func TestW3CDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2024-05-21T11:15:00+02:00", time.Date(2024, 5, 21, 9, 15, 0, 0, time.UTC), true},
		{"2024-05-21T11:15+02:00", time.Date(2024, 5, 21, 9, 15, 0, 0, time.UTC), true},
		{" 2024-05-21 ", time.Date(2024, 5, 21, 0, 0, 0, 0, time.UTC), true},
		{"2024-05-21T11:15:00.123Z", time.Date(2024, 5, 21, 11, 15, 0, 123e6, time.UTC), true},
		{"21 mai 2024", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := w3cDate(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("w3cDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFetchOptionsReachClient(t *testing.T) {
	var ua string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { ua = r.UserAgent() }))
	defer srv.Close()
	r := newTestReader(t, Options{Fetch: fetch.Options{UserAgent: "veille-test/1"}})
	expandAll(r, veille.Source{Ref: srv.URL})
	if ua != "veille-test/1" {
		t.Errorf("User-Agent %q", ua)
	}
}

func TestExpandListFetchesAheadInOrder(t *testing.T) {
	var inFlight, most atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(20 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<title>Dépêche %s</title>", r.URL.Path)
	}))
	defer srv.Close()
	var list, want []string
	for i := range 12 {
		u := fmt.Sprintf("%s/depeche/%02d.html", srv.URL, i)
		list, want = append(list, u), append(want, u)
	}
	r := newTestReader(t, Options{Stdin: strings.NewReader(strings.Join(list, "\n")), Fetch: fetch.Options{PerHost: 4}})
	got := expandAll(r, veille.Source{Ref: "-"})
	if strings.Join(got.refs(), "\n") != strings.Join(want, "\n") || len(got.errs) > 0 {
		t.Errorf("items %v, errors %v; want the list in order", got.refs(), got.errs)
	}
	if m := most.Load(); m < 2 || m > 4 {
		t.Errorf("%d requests in flight at most, want 2 to 4 (fetched ahead, within PerHost)", m)
	}

	r = newTestReader(t, Options{Stdin: strings.NewReader(strings.Join(list, "\n"))})
	for range r.Expand(context.Background(), []veille.Source{{Ref: "-"}}) {
		break
	}
}

func TestExpandForcedKindsAndGzipFile(t *testing.T) {
	dir := t.TempDir()
	news, _ := os.ReadFile("testdata/feeds/sitemap-news.xml")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(news)
	zw.Close()
	atom, _ := os.ReadFile("testdata/feeds/atom.xml")
	writeFiles(t, dir, map[string]string{
		"sitemap-actus.xml.gz": gz.String(),
		"flux-sans-extension":  string(atom),
		"sources.conf":         "# une liste au nom quelconque\nflux-sans-extension\n",
	})
	tests := []struct {
		src  veille.Source
		want int
	}{
		{veille.Source{Ref: filepath.Join(dir, "sitemap-actus.xml.gz")}, 3},
		{veille.Source{Ref: filepath.Join(dir, "sitemap-actus.xml.gz"), Kind: veille.SourceSitemap}, 3},
		{veille.Source{Ref: filepath.Join(dir, "flux-sans-extension"), Kind: veille.SourceFeed}, 2},
		{veille.Source{Ref: filepath.Join(dir, "flux-sans-extension")}, 1},
		{veille.Source{Ref: filepath.Join(dir, "sources.conf"), Kind: veille.SourceList}, 1},
		{veille.Source{Ref: "file://" + filepath.ToSlash(filepath.Join(dir, "flux-sans-extension")), Kind: veille.SourceFeed}, 2},
	}
	for _, tt := range tests {
		got := expandAll(newTestReader(t, Options{}), tt.src)
		if len(got.items) != tt.want || len(got.errs) > 0 {
			t.Errorf("Expand(%+v) = %v, %v; want %d items", tt.src, got.refs(), got.errs, tt.want)
		}
	}
}

func TestGunzipIsBounded(t *testing.T) {
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write([]byte(`<urlset><url><loc>https://exemple.fr/a</loc></url>`))
	zw.Write(make([]byte, 4<<20))
	zw.Close()
	out, err := gunzip(gz.Bytes(), 1<<20)
	if err == nil || !strings.Contains(err.Error(), "decompressed") || len(out) > 1<<20 {
		t.Errorf("gunzip of a %d-byte bomb gave %d bytes, %v; want a bound error", gz.Len(), len(out), err)
	}
	if out, err := gunzip(gz.Bytes(), 8<<20); err != nil || !bytes.HasPrefix(out, []byte("<urlset>")) {
		t.Errorf("gunzip within the bound: %v", err)
	}
}

func TestNewFailsOnUnusableCacheDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "fichier")
	writeFiles(t, filepath.Dir(file), map[string]string{"fichier": "x"})
	_, err := New(Options{Fetch: fetch.Options{CacheDir: filepath.Join(file, "cache")}})
	if veille.ErrorCode(err) != veille.EINVALID {
		t.Errorf("err = %v, want invalid", err)
	}
}

func TestWebSourcesNeverNameLocalFiles(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "secret.txt")
	writeFiles(t, filepath.Dir(secret), map[string]string{"secret.txt": "ne pas lire"})
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/liste.txt":
			fmt.Fprintf(w, "%s\n%s/article.html\nfile://%s\n", secret, srvURL, secret)
		case "/sitemap_index.xml":
			fmt.Fprintf(w, "<sitemapindex><sitemap><loc>%s</loc></sitemap><sitemap><loc>file://%s</loc></sitemap></sitemapindex>", secret, secret)
		default:
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<title>Article</title>")
		}
	}))
	defer srv.Close()
	srvURL = srv.URL
	got := expandAll(newTestReader(t, Options{}),
		veille.Source{Ref: srv.URL + "/liste.txt", Kind: veille.SourceList},
		veille.Source{Ref: srv.URL + "/sitemap_index.xml"})
	if strings.Join(got.refs(), " ") != srv.URL+"/article.html" || len(got.errs) != 4 {
		t.Errorf("items %v, errors %v; want the web article only and 4 refusals", got.refs(), got.errs)
	}
	for _, err := range got.errs {
		if veille.ErrorCode(err) != veille.EINVALID {
			t.Errorf("error %v, want invalid", err)
		}
	}
}
