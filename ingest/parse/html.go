package parse

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/veille-fr/veille"
	"golang.org/x/net/html/atom"
)

// maxHTML bounds the bytes of markup parsed, so a huge page cannot blow up.
const maxHTML = 8 << 20

// HTML parses an HTML page: Title, Author, Published, Lang, Site,
// CanonicalURL, Text (the main text) and URL.
func HTML(p Page) (veille.Article, error) {
	body := p.Body
	if len(body) > maxHTML {
		body = body[:maxHTML]
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(decode(body, p.ContentType)))
	if err != nil {
		return veille.Article{}, veille.Errorf(veille.ENOTARTICLE, "parse %s: reading HTML: %w", p.URL, err)
	}
	doc.Find("script:not([type='application/ld+json']),style,svg,template,noscript,iframe").Remove()
	a := veille.Article{URL: p.URL}
	ld := jsonLD(doc)
	m := readMetas(doc)
	a.Title = firstNonEmpty(m["og:title"], ld.Headline, clean(doc.Find("h1").First().Text()), stripSite(clean(doc.Find("title").First().Text())))
	a.Author = firstNonEmpty(ld.author(), m["author"], m["article:author"], m["dc.creator"])
	a.Published = published(doc, ld, m)
	a.CanonicalURL = resolve(p.URL, firstNonEmpty(attr(doc, "link[rel=canonical]", "href"), m["og:url"]))
	a.Site = firstNonEmpty(m["og:site_name"], ld.Publisher.Name, host(p.URL))
	a.Lang = normaliseLang(firstNonEmpty(attr(doc, "html", "lang"), m["content-language"]))
	// mainText prunes the tree: the metadata is read before.
	a.Text = mainText(doc, a.Title)
	if a.Text == "" {
		a.Text = clean(ld.ArticleBody)
	}
	a.Lang = checkLang(a.Lang, a.Title+" "+a.Text)
	return a, nil
}

// checkLang returns the declared language of a page, or the one its text is
// written in when none is declared or when a page declared French or English
// is clearly written in the other (sites often keep one lang attribute for
// every page).
func checkLang(declared, text string) string {
	detected, sure := stopWordLang(text)
	switch {
	case declared == "":
		return detected
	case (declared == "fr" || declared == "en") && sure && detected != declared:
		return detected
	}
	return declared
}

// published returns the publication date the page declares, else the date
// it was last modified, else the first date shown in a <time> element.
func published(doc *goquery.Document, ld ldArticle, m metas) time.Time {
	candidates := []string{
		ld.DatePublished, m["article:published_time"], m["date"], m["dc.date"], m["itemprop:datepublished"],
		ld.DateModified, m["article:modified_time"], m["og:updated_time"], m["itemprop:datemodified"],
		attr(doc, "time[datetime]", "datetime"),
	}
	for _, s := range candidates {
		if t, ok := Date(s); ok {
			return t
		}
	}
	return time.Time{}
}

// metas are the values of a page's <meta> elements by lowercased property,
// name or http-equiv, and its microdata values by "itemprop:" and the
// lowercased property: the first non-empty value of each.
type metas map[string]string

// readMetas collects the metas of doc in one pass.
func readMetas(doc *goquery.Document) metas {
	m := metas{}
	for _, n := range doc.Find("meta,[itemprop]").Nodes {
		content, ok := attrValue(n, "content")
		if prop, isProp := attrValue(n, "itemprop"); isProp {
			if !ok {
				content, _ = attrValue(n, "datetime")
			}
			m.add("itemprop:"+prop, content)
		}
		if n.DataAtom != atom.Meta {
			continue
		}
		for _, key := range []string{"property", "name", "http-equiv"} {
			if name, ok := attrValue(n, key); ok {
				m.add(name, content)
			}
		}
	}
	return m
}

// add records value under key unless key has one or value is empty.
func (m metas) add(key, value string) {
	key = strings.ToLower(strings.TrimSpace(key))
	if value = clean(value); value == "" {
		return
	}
	if _, ok := m[key]; !ok {
		m[key] = value
	}
}

// ldArticle holds the JSON-LD fields of a news article the parser reads.
type ldArticle struct {
	Type          any             `json:"@type"`
	Graph         json.RawMessage `json:"@graph"`
	Headline      string          `json:"headline"`
	DatePublished string          `json:"datePublished"`
	DateModified  string          `json:"dateModified"`
	Author        json.RawMessage `json:"author"`
	ArticleBody   string          `json:"articleBody"`
	Publisher     struct {
		Name string `json:"name"`
	} `json:"publisher"`
}

func (l ldArticle) author() string {
	var name string
	if json.Unmarshal(l.Author, &name) == nil {
		return name
	}
	var one struct{ Name string }
	if json.Unmarshal(l.Author, &one) == nil && one.Name != "" {
		return one.Name
	}
	var many []struct{ Name string }
	if json.Unmarshal(l.Author, &many) == nil {
		var names []string
		for _, m := range many {
			if m.Name != "" {
				names = append(names, m.Name)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func (l ldArticle) isArticle() bool {
	types := []any{l.Type}
	if list, ok := l.Type.([]any); ok {
		types = list
	}
	for _, t := range types {
		switch t {
		case "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle":
			return true
		}
	}
	return false
}

// jsonLD returns the first article the page's JSON-LD scripts describe.
func jsonLD(doc *goquery.Document) ldArticle {
	var found ldArticle
	doc.Find("script[type='application/ld+json']").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		found, _ = findArticle([]byte(s.Text()), 0)
		return !found.isArticle()
	})
	return found
}

func findArticle(raw []byte, depth int) (ldArticle, bool) {
	if depth > 4 {
		return ldArticle{}, false
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) == nil {
		for _, item := range list {
			if a, ok := findArticle(item, depth+1); ok {
				return a, true
			}
		}
		return ldArticle{}, false
	}
	var a ldArticle
	if json.Unmarshal(raw, &a) != nil {
		return ldArticle{}, false
	}
	if a.isArticle() {
		return a, true
	}
	if len(a.Graph) > 0 {
		return findArticle(a.Graph, depth+1)
	}
	return ldArticle{}, false
}

func attr(doc *goquery.Document, selector, name string) string {
	return strings.TrimSpace(doc.Find(selector).First().AttrOr(name, ""))
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// stripSite removes a " - Site" or " | Site" suffix from a <title>.
func stripSite(title string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			return title[:i]
		}
	}
	return title
}

func resolve(base, ref string) string {
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	b, err := url.Parse(base)
	if err != nil {
		return r.String()
	}
	return b.ResolveReference(r).String()
}

func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func normaliseLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	return tag
}
