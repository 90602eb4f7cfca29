package web

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// markTag matches the only tags the page's highlighting writes.
var markTag = regexp.MustCompile(`<mark(?: class="[a-z]+"(?: title="[^"<>]*")?)?>|</mark>`)

// FuzzSafeSnippet checks that a snippet, whatever it holds, renders as
// text and balanced <mark> tags only.
func FuzzSafeSnippet(f *testing.F) {
	for _, s := range []string{
		`Le <mark>supercalculateur</mark> Jean Zay`,
		`<script>alert(1)</script><mark>IA`,
		`&lt;b&gt; &amp;amp; </mark><mark><mark>`,
		`<mark onclick="x">CEA</mark> <<mark>>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := string(safeSnippet(s))
		if strings.Count(out, "<mark>") != strings.Count(out, "</mark>") {
			t.Fatalf("unbalanced marks in %q", out)
		}
		if rest := markTag.ReplaceAllString(out, ""); strings.ContainsAny(rest, "<>\"") {
			t.Fatalf("markup left in %q", out)
		}
	})
}

// FuzzHighlightLines checks that highlighting keeps the text of every
// non-blank line, whatever the marks, and adds nothing but mark tags.
func FuzzHighlightLines(f *testing.F) {
	f.Add("L’État investit 360 millions d'euros.\nÀ l'IDRIS, Jean Zay.", 16, 36, 47, 55)
	f.Add("🚀 <b>GENCI</b>\n\n", 5, 10, 0, 3)
	f.Add("", 0, 1, -1, 2)
	f.Fuzz(func(t *testing.T, field string, s1, e1, s2, e2 int) {
		if !utf8.ValidString(field) {
			return
		}
		lines := highlightLines(field, []mark{{s1, e1, "org", "x"}, {s2, e2, "amount", `"<>`}})
		var text []string
		for _, l := range lines {
			rest := markTag.ReplaceAllString(string(l), "")
			if strings.ContainsAny(rest, "<>\"") {
				t.Fatalf("markup left in %q", l)
			}
			text = append(text, html.UnescapeString(rest))
		}
		// HTML cannot hold a NUL: escaping writes U+FFFD in its place.
		var want []string
		for _, l := range strings.Split(strings.ReplaceAll(field, "\x00", "\uFFFD"), "\n") {
			if strings.TrimSpace(l) != "" {
				want = append(want, l)
			}
		}
		if strings.Join(text, "\n") != strings.Join(want, "\n") {
			t.Fatalf("text changed:\n got %q\nwant %q", text, want)
		}
	})
}
