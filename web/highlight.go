package web

import (
	"html"
	"html/template"
	"slices"
	"strings"
	"unicode"
)

// mark is an entity to highlight in a field: its offsets in code points
// (Start inclusive, End exclusive), the CSS class of its kind and a tooltip.
type mark struct {
	Start, End int
	Class      string
	Title      string
}

// highlightLines renders a field as one HTML fragment per non-blank line,
// every mark wrapped in <mark class="…">. Offsets count code points, never
// bytes, so a mark never splits a character. Marks out of the field, empty,
// or overlapping a mark that starts before them are ignored; a mark that
// spans a line break is cut in two.
func highlightLines(field string, marks []mark) []template.HTML {
	runes := []rune(field)
	marks = usableMarks(marks, len(runes))
	var lines []template.HTML
	next := 0 // first mark that may still meet a line
	for start := 0; start <= len(runes); {
		end := start
		for end < len(runes) && runes[end] != '\n' {
			end++
		}
		for next < len(marks) && marks[next].End <= start {
			next++
		}
		if !blank(runes[start:end]) {
			lines = append(lines, highlightRange(runes, start, end, marks[next:]))
		}
		start = end + 1
	}
	return lines
}

// usableMarks returns the marks within n code points, sorted by start, with
// those that overlap an earlier one removed.
func usableMarks(marks []mark, n int) []mark {
	ok := make([]mark, 0, len(marks))
	for _, m := range marks {
		if m.Start >= 0 && m.Start < m.End && m.End <= n {
			ok = append(ok, m)
		}
	}
	slices.SortStableFunc(ok, func(a, b mark) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End // the longer first
	})
	kept := ok[:0]
	end := 0
	for _, m := range ok {
		if m.Start >= end {
			kept = append(kept, m)
			end = m.End
		}
	}
	return kept
}

// highlightRange renders runes[start:end] with the marks that meet it;
// marks is sorted and starts with the first mark that ends after start.
func highlightRange(runes []rune, start, end int, marks []mark) template.HTML {
	var b strings.Builder
	pos := start
	for _, m := range marks {
		if m.Start >= end {
			break
		}
		from, to := max(m.Start, start), min(m.End, end)
		b.WriteString(template.HTMLEscapeString(string(runes[pos:from])))
		b.WriteString(`<mark class="`)
		b.WriteString(template.HTMLEscapeString(m.Class))
		if m.Title != "" {
			b.WriteString(`" title="`)
			b.WriteString(template.HTMLEscapeString(m.Title))
		}
		b.WriteString(`">`)
		b.WriteString(template.HTMLEscapeString(string(runes[from:to])))
		b.WriteString(`</mark>`)
		pos = to
	}
	b.WriteString(template.HTMLEscapeString(string(runes[pos:end])))
	return template.HTML(b.String())
}

func blank(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// safeSnippet renders a search snippet, HTML where <mark> wraps matched
// terms, without trusting it: the text between the marks is unescaped and
// escaped again, so that any other tag or entity shows as text, and marks
// are balanced.
func safeSnippet(snippet string) template.HTML {
	var b strings.Builder
	open := false
	rest := snippet
	for rest != "" {
		i := strings.Index(rest, "<")
		tag := ""
		if i >= 0 {
			switch {
			case strings.HasPrefix(rest[i:], "<mark>"):
				tag = "<mark>"
			case strings.HasPrefix(rest[i:], "</mark>"):
				tag = "</mark>"
			}
		}
		if tag == "" {
			// No mark tag here: text up to and including the next '<', if any.
			n := len(rest)
			if i >= 0 {
				n = i + 1
			}
			b.WriteString(template.HTMLEscapeString(html.UnescapeString(rest[:n])))
			rest = rest[n:]
			continue
		}
		b.WriteString(template.HTMLEscapeString(html.UnescapeString(rest[:i])))
		if (tag == "<mark>") != open {
			b.WriteString(tag)
			open = !open
		}
		rest = rest[i+len(tag):]
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}
