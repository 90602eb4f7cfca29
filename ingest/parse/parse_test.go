package parse

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/veille-fr/veille"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestDate(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"Publié le 15 juin 2023 à 09h24", time.Date(2023, 6, 15, 9, 24, 0, 0, paris), true},
		{"19/11/2023", time.Date(2023, 11, 19, 0, 0, 0, 0, paris), true},
		{"mercredi 3 janvier 2024", time.Date(2024, 1, 3, 0, 0, 0, 0, paris), true},
		{"Le 1er mars 2024, le CNRS annonce", time.Date(2024, 3, 1, 0, 0, 0, 0, paris), true},
		{"2024-02-07T10:30:00+01:00", time.Date(2024, 2, 7, 9, 30, 0, 0, time.UTC), true},
		{"2023-12-01", time.Date(2023, 12, 1, 0, 0, 0, 0, paris), true},
		{"Le supercalculateur Jean Zay a été étendu.", time.Time{}, false},
		{"31 février 2024", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := Date(tt.in)
		if ok != tt.ok || (ok && !got.Equal(tt.want)) {
			t.Errorf("Date(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, head string
		want       veille.Article
	}{
		{"json-ld graph", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Mistral AI lève 600 millions d'euros","datePublished":"2024-06-11T08:00:00Z","author":[{"@type":"Person","name":"Claire Dupont"},{"name":"Marc Leroy"}],"publisher":{"name":"Le Journal"}}]}</script>`,
			veille.Article{Title: "Mistral AI lève 600 millions d'euros", Author: "Claire Dupont, Marc Leroy", Site: "Le Journal", Published: time.Date(2024, 6, 11, 8, 0, 0, 0, time.UTC)}},
		{"json-ld array, author string", `<script type="application/ld+json">[{"@type":["BlogPosting"],"headline":"Le GENCI commande Alice Recoque","author":"Jean Martin"}]</script>`,
			veille.Article{Title: "Le GENCI commande Alice Recoque", Author: "Jean Martin", Site: "exemple.fr"}},
		{"opengraph", `<title>Jean Zay s'agrandit - Le Site</title><meta property="og:title" content="Jean Zay s'agrandit"><meta property="og:site_name" content="Le Site"><meta property="article:published_time" content="2023-11-19T10:00:00Z"><meta name="author" content="Anne Roux"><link rel="canonical" href="/article/jean-zay">`,
			veille.Article{Title: "Jean Zay s'agrandit", Author: "Anne Roux", Site: "Le Site", Published: time.Date(2023, 11, 19, 10, 0, 0, 0, time.UTC), CanonicalURL: "https://www.exemple.fr/article/jean-zay"}},
		{"title suffix", `<title>Le CEA installe Exa1 | Exemple</title>`, veille.Article{Title: "Le CEA installe Exa1", Site: "exemple.fr"}},
		{"json-ld modified only", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Jean Zay passe à 125 pétaflops","dateModified":"2024-03-05T17:45:00+01:00"}</script><meta property="og:updated_time" content="2024-03-06T08:00:00+01:00">`,
			veille.Article{Title: "Jean Zay passe à 125 pétaflops", Site: "exemple.fr", Published: time.Date(2024, 3, 5, 16, 45, 0, 0, time.UTC)}},
		{"published before modified", `<meta property="article:modified_time" content="2024-03-06T08:00:00Z"><meta property="article:published_time" content="2024-03-01T08:00:00Z"><title>Le CNRS recrute</title>`,
			veille.Article{Title: "Le CNRS recrute", Site: "exemple.fr", Published: time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC)}},
		{"microdata modified", `<title>Le CNRS recrute</title><meta itemprop="dateModified" content="2024-04-02">`,
			veille.Article{Title: "Le CNRS recrute", Site: "exemple.fr", Published: time.Date(2024, 4, 2, 0, 0, 0, 0, paris())}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html lang="fr-FR"><head>` + tt.head + `</head><body><p>Le texte de l'article est ici, dans un paragraphe assez long pour compter.</p></body></html>`
			a, err := HTML(Page{URL: "https://www.exemple.fr/a.html", Body: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			tt.want.URL, tt.want.Lang = "https://www.exemple.fr/a.html", "fr"
			tt.want.Text = "Le texte de l'article est ici, dans un paragraphe assez long pour compter."
			if !a.Published.Equal(tt.want.Published) {
				t.Errorf("Published = %v, want %v", a.Published, tt.want.Published)
			}
			a.Published, tt.want.Published = time.Time{}, time.Time{}
			if a != tt.want {
				t.Errorf("got  %+v\nwant %+v", a, tt.want)
			}
		})
	}
}

func TestCharsets(t *testing.T) {
	text := "L’été, le CEA a investi 5 € dans l’IA."
	win1252 := []byte("L\x92\xe9t\xe9, le CEA a investi 5 \x80 dans l\x92IA.")
	tests := []struct {
		name        string
		contentType string
		body        []byte
	}{
		{"undeclared windows-1252", "", append(append([]byte("<html><body><p>"), win1252...), "</p></body></html>"...)},
		{"header latin-1", "text/html; charset=ISO-8859-1", append(append([]byte("<p>"), win1252...), "</p>"...)},
		{"meta latin-1", "", append(append([]byte(`<html><head><meta charset="iso-8859-1"></head><body><p>`), win1252...), "</p></body></html>"...)},
		{"utf-8 bom", "", []byte("\xef\xbb\xbf<html><body><p>" + text + "</p></body></html>")},
	}
	for _, tt := range tests {
		a, err := HTML(Page{URL: "page.html", ContentType: tt.contentType, Body: tt.body})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Text != text {
			t.Errorf("%s: Text = %q, want %q", tt.name, a.Text, text)
		}
	}
	// A text file in UTF-16 with its byte order mark, as some editors on
	// Windows save them: the mark is no part of the title.
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "Titre\n\n" + text + "\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	a, err := Article(Page{URL: "note.txt", Body: utf16})
	if err != nil {
		t.Fatalf("utf-16 text: %v", err)
	}
	if a.Title != "Titre" || a.Text != text {
		t.Errorf("utf-16 text: Title = %q, Text = %q, want %q and %q", a.Title, a.Text, "Titre", text)
	}
}

func TestArticleSniffing(t *testing.T) {
	tests := []struct {
		name string
		page Page
		kind string
	}{
		{"pdf", Page{URL: "rapport.pdf", Body: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")}, "PDF document"},
		{"png", Page{URL: "https://exemple.fr/x", ContentType: "text/html", Body: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")}, "image/png"},
		{"empty", Page{URL: "vide.txt", Body: []byte("  \n")}, "empty"},
	}
	for _, tt := range tests {
		_, err := Article(tt.page)
		if veille.ErrorCode(err) != veille.ENOTARTICLE || !strings.Contains(err.Error(), tt.kind) {
			t.Errorf("%s: err = %v, want %s naming %q", tt.name, err, veille.ENOTARTICLE, tt.kind)
		}
	}
	a, err := Article(Page{URL: "note.txt", Body: []byte("\nLe CNRS recrute\n\nLe centre ouvre vingt postes.\n\n\nLes candidatures sont ouvertes.\n")})
	if err != nil || a.Title != "Le CNRS recrute" || a.Text != "Le centre ouvre vingt postes.\nLes candidatures sont ouvertes." || a.Lang != "fr" {
		t.Errorf("text article = %+v, %v", a, err)
	}
}

func TestBoilerplate(t *testing.T) {
	page := `<html><body><nav><ul><li>Accueil</li><li>Économie</li></ul></nav>
<div class="content"><article><h1>Le CEA dévoile son plan</h1>
<p>Le Commissariat à l'énergie atomique a présenté mardi son plan pour le calcul intensif.</p>
<p class="read">Lire aussi : Les supercalculateurs français en 2024</p>
<h2>Un budget en hausse</h2>
<p>Le budget atteint 500 millions d'euros sur cinq ans, selon la direction du centre.</p>
<div class="share-bar"><a>Partager sur Facebook</a></div></article>
<div id="comments"><p>Super article, merci beaucoup pour ces informations détaillées !</p></div></div>
<footer><p>© Le Journal 2024 — Mentions légales et politique de confidentialité.</p></footer></body></html>`
	a, err := HTML(Page{URL: "https://exemple.fr/a", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	want := "Le Commissariat à l'énergie atomique a présenté mardi son plan pour le calcul intensif.\nUn budget en hausse\nLe budget atteint 500 millions d'euros sur cinq ans, selon la direction du centre."
	if a.Text != want {
		t.Errorf("Text = %q\nwant %q", a.Text, want)
	}
}

func TestGolden(t *testing.T) {
	pages, _ := filepath.Glob("testdata/*.html")
	if len(pages) == 0 {
		t.Fatal("no testdata pages")
	}
	for _, page := range pages {
		body, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		a, err := HTML(Page{URL: "https://exemple.fr/" + filepath.Base(page), Body: body})
		if err != nil {
			t.Fatal(err)
		}
		got := "title: " + a.Title + "\nauthor: " + a.Author + "\npublished: " + a.Published.UTC().Format(time.RFC3339) + "\nlang: " + a.Lang + "\nsite: " + a.Site + "\n\n" + a.Text + "\n"
		golden := strings.TrimSuffix(page, ".html") + ".golden"
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
			t.Errorf("%s differs from %s (run with -update after checking)", page, golden)
		}
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<html lang="fr"><head><meta charset="latin1"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[1]}]}</script></head><body><p>Le 3 mars 2024 \xe9t\xe9</p></body></html>`))
	f.Add([]byte("<p>\xef\xbb\xbf<div><p><svg>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		a, err := HTML(Page{URL: "https://exemple.fr/", Body: body})
		if err != nil {
			return
		}
		for _, s := range []string{a.Title, a.Author, a.Text, a.Site, a.Lang, a.CanonicalURL} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
		}
	})
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"15 juin 2023 à 09h24", "19/11/2023", "2024-01-03T10:00:00+01:00", "1er mars 2024", "99/99/9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := Date(s); ok && (d.Year() < 1000 || d.Year() > 9999) {
			t.Fatalf("Date(%q) = %v out of the years a text can write", s, d)
		}
	})
}

func BenchmarkHTML(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/corpus/html/*.html")
	if len(files) == 0 {
		b.Skip("corpus absent")
	}
	var pages []Page
	size := 0
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, Page{URL: f, Body: body})
		size += len(body)
	}
	// One op parses one page; the bytes are the corpus mean per page.
	b.SetBytes(int64(size / len(pages)))
	for i := 0; b.Loop(); i++ {
		if _, err := HTML(pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

func TestParisLoadedOnce(t *testing.T) {
	first, second := paris(), paris()
	if first != second {
		t.Error("the Europe/Paris location is loaded on every call")
	}
}

func TestCheckLang(t *testing.T) {
	french := strings.Repeat("La Commission européenne et le GENCI annoncent des moyens pour la recherche dans les universités. ", 5)
	english := strings.Repeat("The Commission and the centre are working on a plan for the future of computing in Europe. ", 5)
	tests := []struct{ declared, text, want string }{
		{"", french, "fr"},
		{"", english, "en"},
		{"en", french, "fr"},  // a French page on a site that declares English everywhere
		{"fr", english, "en"}, // and the reverse
		{"fr", "Mistral AI and Kyutai", "fr"},
		{"de", french, "de"}, // other declared languages are kept
		{"en", "Le CNRS recrute.", "en"},
	}
	for _, tt := range tests {
		if got := checkLang(tt.declared, tt.text); got != tt.want {
			t.Errorf("checkLang(%q, %.30q…) = %q, want %q", tt.declared, tt.text, got, tt.want)
		}
	}
}
