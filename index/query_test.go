package index

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/veille-fr/veille"
)

func TestParseQuery(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		query string
		want  []Clause
	}{
		{"", nil},
		{"supercalculateur  exascale", []Clause{
			{Kind: KindWord, Text: "supercalculateur", Pos: 0},
			{Kind: KindWord, Text: "exascale", Pos: 18},
		}},
		{`"Jean Zay" -"Alice Recoque" -Nabu`, []Clause{
			{Kind: KindPhrase, Text: "Jean Zay", Pos: 0},
			{Kind: KindPhrase, Text: "Alice Recoque", Negated: true, Pos: 11},
			{Kind: KindWord, Text: "Nabu", Negated: true, Pos: 28},
		}},
		{"« Jean Zay » “AI Factory”", []Clause{
			{Kind: KindPhrase, Text: "Jean Zay", Pos: 0},
			{Kind: KindPhrase, Text: "AI Factory", Pos: 13},
		}},
		{`org:GENCI ORG:"Mistral AI" -machine:"Jean Zay" site:next.ink lang:FR`, []Clause{
			{Kind: KindOrg, Text: "GENCI", Pos: 0},
			{Kind: KindOrg, Text: "Mistral AI", Pos: 10},
			{Kind: KindMachine, Text: "Jean Zay", Negated: true, Pos: 27},
			{Kind: KindSite, Text: "next.ink", Pos: 47},
			{Kind: KindLang, Text: "fr", Pos: 61},
		}},
		{"amount>=100M€ amount>1e9 amount<=2,5Md$ amount<5k amount=360M amount:40000000", []Clause{
			{Kind: KindAmount, Text: "100M€", Pos: 0, Op: ">=", Value: 100e6, Currency: "EUR"},
			{Kind: KindAmount, Text: "1e9", Pos: 14, Op: ">", Value: 1e9, Currency: "EUR"},
			{Kind: KindAmount, Text: "2,5Md$", Pos: 25, Op: "<=", Value: 2.5e9, Currency: "USD"},
			{Kind: KindAmount, Text: "5k", Pos: 40, Op: "<", Value: 5000, Currency: "EUR"},
			{Kind: KindAmount, Text: "360M", Pos: 50, Op: "=", Value: 360e6, Currency: "EUR"},
			{Kind: KindAmount, Text: "40000000", Pos: 62, Op: "=", Value: 40e6, Currency: "EUR"},
		}},
		{`amount>="1 milliard"`, []Clause{
			{Kind: KindAmount, Text: "1 milliard", Pos: 0, Op: ">=", Value: 1e9, Currency: "EUR"},
		}},
		// An unquoted amount takes the following words that make it longer.
		{"amount>=1 milliard IA", []Clause{
			{Kind: KindAmount, Text: "1 milliard", Pos: 0, Op: ">=", Value: 1e9, Currency: "EUR"},
			{Kind: KindWord, Text: "IA", Pos: 19},
		}},
		{"amount>=2,5 Md $ supercalculateur -Nvidia", []Clause{
			{Kind: KindAmount, Text: "2,5 Md $", Pos: 0, Op: ">=", Value: 2.5e9, Currency: "USD"},
			{Kind: KindWord, Text: "supercalculateur", Pos: 17},
			{Kind: KindWord, Text: "Nvidia", Negated: true, Pos: 34},
		}},
		{"amount<50 org:GENCI", []Clause{
			{Kind: KindAmount, Text: "50", Pos: 0, Op: "<", Value: 50, Currency: "EUR"},
			{Kind: KindOrg, Text: "GENCI", Pos: 10},
		}},
		{"after:2023-06-01 before:2023-12-31 after:2024-02 before:2024-02", []Clause{
			{Kind: KindAfter, Text: "2023-06-01", Pos: 0, Date: day(2023, 6, 1)},
			{Kind: KindBefore, Text: "2023-12-31", Pos: 17, Date: day(2024, 1, 1)},
			{Kind: KindAfter, Text: "2024-02", Pos: 35, Date: day(2024, 2, 1)},
			{Kind: KindBefore, Text: "2024-02", Pos: 49, Date: day(2024, 3, 1)},
		}},
		{"after:2022 before:2024", []Clause{
			{Kind: KindAfter, Text: "2022", Pos: 0, Date: day(2022, 1, 1)},
			{Kind: KindBefore, Text: "2024", Pos: 11, Date: day(2025, 1, 1)},
		}},
		// Not filters: unknown keys, keys without their operator, lone minus, wildcards.
		{"https://next.ink note:importante org=GENCI amount - IA* Nab? -", []Clause{
			{Kind: KindWord, Text: "https://next.ink", Pos: 0},
			{Kind: KindWord, Text: "note:importante", Pos: 17},
			{Kind: KindWord, Text: "org=GENCI", Pos: 33},
			{Kind: KindWord, Text: "amount", Pos: 43},
			{Kind: KindWord, Text: "-", Pos: 50},
			{Kind: KindWord, Text: "IA*", Pos: 52},
			{Kind: KindWord, Text: "Nab?", Pos: 56},
			{Kind: KindWord, Text: "-", Pos: 61},
		}},
		{`l’IA"générative" "" « »`, []Clause{
			{Kind: KindWord, Text: "l’IA", Pos: 0},
			{Kind: KindPhrase, Text: "générative", Pos: 4},
		}},
	}
	for _, tt := range tests {
		got, err := ParseQuery(tt.query)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tt.query, err)
			continue
		}
		if !reflect.DeepEqual(got.Clauses, tt.want) {
			t.Errorf("ParseQuery(%q) =\n%+v\nwant\n%+v", tt.query, got.Clauses, tt.want)
		}
	}
}

func TestParseQuerySort(t *testing.T) {
	tests := []struct {
		query string
		want  veille.Sort
	}{
		{"ia", ""},
		{"ia sort:date", veille.SortDate},
		{"SORT:Date ia", veille.SortDate},
		{"sort:date ia sort:relevance", veille.SortRelevance},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.query)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tt.query, err)
			continue
		}
		if q.Sort != tt.want || len(q.Clauses) != 1 {
			t.Errorf("ParseQuery(%q) = sort %q, %d clauses; want sort %q and one clause", tt.query, q.Sort, len(q.Clauses), tt.want)
		}
	}
}

func TestParseQueryErrors(t *testing.T) {
	tests := []struct{ query, want string }{
		{`ia "Jean Zay`, "unclosed quote at 3"},
		{`« Jean Zay "`, "unclosed quote at 0"},
		{`machine:"Jean Zay`, "unclosed quote at 8"},
		{"site:", "site: at 0 wants a value"},
		{"ia -lang: fr", "lang: at 3 wants a value"},
		{"after:hier", `after: wants a date like 2023-06-01, 2023-06 or 2023, got "hier" at 6`},
		{"before:31/12/2023", `before: wants a date like 2023-06-01, 2023-06 or 2023, got "31/12/2023" at 7`},
		{"after:2023-02-30", `got "2023-02-30"`},
		{"amount>=cent", `amount>= wants an amount like 100M€, got "cent" at 8`},
		{"amount<M€", `amount< wants an amount like 100M€, got "M€" at 7`},
		{"amount>=100M£", `got "100M£"`},
		{"ia sort:popularité", `sort: wants date or relevance, got "popularité" at 8`},
		{"-sort:date", "sort: at 0 cannot be excluded"},
		{"amount>-5", `got "-5"`},
		{strings.Repeat("é", 1001), "query is too long: 1001 characters, at most 1000"},
		{strings.Repeat("a ", 64) + `"b c"`, "too many terms"},
		{"\xff", "not valid UTF-8"},
	}
	for _, tt := range tests {
		_, err := ParseQuery(tt.query)
		if err == nil {
			t.Errorf("ParseQuery(%q) succeeded, want an error", tt.query)
			continue
		}
		if veille.ErrorCode(err) != veille.EINVALID || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseQuery(%q) error %q (%s), want EINVALID containing %q", tt.query, err, veille.ErrorCode(err), tt.want)
		}
	}
	if _, err := ParseQuery(strings.Repeat("é", 1000)); err != nil {
		t.Errorf("a query of 1000 characters: %v", err)
	}
	if _, err := ParseQuery(strings.Repeat("a ", 64)); err != nil {
		t.Errorf("a query of 64 terms: %v", err)
	}
}

// TestParseQueryInjectedAmount checks that an index reads amounts with the
// parser it was given.
func TestParseQueryInjectedAmount(t *testing.T) {
	parse := func(s string) (float64, string, bool) {
		if s == "un milliard de dollars" {
			return 1e9, "USD", true
		}
		return 0, "", false
	}
	q, err := parseQuery(`amount>="un milliard de dollars"`, parse)
	if err != nil {
		t.Fatal(err)
	}
	if c := q.Clauses[0]; c.Value != 1e9 || c.Currency != "USD" || c.Op != ">=" {
		t.Errorf("clause = %+v", c)
	}
	if _, err := parseQuery("amount>=100M€", parse); err == nil {
		t.Error("the injected parser was not used")
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"", `supercalculateur "Jean Zay" -exascale`, `org:"Mistral AI" amount>=100M€ after:2023-06`,
		`« IA » -“GENCI” machine:jean-zay`, `amount:"1 milliard" before:2023-12-31 lang:fr site:next.ink`,
		`"unclosed`, "-", `-"`, "amount>", "org:", "\xff\xfe", "*?~^:",
	} {
		f.Add(s)
	}
	// Each parsed query also runs, over the seed articles.
	x, _ := newSeedIndex(f)
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			if veille.ErrorCode(err) != veille.EINVALID {
				t.Fatalf("ParseQuery(%q) error %v has code %s", s, err, veille.ErrorCode(err))
			}
			return
		}
		n := utf8.RuneCountInString(s)
		for _, c := range q.Clauses {
			if c.Pos < 0 || c.Pos >= n {
				t.Fatalf("ParseQuery(%q): clause %+v out of the query", s, c)
			}
		}
		if len(q.Clauses) > maxQueryTerms {
			t.Fatalf("ParseQuery(%q): %d clauses", s, len(q.Clauses))
		}
		p, err := x.newPlan(q)
		if err != nil {
			t.Fatalf("newPlan(%q): %v", s, err)
		}
		if _, err := x.searchSnapshot(context.Background(), p, q.Sort == veille.SortDate, 10, 0); err != nil {
			t.Fatalf("search %q: %v", s, err)
		}
	})
}
