package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/veille-fr/veille"
)

// windows1252Page is a French article encoded in Windows-1252: 0x92 is the
// apostrophe ’, 0x80 the euro sign, 0xE9 é, 0x96 the en dash.
func windows1252Page(metaCharset bool) []byte {
	head := "<html lang=\"fr\"><head>"
	if metaCharset {
		head += "<meta charset=\"windows-1252\">"
	}
	return []byte(head + "<title>L\x92\xc9tat investit dans l\x92IA</title></head><body><article>" +
		"<h1>L\x92\xc9tat investit dans l\x92IA</h1>" +
		"<p>Le gouvernement a annonc\xe9 un plan de 1,5 milliard d\x92euros pour l\x92intelligence artificielle, " +
		"dont 500 M\x80 consacr\xe9s au calcul intensif \x96 une premi\xe8re en France.</p>" +
		"<p>Le supercalculateur Jean Zay, install\xe9 \xe0 l\x92IDRIS sur le plateau de Saclay, verra sa puissance " +
		"multipli\xe9e gr\xe2ce \xe0 cette enveloppe, selon le minist\xe8re de l\x92Enseignement sup\xe9rieur.</p>" +
		"<p>Les chercheurs du CNRS et de l\x92Inria pourront y entra\xeener des mod\xe8les de langue fran\xe7ais.</p>" +
		"</article></body></html>")
}

func TestReadWindows1252Page(t *testing.T) {
	tests := []struct {
		name        string
		contentType string
		meta        bool
	}{
		{"header", "text/html; charset=windows-1252", false},
		{"meta", "text/html", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				w.Write(windows1252Page(tt.meta))
			}))
			defer srv.Close()
			r := newTestReader(t, Options{})
			a, err := r.Read(context.Background(), veille.Item{Source: "liste.txt", Ref: srv.URL + "/ia/plan.html"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "L’État investit dans l’IA" {
				t.Errorf("Title = %q", a.Title)
			}
			for _, want := range []string{"1,5 milliard d’euros", "500 M€", "intensif – une première", "entraîner des modèles de langue français"} {
				if !strings.Contains(a.Text, want) {
					t.Errorf("Text lacks %q:\n%s", want, a.Text)
				}
			}
			if a.Source != "liste.txt" || a.URL != srv.URL+"/ia/plan.html" {
				t.Errorf("Source %q, URL %q", a.Source, a.URL)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	var flaky atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rapport.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
		case "/panne":
			w.WriteHeader(http.StatusServiceUnavailable)
		case "/retabli":
			if flaky.Add(1) == 1 {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			fmt.Fprint(w, "<html><head><title>Le CINES accueille Adastra</title></head><body><p>Le CINES, à Montpellier, accueille le supercalculateur Adastra, conçu par HPE.</p></body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"scan.pdf": "%PDF-1.4\n%âãÏÓ\n"})
	tests := []struct {
		ref      string
		code     string
		mentions []string
	}{
		{srv.URL + "/disparu.html", veille.ENOTFOUND, []string{"/disparu.html", "404"}},
		{srv.URL + "/panne", veille.EUNAVAILABLE, []string{"/panne", "503"}},
		{srv.URL + "/rapport.pdf", veille.ENOTARTICLE, []string{"/rapport.pdf"}},
		{srv.URL + "/retabli", "", nil},
		{filepath.Join(dir, "absent.txt"), veille.ENOTFOUND, []string{"absent.txt"}},
		{filepath.Join(dir, "scan.pdf"), veille.ENOTARTICLE, []string{"scan.pdf"}},
		{"ftp://exemple.fr/article.html", veille.EINVALID, []string{"ftp://exemple.fr/article.html"}},
		{"", veille.EINVALID, nil},
	}
	r := newTestReader(t, Options{})
	for _, tt := range tests {
		_, err := r.Read(context.Background(), veille.Item{Source: "test", Ref: tt.ref})
		if got := veille.ErrorCode(err); got != tt.code {
			t.Errorf("Read(%q) code %q, want %q (err %v)", tt.ref, got, tt.code, err)
			continue
		}
		for _, m := range tt.mentions {
			if !strings.Contains(err.Error(), m) {
				t.Errorf("Read(%q) error %q does not mention %q", tt.ref, err, m)
			}
		}
	}
}

func TestReadFileKeepsItsID(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "genci.txt")
	writeFiles(t, dir, map[string]string{"genci.txt": "GENCI commande Alice Recoque\n\nLe supercalculateur exascale sera installé au TGCC."})
	r := newTestReader(t, Options{})
	before := time.Now().UTC().Truncate(time.Second)
	first, err := r.Read(context.Background(), veille.Item{Source: dir, Ref: path, Published: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{"genci.txt": "GENCI commande Alice Recoque\n\nLe supercalculateur exascale sera installé au TGCC en 2026."})
	second, err := r.Read(context.Background(), veille.Item{Source: dir, Ref: filepath.Join(dir, "..", filepath.Base(dir), "genci.txt")})
	if err != nil {
		t.Fatal(err)
	}
	if first.ID != veille.DocumentID(path) || second.ID != first.ID {
		t.Errorf("IDs %s then %s, want both %s", first.ID, second.ID, veille.DocumentID(path))
	}
	if first.ContentHash == second.ContentHash || first.ContentHash != veille.ContentHash([]byte(first.Title+"\n"+first.Text)) {
		t.Errorf("content hashes %s then %s", first.ContentHash, second.ContentHash)
	}
	if first.Title != "GENCI commande Alice Recoque" || first.Source != dir || first.URL != "file://"+filepath.ToSlash(path) {
		t.Errorf("Title %q, Source %q, URL %q", first.Title, first.Source, first.URL)
	}
	if !first.Published.Equal(time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Published = %v, want the item's date", first.Published)
	}
	if first.FetchedAt.Before(before) || first.FetchedAt.After(time.Now()) || first.FetchedAt.Nanosecond() != 0 || first.FetchedAt.Location() != time.UTC {
		t.Errorf("FetchedAt = %v", first.FetchedAt)
	}
}

func TestReadPageID(t *testing.T) {
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		canonical := srvURL + "/ia/mistral-leve-600-millions.html"
		if r.URL.Path == "/syndication" {
			canonical = "https://agregateur.example.com/mistral"
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html lang="fr"><head><title>Mistral AI lève 600 millions d’euros</title>
<link rel="canonical" href="%s"></head><body><article><h1>Mistral AI lève 600 millions d’euros</h1>
<p>La start-up parisienne Mistral AI a levé 600 millions d’euros auprès de General Catalyst et de Bpifrance.</p>
<p>Elle entraînera ses modèles sur des grappes de GPU Nvidia H100 louées à Scaleway.</p></article></body></html>`, canonical)
	}))
	defer srv.Close()
	srvURL = srv.URL
	tests := []struct{ ref, key string }{
		{srv.URL + "/ia/mistral-leve-600-millions.html?utm_source=rss&utm_medium=flux", srv.URL + "/ia/mistral-leve-600-millions.html"},
		{srv.URL + "/amp/mistral#haut", srv.URL + "/ia/mistral-leve-600-millions.html"},
		{srv.URL + "/syndication?utm_campaign=x", srv.URL + "/syndication"},
	}
	r := newTestReader(t, Options{})
	for _, tt := range tests {
		a, err := r.Read(context.Background(), veille.Item{Ref: tt.ref})
		if err != nil {
			t.Fatal(err)
		}
		if a.ID != veille.DocumentID(tt.key) {
			t.Errorf("Read(%s).ID = %s, want the ID of %s", tt.ref, a.ID, tt.key)
		}
		if a.Source != tt.ref {
			t.Errorf("Source = %q, want the ref", a.Source)
		}
	}
}

func TestReadSeeds(t *testing.T) {
	paths, _ := filepath.Glob("../seeds/*.txt")
	if len(paths) == 0 {
		t.Fatal("no seed articles in ../seeds")
	}
	r := newTestReader(t, Options{})
	for _, path := range paths {
		body, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var title string
		for line := range strings.Lines(string(body)) {
			if title = strings.TrimSpace(line); title != "" {
				break
			}
		}
		a, err := r.Read(context.Background(), veille.Item{Source: "../seeds", Ref: path})
		if err != nil {
			t.Errorf("Read(%s): %v", path, err)
			continue
		}
		if a.Title != title || a.Text == "" {
			t.Errorf("Read(%s): title %q (want %q), %d bytes of text", path, a.Title, title, len(a.Text))
		}
	}
}

func TestReadHonoursCanceledContext(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := newTestReader(t, Options{}).Read(ctx, veille.Item{Ref: srv.URL})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
func TestExpandReadsArticleURLOnce(t *testing.T) {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html lang="fr"><head><title>Le CEA commande un nouveau supercalculateur</title></head>
<body><article><h1>Le CEA commande un nouveau supercalculateur</h1><p>Le CEA a signé avec Eviden un contrat de 544 millions d’euros pour la machine exascale Jules Verne.</p></article></body></html>`)
	}))
	defer srv.Close()
	r := newTestReader(t, Options{})
	for it, err := range r.Expand(context.Background(), []veille.Source{{Ref: srv.URL + "/cea.html"}}) {
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.Read(context.Background(), it); err != nil {
			t.Fatal(err)
		}
	}
	if requests.Load() != 1 {
		t.Errorf("%d requests, want 1", requests.Load())
	}
}
