package web

import (
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/veille-fr/veille"
)

// page gets a page and fails the test unless it answers status as HTML.
func page(t *testing.T, h http.Handler, target string, status int) string {
	t.Helper()
	rec := do(t, h, "GET", target, "")
	if rec.Code != status {
		t.Fatalf("GET %s: status %d, want %d: %s", target, rec.Code, status, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Fatalf("GET %s: Content-Type %q", target, ct)
	}
	return rec.Body.String()
}

// mustContain fails the test for each piece missing from body.
func mustContain(t *testing.T, body string, pieces ...string) {
	t.Helper()
	for _, p := range pieces {
		if !strings.Contains(body, p) {
			t.Errorf("page lacks %q", p)
		}
	}
}

// href is how a search URL for q appears in an attribute of the page.
func href(q string, extra ...string) string {
	v := url.Values{"q": {q}}
	for i := 0; i+1 < len(extra); i += 2 {
		v.Set(extra[i], extra[i+1])
	}
	return strings.ReplaceAll(html.EscapeString("/?"+v.Encode()), "+", "&#43;")
}

func TestHomePage(t *testing.T) {
	body := page(t, New(newFakeStore(frenchDocs(t)...), Options{}).Handler(), "/", http.StatusOK)
	mustContain(t, body,
		`<meta name="viewport"`, `name="q"`, `name="sort"`, `name="amount"`, "Rechercher",
		"3 documents indexés", "<h2>Organisations</h2>", "<h2>Machines</h2>",
		`href="`+href(`machine:"Jean Zay"`)+`">Jean Zay</a>`,
		"<h2>Derniers articles</h2>")
	// The latest first.
	first, second := strings.Index(body, "AI Factory France"), strings.Index(body, "Mistral AI lève")
	if first < 0 || second < 0 || first > second {
		t.Errorf("latest documents not newest first: at %d and %d", first, second)
	}
}

func TestSearchPage(t *testing.T) {
	h := New(newFakeStore(frenchDocs(t)...), Options{}).Handler()
	body := page(t, h, "/?q=supercalculateur", http.StatusOK)
	mustContain(t, body,
		`value="supercalculateur"`, "2 résultats en ",
		// titles link to the document pages
		`<a href="/documents/a1genci">AI Factory France : le GENCI labellisé par l&#39;Europe</a>`,
		// snippets keep their marks
		"<mark>supercalculateur</mark>",
		// meta: site and French date
		"<span>Actu IA</span><span>11 juin 2024</span>",
		// facets, each value a link that adds its filter
		"<h2>Organisations</h2>", "<h2>Machines</h2>", "<h2>Sites</h2>", "<h2>Mois</h2>",
		`href="`+href(`supercalculateur org:CNRS`)+`">CNRS</a><span class="count">2</span>`,
		`href="`+href(`supercalculateur site:"Actu IA"`)+`">Actu IA</a>`,
		`href="`+href(`supercalculateur after:2025-03 before:2025-03`)+`">mars 2025</a>`,
		// entity chips filter on their entity
		`<a class="org" href="`+href(`supercalculateur org:"Mistral AI"`)+`">Mistral AI</a>`,
		`<a class="machine" href="`+href(`supercalculateur machine:"Alice Recoque"`)+`">Alice Recoque</a>`,
		`<a class="amount" href="`+href(`supercalculateur amount>=600000000€`)+`" title="au moins 600 M EUR">600 millions d&#39;euros</a>`,
	)

	// A facet link followed: the filter is active and can be removed.
	body = page(t, h, "/?q="+url.QueryEscape(`supercalculateur machine:"Alice Recoque"`), http.StatusOK)
	mustContain(t, body, "1 résultat en ", "Filtres : ",
		`<a href="`+href("supercalculateur")+`" title="Retirer ce filtre">Machine Alice Recoque ✕</a>`,
		`class="on" title="Retirer ce filtre">Alice Recoque ✕</a>`)
	if strings.Contains(body, "Mistral AI lève") {
		t.Error("the machine filter let through an article without the machine")
	}

	// Sort and amount come from the form.
	body = page(t, h, "/?q=millions&sort=date&amount=300+M€", http.StatusOK)
	mustContain(t, body, `value="millions amount&gt;=300M€"`, `value="300M€"`, `<option value="date" selected>`)
	if strings.Contains(body, "H réussit") {
		t.Error("the amount filter let through 203 million")
	}
	// An emptied amount field removes the filter.
	body = page(t, h, "/?q="+url.QueryEscape("millions amount>=300M€")+"&amount=", http.StatusOK)
	mustContain(t, body, "3 résultats", `value="millions"`)
}

func TestSearchPageEscapes(t *testing.T) {
	evil := veille.Document{Article: veille.Article{ID: "x<1>", Title: `<script>alert("IA")</script> Jean Zay`,
		Site: `"><img src=x onerror=alert(1)>`, URL: "javascript:alert(1)", Text: "IA & HPC <b>gras</b>"}}
	store := newFakeStore(evil)
	store.snippets["x<1>"] = `<img src=x onerror=alert(1)><mark>IA</mark> &amp; HPC`
	h := New(store, Options{}).Handler()
	body := page(t, h, "/?q="+url.QueryEscape(`IA"><script>alert(2)</script>`)+"%22", http.StatusOK)
	for _, bad := range []string{"<script>", "<img", "javascript:"} {
		if strings.Contains(body, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	body = page(t, h, "/?q=IA", http.StatusOK)
	mustContain(t, body, "&lt;script&gt;alert(&#34;IA&#34;)&lt;/script&gt; Jean Zay",
		`<p class="snippet">&lt;img src=x onerror=alert(1)&gt;<mark>IA</mark> &amp; HPC</p>`,
		`href="/documents/x%3C1%3E"`)
	if strings.Contains(body, "<script>") || strings.Contains(body, "<img") || strings.Contains(body, "javascript:") {
		t.Errorf("page contains unescaped markup:\n%s", body)
	}
	doc := page(t, h, "/documents/"+url.PathEscape("x<1>"), http.StatusOK)
	mustContain(t, doc, "<h1>&lt;script&gt;alert(&#34;IA&#34;)&lt;/script&gt; Jean Zay</h1>", "IA &amp; HPC &lt;b&gt;gras&lt;/b&gt;")
	if strings.Contains(doc, "<script>") || strings.Contains(doc, "javascript:") {
		t.Errorf("document page contains unescaped markup:\n%s", doc)
	}
}

func TestSearchPageErrors(t *testing.T) {
	h := New(newFakeStore(frenchDocs(t)...), Options{}).Handler()
	body := page(t, h, "/?q="+url.QueryEscape(`"Jean Zay`), http.StatusBadRequest)
	mustContain(t, body, "Requête invalide : unclosed quote at 0", `value="&#34;Jean Zay"`)

	broken := newFakeStore()
	broken.fail = fmt.Errorf("open /var/lib/veille: %w", errStorage)
	body = page(t, New(broken, Options{}).Handler(), "/?q=IA", http.StatusInternalServerError)
	mustContain(t, body, "Erreur interne")
	if strings.Contains(body, "/var/lib") {
		t.Error("internal detail leaked on the page")
	}
	page(t, h, "/documents/inconnu", http.StatusNotFound)
	if rec := do(t, h, "GET", "/favicon.ico", ""); rec.Code != http.StatusNoContent || rec.Body.Len() != 0 {
		t.Errorf("favicon: status %d, %d bytes; want 204 and nothing", rec.Code, rec.Body.Len())
	}
	if rec := do(t, h, "HEAD", "/?q=supercalculateur", ""); rec.Code != http.StatusOK {
		t.Errorf("HEAD of a results page: status %d", rec.Code)
	}
	page(t, h, "/pas/ici", http.StatusNotFound)
	// Out-of-range paging falls back to the first page.
	mustContain(t, page(t, h, "/?q=supercalculateur&page=999999", http.StatusOK), "2 résultats")
}

var errStorage = fmt.Errorf("storage failed")

func TestPagination(t *testing.T) {
	var docs []veille.Document
	for i := range 25 {
		docs = append(docs, veille.Document{Article: veille.Article{
			ID: fmt.Sprintf("d%02d", i), Title: fmt.Sprintf("Calcul intensif, épisode %d", i+1),
			Text: "Le calcul intensif progresse.", Published: time.Date(2024, 1, 1+i, 0, 0, 0, 0, time.UTC)}})
	}
	h := New(newFakeStore(docs...), Options{}).Handler()
	body := page(t, h, "/?q=calcul", http.StatusOK)
	mustContain(t, body, "25 résultats", "épisode 10<", `aria-current="page">1</a>`,
		`href="`+href("calcul", "page", "2")+`" rel="next">Suivante`,
		`href="`+href("calcul", "page", "3")+`">3</a>`)
	if strings.Contains(body, "épisode 11<") || strings.Contains(body, "Précédente") {
		t.Error("page 1 shows hits or links of another page")
	}
	body = page(t, h, "/?q=calcul&page=3&sort=date", http.StatusOK)
	mustContain(t, body, "épisode 5<", "épisode 1<", `aria-current="page">3</a>`,
		`href="/?page=2&amp;q=calcul&amp;sort=date" rel="prev">`)
	if strings.Contains(body, "Suivante") || strings.Contains(body, "épisode 6<") {
		t.Error("the last page links further or shows hits of another page")
	}
}

func TestDocumentPage(t *testing.T) {
	h := New(newFakeStore(frenchDocs(t)...), Options{}).Handler()
	body := page(t, h, "/documents/a1genci", http.StatusOK)
	mustContain(t, body,
		`<h1>AI Factory France : le <mark class="org" title="GENCI">GENCI</mark> labellisé par l&#39;Europe</h1>`,
		"<span>Le Journal du Calcul</span><span>12 mars 2025</span>",
		`<a href="https://www.example.fr/ai-factory" rel="noopener noreferrer">`,
		`<a href="/api/documents/a1genci">JSON</a>`,
		// offsets in code points: the curly apostrophes and accents before each mention
		`tels qu’<mark class="org" title="INRIA">INRIA</mark>, <mark class="org" title="CNRS">CNRS</mark> et <mark class="org" title="CEA">CEA</mark>, s&#39;inscrit dans une dynamique européenne.</p>`,
		`à la France de partager le supercalculateur <mark class="machine" title="Jean Zay">Jean Zay</mark>`,
		`<p>L’État prévoit d&#39;investir <mark class="amount" title="360 M EUR">360 millions d&#39;euros</mark> dans l&#39;écosystème.</p>`,
		// the entity lists
		"<h2>Organisations</h2>", "<h2>Machines</h2>", "<h2>Montants</h2>",
		`href="`+href("org:GENCI")+`">GENCI</a> <span class="count">×2</span>`,
	)
}

func TestHitChipsCapped(t *testing.T) {
	var orgs []veille.Mention
	for _, name := range []string{"GENCI", "CNRS", "CEA", "INRIA", "IDRIS", "Bpifrance", "Mistral AI", "Kyutai", "Scaleway"} {
		orgs = append(orgs, veille.Mention{Name: name, Text: name})
	}
	amounts := []veille.Amount{
		{Text: "50 millions d'euros", Value: 50e6, Currency: "EUR"},
		{Text: "50 millions d’euros", Value: 50e6, Currency: "EUR"},
		{Text: "1,8 milliard d’euros", Value: 1.8e9, Currency: "EUR"},
	}
	d := veille.Document{Article: veille.Article{ID: "chips", Title: "Le calcul intensif en France", Text: "Calcul."},
		Entities: veille.Entities{Organisations: orgs, Amounts: amounts}}
	body := page(t, New(newFakeStore(d), Options{}).Handler(), "/?q=calcul", http.StatusOK)
	if n := strings.Count(body, `<a class="org"`); n != maxOrgChips {
		t.Errorf("%d organisation chips, want %d", n, maxOrgChips)
	}
	if n := strings.Count(body, `<a class="amount"`); n != 2 {
		t.Errorf("%d amount chips, want 2 (the same 50 million written twice counts once)", n)
	}
	mustContain(t, body, `<a class="more" href="/documents/chips">+3</a>`, ">50 millions d&#39;euros</a>", ">1,8 milliard d’euros</a>")
}
