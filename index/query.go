package index

import (
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/veille-fr/veille"
)

// Bounds on a query, so that one request cannot make the index do
// unbounded work.
const (
	maxQueryLen   = 1000 // characters (code points)
	maxQueryTerms = 64   // words, counting each word of a phrase and each filter
)

// Kind says what a clause of a query matches.
type Kind string

// The kinds of clauses of the query language.
const (
	KindWord    Kind = "word"    // a free word, in the title or the text
	KindPhrase  Kind = "phrase"  // "an exact phrase", in the title or the text
	KindOrg     Kind = "org"     // org:GENCI, an organisation by canonical name
	KindMachine Kind = "machine" // machine:"Jean Zay", a machine by canonical name
	KindSite    Kind = "site"    // site:…, the publisher
	KindLang    Kind = "lang"    // lang:fr
	KindAmount  Kind = "amount"  // amount>=100M€, an amount compared with a value
	KindAfter   Kind = "after"   // after:2023-06-01, published on or after a day or a month
	KindBefore  Kind = "before"  // before:2023-12-31, published on or before a day or a month
)

// Clause is one condition of a query. A hit matches every clause that is not
// Negated and none of the Negated ones.
type Clause struct {
	Kind Kind
	// Text is the word, the phrase or the filter value as written, except for
	// KindLang where it is lower-cased.
	Text string
	// Negated is set by a leading minus: -word, -"phrase", -org:GENCI.
	Negated bool
	// Pos is the offset of the clause in the query, in code points from 0.
	Pos int
	// Op is the comparison of a KindAmount clause: ">=", ">", "<=", "<" or "=".
	Op string
	// Value and Currency are the amount of a KindAmount clause.
	Value    float64
	Currency string
	// Date bounds a KindAfter clause (first instant included) or a KindBefore
	// clause (first instant excluded: the day or month after the one written).
	Date time.Time
}

// Query is a query of veille's query language, parsed.
type Query struct {
	Clauses []Clause
	// Sort is the order a sort:date or sort:relevance option asks for, empty
	// if the query has none; the last one wins.
	Sort veille.Sort
}

// ParseQuery parses q with the built-in amount parser (plain numbers with an
// optional k, M or Md scale and € or $). A malformed query gets an error with
// code veille.EINVALID that names the problem and its position in code points.
// An empty query is valid and matches every document.
func ParseQuery(q string) (*Query, error) {
	return parseQuery(q, parseAmountFallback)
}

// parseQuery parses q, reading amounts with parseAmount.
func parseQuery(q string, parseAmount func(string) (float64, string, bool)) (*Query, error) {
	if !utf8.ValidString(q) {
		return nil, veille.Errorf(veille.EINVALID, "query is not valid UTF-8")
	}
	src := []rune(q)
	if len(src) > maxQueryLen {
		return nil, veille.Errorf(veille.EINVALID, "query is too long: %d characters, at most %d", len(src), maxQueryLen)
	}
	s := &scanner{src: src, parseAmount: parseAmount, query: &Query{}}
	for {
		s.skipSpace()
		if s.pos >= len(s.src) {
			break
		}
		if err := s.clause(); err != nil {
			return nil, err
		}
		if s.terms > maxQueryTerms {
			return nil, veille.Errorf(veille.EINVALID, "query has too many terms: more than %d", maxQueryTerms)
		}
	}
	return s.query, nil
}

// scanner reads a query one clause at a time; pos is an index into src.
type scanner struct {
	src         []rune
	pos         int
	terms       int
	parseAmount func(string) (float64, string, bool)
	query       *Query
}

// closingQuote returns the quote that closes open, or 0 if open opens no quote.
func closingQuote(open rune) rune {
	switch open {
	case '"':
		return '"'
	case '«':
		return '»'
	case '“':
		return '”'
	}
	return 0
}

func (s *scanner) skipSpace() {
	for s.pos < len(s.src) && unicode.IsSpace(s.src[s.pos]) {
		s.pos++
	}
}

// clause reads one word, phrase or filter, with its leading minus if any.
func (s *scanner) clause() error {
	start := s.pos
	negated := false
	if s.src[s.pos] == '-' && s.pos+1 < len(s.src) && !unicode.IsSpace(s.src[s.pos+1]) {
		negated = true
		s.pos++
	}
	if closingQuote(s.src[s.pos]) != 0 {
		phrase, err := s.quoted()
		if err != nil {
			return err
		}
		if n := len(strings.Fields(phrase)); n > 0 {
			s.terms += n
			s.add(Clause{Kind: KindPhrase, Text: phrase, Negated: negated, Pos: start})
		}
		return nil
	}
	if kind, op, ok := s.filterPrefix(); ok {
		return s.filter(kind, op, negated, start)
	}
	word := s.word()
	s.terms++
	s.add(Clause{Kind: KindWord, Text: word, Negated: negated, Pos: start})
	return nil
}

func (s *scanner) add(c Clause) {
	s.query.Clauses = append(s.query.Clauses, c)
}

// word reads up to the next space or opening quote.
func (s *scanner) word() string {
	start := s.pos
	for s.pos < len(s.src) && !unicode.IsSpace(s.src[s.pos]) && (s.pos == start || closingQuote(s.src[s.pos]) == 0) {
		s.pos++
	}
	return string(s.src[start:s.pos])
}

// quoted reads a quoted string starting at pos and returns its content,
// without the quotes and trimmed.
func (s *scanner) quoted() (string, error) {
	open := s.pos
	closing := closingQuote(s.src[open])
	for i := open + 1; i < len(s.src); i++ {
		if s.src[i] == closing {
			s.pos = i + 1
			return strings.TrimSpace(string(s.src[open+1 : i])), nil
		}
	}
	return "", veille.Errorf(veille.EINVALID, "unclosed quote at %d", open)
}

// filterKinds are the filter keys of the query language.
var filterKinds = map[string]Kind{
	"org": KindOrg, "machine": KindMachine, "site": KindSite, "lang": KindLang,
	"amount": KindAmount, "after": KindAfter, "before": KindBefore,
	"sort": kindSort,
}

// kindSort is the kind of the sort: option, which is no clause.
const kindSort Kind = "sort"

// filterPrefix reads a filter key and its operator ("org:", "amount>=") at
// pos. If there is none it reads nothing and returns ok false: the text is
// then a plain word.
func (s *scanner) filterPrefix() (kind Kind, op string, ok bool) {
	i := s.pos
	for i < len(s.src) && s.src[i] < utf8.RuneSelf && unicode.IsLetter(s.src[i]) {
		i++
	}
	kind, known := filterKinds[strings.ToLower(string(s.src[s.pos:i]))]
	if !known {
		return "", "", false
	}
	rest := string(s.src[i:min(i+3, len(s.src))])
	if kind == KindAmount {
		rest = strings.TrimPrefix(rest, ":")
		skipped := 0
		if strings.HasPrefix(string(s.src[i:]), ":") {
			skipped = 1
		}
		for _, cmp := range []string{">=", "<=", ">", "<", "="} {
			if strings.HasPrefix(rest, cmp) {
				s.pos = i + skipped + len(cmp)
				return kind, cmp, true
			}
		}
		if skipped == 1 {
			s.pos = i + 1
			return kind, "=", true
		}
		return "", "", false
	}
	if strings.HasPrefix(rest, ":") {
		s.pos = i + 1
		return kind, ":", true
	}
	return "", "", false
}

// filter reads the value of a filter whose key and operator were read.
func (s *scanner) filter(kind Kind, op string, negated bool, start int) error {
	valuePos := s.pos
	var value string
	if s.pos < len(s.src) && closingQuote(s.src[s.pos]) != 0 {
		var err error
		if value, err = s.quoted(); err != nil {
			return err
		}
	} else {
		for s.pos < len(s.src) && !unicode.IsSpace(s.src[s.pos]) {
			s.pos++
		}
		value = string(s.src[valuePos:s.pos])
		if kind == KindAmount {
			value = s.longerAmount(value)
		}
	}
	s.terms++
	c := Clause{Kind: kind, Text: value, Negated: negated, Pos: start}
	key := string(kind) + op // as written: "org:", "amount>="
	if value == "" {
		return veille.Errorf(veille.EINVALID, "%s at %d wants a value", key, start)
	}
	switch kind {
	case kindSort:
		sort := veille.Sort(strings.ToLower(value))
		if negated {
			return veille.Errorf(veille.EINVALID, "sort: at %d cannot be excluded", start)
		}
		if sort != veille.SortDate && sort != veille.SortRelevance {
			return veille.Errorf(veille.EINVALID, "sort: wants date or relevance, got %q at %d", value, valuePos)
		}
		s.query.Sort = sort
		return nil
	case KindLang:
		c.Text = strings.ToLower(value)
	case KindAmount:
		v, currency, ok := s.parseAmount(value)
		if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
			return veille.Errorf(veille.EINVALID, "%s wants an amount like 100M€, got %q at %d", key, value, valuePos)
		}
		if currency == "" {
			currency = "EUR"
		}
		c.Op, c.Value, c.Currency = op, v, strings.ToUpper(currency)
	case KindAfter, KindBefore:
		first, next, ok := parseDay(value)
		if !ok {
			return veille.Errorf(veille.EINVALID, "%s wants a date like 2023-06-01, 2023-06 or 2023, got %q at %d", key, value, valuePos)
		}
		c.Date = first
		if kind == KindBefore {
			c.Date = next
		}
	}
	s.add(c)
	return nil
}

// maxAmountWords bounds the words an unquoted amount filter may take after
// its first one: "amount>=2,5 milliards de dollars" takes three.
const maxAmountWords = 4

// longerAmount extends the value of an amount filter over the words that
// follow it when they make a longer amount ("amount>=1 milliard",
// "amount>=1,5 Md€", "amount>=2 milliards de dollars"), and leaves the rest
// of the query as it is: the longest reading that parses wins.
func (s *scanner) longerAmount(first string) string {
	best, bestEnd := first, s.pos
	pos := s.pos
	for range maxAmountWords {
		start := pos
		for start < len(s.src) && unicode.IsSpace(s.src[start]) {
			start++
		}
		end := start
		for end < len(s.src) && !unicode.IsSpace(s.src[end]) {
			end++
		}
		if end == start || s.src[start] == '-' || strings.ContainsRune(string(s.src[start:end]), ':') {
			break
		}
		pos = end
		candidate := first + " " + strings.Join(strings.Fields(string(s.src[s.pos:pos])), " ")
		if _, _, ok := s.parseAmount(candidate); ok {
			best, bestEnd = candidate, pos
		}
	}
	s.pos = bestEnd
	return best
}

// parseDay reads a day (2023-06-01), a month (2023-06) or a year (2023) and
// returns its first instant and the first instant after it, in UTC.
func parseDay(s string) (first, next time.Time, ok bool) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, t.AddDate(0, 0, 1), true
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t, t.AddDate(0, 1, 0), true
	}
	if t, err := time.Parse("2006", s); err == nil {
		return t, t.AddDate(1, 0, 0), true
	}
	return time.Time{}, time.Time{}, false
}
