package index

import (
	"cmp"
	"fmt"
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// snippetLen is the length, in code points, of a snippet: a window of the
// text around the densest run of matches, or its start when nothing
// matches.
const snippetLen = 200

// snippetLead is how many code points of text a snippet shows, at most,
// before its first match.
const snippetLead = 40

// A textMatch is where a word of the query, or a word of one of its
// phrases, stands in a document's text, in bytes.
type textMatch struct{ start, end int }

// textMatches returns where the query's words and phrases stand in the text
// of each of the documents docs of seg (in increasing order), in order, from
// the positions the index keeps. Each term's postings are read once for all
// the documents: a posting iterator reaches a document by walking those
// before it.
func textMatches(seg segment.Segment, docs []uint64, words []textClause) (map[uint64][]textMatch, error) {
	dict, err := seg.Dictionary(fieldText)
	if err != nil {
		return nil, fmt.Errorf("read the text terms: %w", err)
	}
	// locations[w][slot][doc] holds the locations of the term of slot of
	// word w in doc, by position.
	locations := make([][]map[uint64]map[uint64]textMatch, len(words))
	for w, word := range words {
		locations[w] = make([]map[uint64]map[uint64]textMatch, len(word.slots))
		for slot, term := range word.slots {
			if term == nil {
				continue
			}
			postings, err := dict.PostingsList(term, nil, nil)
			if err != nil {
				return nil, fmt.Errorf("read the documents with %q: %w", term, err)
			}
			byDoc := map[uint64]map[uint64]textMatch{}
			it := postings.Iterator(true, false, true, nil)
			for _, doc := range docs {
				p, err := it.Advance(doc)
				if err != nil {
					return nil, fmt.Errorf("read the positions of %q: %w", term, err)
				}
				if p == nil {
					break
				}
				if p.Number() != doc {
					continue
				}
				at := map[uint64]textMatch{}
				for _, l := range p.Locations() {
					at[l.Pos()] = textMatch{int(l.Start()), int(l.End())}
				}
				byDoc[doc] = at
			}
			locations[w][slot] = byDoc
		}
	}
	out := make(map[uint64][]textMatch, len(docs))
	for _, doc := range docs {
		var matches []textMatch
		for w, word := range words {
			first := locations[w][0][doc]
			// A phrase matches where each of its terms follows at its
			// slot; a word wherever it is.
			for pos, m := range first {
				found := []textMatch{m}
				for slot := 1; slot < len(word.slots) && found != nil; slot++ {
					if word.slots[slot] == nil {
						continue
					}
					next, ok := locations[w][slot][doc][pos+uint64(slot)]
					if !ok {
						found = nil
						break
					}
					found = append(found, next)
				}
				matches = append(matches, found...)
			}
		}
		slices.SortFunc(matches, func(a, b textMatch) int { return cmp.Compare(a.start, b.start) })
		// Keep the first of overlapping matches.
		kept := matches[:0]
		for _, m := range matches {
			if len(kept) == 0 || m.start >= kept[len(kept)-1].end {
				kept = append(kept, m)
			}
		}
		out[doc] = kept
	}
	return out, nil
}

// snippet returns about snippetLen code points of text, HTML-escaped, with
// the matches marked: the window that holds the most of them, opening a
// little before its first one at a word boundary; or the start of the text
// when nothing matches. Cut ends get "…"; line breaks become spaces.
func snippet(text string, matches []textMatch) string {
	if len(matches) == 0 {
		return textStart(text)
	}
	// The densest window, from the start of one match.
	best, bestCount := 0, 0
	for i, m := range matches {
		limit := byteAfterRunes(text, m.start, snippetLen-snippetLead)
		n := 0
		for _, o := range matches[i:] {
			if o.end > limit {
				break
			}
			n++
		}
		if n > bestCount {
			best, bestCount = i, n
		}
	}
	start := wordAfter(text, byteBeforeRunes(text, matches[best].start, snippetLead), matches[best].start)
	end := byteAfterRunes(text, start, snippetLen)
	if end == len(text) {
		// Near the end of the text, the window fills with text before.
		start = wordAfter(text, byteBeforeRunes(text, len(text), snippetLen), start)
	}
	end = wordEndBefore(text, end, matches[best].end)
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	at := start
	for _, m := range matches[best:] {
		if m.end > end {
			break
		}
		b.WriteString(html.EscapeString(text[at:m.start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[m.start:m.end]))
		b.WriteString("</mark>")
		at = m.end
	}
	b.WriteString(html.EscapeString(text[at:end]))
	if end < len(text) {
		b.WriteString("…")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// textStart returns the start of text, escaped, cut at a word boundary
// within snippetLen code points.
func textStart(text string) string {
	flat := strings.Join(strings.Fields(text), " ")
	runes := []rune(flat)
	if len(runes) <= snippetLen {
		return html.EscapeString(flat)
	}
	cut := snippetLen
	for i := snippetLen; i > snippetLen/2; i-- {
		if unicode.IsSpace(runes[i]) {
			cut = i
			break
		}
	}
	return html.EscapeString(strings.TrimRightFunc(string(runes[:cut]), unicode.IsPunct)) + "…"
}

// byteAfterRunes returns the byte offset n code points after offset from in
// text, or its length.
func byteAfterRunes(text string, from, n int) int {
	for i := from; i < len(text); n-- {
		if n == 0 {
			return i
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return len(text)
}

// byteBeforeRunes returns the byte offset n code points before offset from
// in text, or 0.
func byteBeforeRunes(text string, from, n int) int {
	for ; from > 0 && n > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(text[:from])
		from -= size
	}
	return from
}

// wordAfter returns offset at if a word starts there (or at is 0), else
// the start of the next word, but not after offset max: where a snippet's
// window opens.
func wordAfter(text string, at, max int) int {
	if at == 0 {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:at]); unicode.IsSpace(r) {
		return at
	}
	for i, r := range text[at:max] {
		if unicode.IsSpace(r) {
			return at + i + utf8.RuneLen(r)
		}
	}
	return max
}

// wordEndBefore returns the end of the last whole word before offset end,
// but not before offset min: the end of a snippet's window.
func wordEndBefore(text string, end, min int) int {
	if end >= len(text) {
		return len(text)
	}
	for i := end; i > min; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsSpace(r) {
			return i - size
		}
		i -= size
	}
	return end
}
