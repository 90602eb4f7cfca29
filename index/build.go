package index

import (
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/veille-fr/veille"
)

// titleBoost weighs a match in the title against one in the text.
const titleBoost = 3.0

// buildQuery turns a parsed query into a bleve query: every clause that is not
// negated must match, no negated clause may. Words that analyse to nothing
// (stop words, punctuation, "*") are dropped.
func (x *Index) buildQuery(q *Query) (query.Query, error) {
	var must, mustNot []query.Query
	for _, c := range q.Clauses {
		cq, err := x.clauseQuery(c)
		if err != nil {
			return nil, err
		}
		if cq == nil {
			continue
		}
		if c.Negated {
			mustNot = append(mustNot, cq)
		} else {
			must = append(must, cq)
		}
	}
	if len(must) == 0 {
		if len(mustNot) == 0 {
			return bleve.NewMatchAllQuery(), nil
		}
		must = []query.Query{bleve.NewMatchAllQuery()}
	}
	if len(must) == 1 && len(mustNot) == 0 {
		// A conjunction of one query scores its hits as the query does.
		return must[0], nil
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(must...)
	if len(mustNot) > 0 {
		b.AddMustNot(mustNot...)
	}
	return b, nil
}

// snippetQuery returns the query whose matches snippets mark: the words and
// phrases every hit of q holds, or nil if it has none. The other clauses
// match no position in the text, so a hit's matches are the same as with
// the whole query.
func (x *Index) snippetQuery(q *Query) (query.Query, error) {
	var must []query.Query
	for _, c := range q.Clauses {
		if c.Negated || c.Kind != KindWord && c.Kind != KindPhrase {
			continue
		}
		cq, err := x.clauseQuery(c)
		if err != nil {
			return nil, err
		}
		if cq != nil {
			must = append(must, cq)
		}
	}
	if len(must) == 0 {
		return nil, nil
	}
	return bleve.NewConjunctionQuery(must...), nil
}

// clauseQuery returns the bleve query of one clause, or nil if it matches
// every document.
func (x *Index) clauseQuery(c Clause) (query.Query, error) {
	switch c.Kind {
	case KindWord, KindPhrase:
		terms := x.analyzer.Analyze([]byte(c.Text))
		switch {
		case len(terms) == 0:
			return nil, nil
		case len(terms) == 1:
			return inTitleOrText(func(field string) query.Query {
				t := bleve.NewTermQuery(string(terms[0].Term))
				t.SetField(field)
				return t
			}), nil
		default:
			return inTitleOrText(func(field string) query.Query {
				return newPhraseQuery(c.Text, terms, field, 1)
			}), nil
		}
	case KindOrg, KindMachine, KindSite:
		field := map[Kind]string{KindOrg: fieldOrg, KindMachine: fieldMachine, KindSite: fieldSite}[c.Kind]
		names, err := x.resolveName(field, c.Text)
		if err != nil {
			return nil, err
		}
		return anyTerm(field, names), nil
	case KindLang:
		return anyTerm(fieldLang, []string{c.Text}), nil
	case KindAmount:
		return amountQuery(c), nil
	case KindAfter, KindBefore:
		// Days have far fewer distinct values than instants, so a range
		// of days reads far fewer terms.
		day := float64(epochDay(c.Date))
		yes, no := true, false
		q := bleve.NewNumericRangeInclusiveQuery(&day, nil, &yes, nil)
		if c.Kind == KindBefore {
			q = bleve.NewNumericRangeInclusiveQuery(nil, &day, nil, &no)
		}
		q.SetField(fieldDay)
		return q, nil
	}
	return nil, veille.Errorf(veille.EINVALID, "query: unknown clause kind %q at %d", c.Kind, c.Pos)
}

// inTitleOrText returns a query that matches in the title, boosted, or in the
// text; build makes the query for one field.
func inTitleOrText(build func(field string) query.Query) query.Query {
	title := build(fieldTitle)
	title.(query.BoostableQuery).SetBoost(titleBoost)
	return bleve.NewDisjunctionQuery(title, build(fieldText))
}

// anyTerm matches documents whose keyword field holds one of terms.
func anyTerm(field string, terms []string) query.Query {
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		tq := bleve.NewTermQuery(t)
		tq.SetField(field)
		qs[i] = tq
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// amountQuery matches documents with an amount in the clause's currency that
// compares with its value as the clause says.
func amountQuery(c Clause) query.Query {
	yes, no := true, false
	v := c.Value
	var q *query.NumericRangeQuery
	switch c.Op {
	case ">=":
		q = bleve.NewNumericRangeInclusiveQuery(&v, nil, &yes, nil)
	case ">":
		q = bleve.NewNumericRangeInclusiveQuery(&v, nil, &no, nil)
	case "<=":
		q = bleve.NewNumericRangeInclusiveQuery(nil, &v, nil, &yes)
	case "<":
		q = bleve.NewNumericRangeInclusiveQuery(nil, &v, nil, &no)
	default:
		q = bleve.NewNumericRangeInclusiveQuery(&v, &v, &yes, &yes)
	}
	q.SetField(amountField(c.Currency))
	return q
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
