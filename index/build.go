package index

import (
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// titleBoost weighs a match in the title against one in the text.
const titleBoost = 3.0

// snippetQuery returns the query whose matches snippets mark: the words and
// phrases every hit of q holds, or nil if it has none. The other clauses
// match no position in the text, so a hit's matches are the same as with
// the whole query.
func (x *Index) snippetQuery(q *Query) query.Query {
	var must []query.Query
	for _, c := range q.Clauses {
		if c.Negated || c.Kind != KindWord && c.Kind != KindPhrase {
			continue
		}
		if cq := x.textQuery(c.Text); cq != nil {
			must = append(must, cq)
		}
	}
	if len(must) == 0 {
		return nil
	}
	return bleve.NewConjunctionQuery(must...)
}

// textQuery returns the bleve query of a word or a phrase, in the title
// (boosted) or the text, or nil if it analyses to no term.
func (x *Index) textQuery(text string) query.Query {
	terms := x.analyzer.Analyze([]byte(text))
	switch {
	case len(terms) == 0:
		return nil
	case len(terms) == 1:
		return inTitleOrText(func(field string) query.Query {
			t := bleve.NewTermQuery(string(terms[0].Term))
			t.SetField(field)
			return t
		})
	default:
		return inTitleOrText(func(field string) query.Query {
			p := bleve.NewMatchPhraseQuery(text)
			p.SetField(field)
			return p
		})
	}
}

// inTitleOrText returns a query that matches in the title, boosted, or in the
// text; build makes the query for one field.
func inTitleOrText(build func(field string) query.Query) query.Query {
	title := build(fieldTitle)
	title.(query.BoostableQuery).SetBoost(titleBoost)
	return bleve.NewDisjunctionQuery(title, build(fieldText))
}

// resolveName returns the names stored in a keyword field that name denotes:
// name itself if it is stored, else the stored names equal to it ignoring
// case and accents ("genci" gives "GENCI"), else name (which matches
// nothing).
func (x *Index) resolveName(field, name string) ([]string, error) {
	dict, err := x.bleve.FieldDict(field)
	if err != nil {
		return nil, fmt.Errorf("read %s names in index %s: %w", field, x.name, err)
	}
	defer func() { _ = dict.Close() }()
	want := nameKey(name)
	var names []string
	for {
		entry, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("read %s names in index %s: %w", field, x.name, err)
		}
		if entry == nil {
			break
		}
		if entry.Term == name {
			return []string{name}, nil
		}
		if nameKey(entry.Term) == want {
			names = append(names, entry.Term)
		}
	}
	if len(names) == 0 {
		return []string{name}, nil
	}
	return names, nil
}

// nameKey is the form two names are compared in: lower-case, without
// accents, spaces and hyphens collapsed ("Jean-Zay" and "jean zay" agree).
func nameKey(name string) string {
	folded := strings.ToLower(string(fold([]byte(name))))
	return strings.Join(strings.FieldsFunc(folded, func(r rune) bool { return r == ' ' || r == '-' || r == '\u00a0' }), " ")
}
