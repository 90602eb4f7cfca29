package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/veille-fr/veille"
	"golang.org/x/net/html/charset"
)

// Text parses plain text: the first non-empty line is the title, the rest the
// main text. Lines are kept, trimmed, and blank lines dropped, so the text has
// one block per line. Lang is detected from stop words, "fr" when unsure.
func Text(p Page) (veille.Article, error) {
	s := decode(p.Body, p.ContentType)
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var a veille.Article
	a.URL = p.URL
	var body []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if a.Title == "" {
			a.Title = l
			continue
		}
		body = append(body, l)
	}
	if a.Title == "" {
		return veille.Article{}, veille.Errorf(veille.ENOTARTICLE, "parse %s: no text", p.URL)
	}
	a.Text = strings.Join(body, "\n")
	a.Lang = detectLang(a.Title + " " + a.Text)
	return a, nil
}

// decode returns body as valid UTF-8 without a byte order mark, from the
// charset the header, a BOM or a <meta> declares, else UTF-8 when valid, else
// Windows-1252.
func decode(body []byte, contentType string) string {
	return strings.TrimPrefix(decodeCharset(body, contentType), "\uFEFF")
}

// decodeCharset returns body as valid UTF-8, as decode says.
func decodeCharset(body []byte, contentType string) string {
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain && utf8.Valid(body) {
		return string(body)
	}
	if name == "utf-8" {
		return strings.ToValidUTF8(string(body), "\uFFFD")
	}
	// ISO-8859-1 labels map to Windows-1252 in charset, as browsers do.
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return strings.ToValidUTF8(string(body), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// detectLang tells French from English by counting common stop words; "fr" wins ties.
func detectLang(s string) string {
	lang, _ := stopWordLang(s)
	return lang
}

// stopWordLang counts French and English stop words in the first words of s
// and says which language has more; sure is true when that language has at
// least 10 of them and three times as many as the other.
func stopWordLang(s string) (lang string, sure bool) {
	fr, en := 0, 0
	for i, w := range strings.Fields(strings.ToLower(s)) {
		if i > 2000 {
			break
		}
		switch w {
		case "le", "la", "les", "des", "est", "une", "et", "du", "dans", "pour", "qui", "sur":
			fr++
		case "the", "and", "of", "is", "to", "in", "that", "for", "with", "on", "are":
			en++
		}
	}
	if en > fr {
		return "en", en >= 10 && en >= 3*fr
	}
	return "fr", fr >= 10 && fr >= 3*en
}
