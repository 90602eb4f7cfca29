package web

import (
	"slices"
	"strings"
	"unicode"
)

// queryTerms splits a query into its terms as the query language reads
// them: runs of non-space characters, where a double-quoted part may hold
// spaces (`org:"Mistral AI"` is one term). An unclosed quote runs to the end.
func queryTerms(q string) []string {
	var terms []string
	var b strings.Builder
	quoted := false
	for _, r := range q {
		switch {
		case r == '"':
			quoted = !quoted
			b.WriteRune(r)
		case unicode.IsSpace(r) && !quoted:
			if b.Len() > 0 {
				terms = append(terms, b.String())
				b.Reset()
			}
		default:
			b.WriteRune(r)
		}
	}
	if b.Len() > 0 {
		terms = append(terms, b.String())
	}
	return terms
}

// withTerms returns q with the given terms added at its end, unless they
// are already in it.
func withTerms(q string, add ...string) string {
	terms := queryTerms(q)
	for _, t := range add {
		if !slices.Contains(terms, t) {
			terms = append(terms, t)
		}
	}
	return strings.Join(terms, " ")
}

// withoutTerms returns q without the terms drop selects.
func withoutTerms(q string, drop func(string) bool) string {
	terms := slices.DeleteFunc(queryTerms(q), drop)
	return strings.Join(terms, " ")
}

// hasTerm reports whether q holds the term t.
func hasTerm(q, t string) bool {
	return slices.Contains(queryTerms(q), t)
}

// fieldTerm returns the filter term of a field for a value, quoted when the
// value holds anything but letters, digits and a few punctuation marks.
// Double quotes, which the language cannot escape, are dropped.
func fieldTerm(field, value string) string {
	value = strings.Join(strings.Fields(strings.ReplaceAll(value, `"`, "")), " ")
	bare := value != ""
	for _, r := range value {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".-_", r) {
			bare = false
			break
		}
	}
	if bare {
		return field + ":" + value
	}
	return field + `:"` + value + `"`
}

// orgTerm, machineTerm and siteTerm are the filters facet links add.
func orgTerm(name string) string     { return fieldTerm("org", name) }
func machineTerm(name string) string { return fieldTerm("machine", name) }
func siteTerm(site string) string    { return fieldTerm("site", site) }

// monthTerms are the date filters of a month "2023-06": published on or
// after its first day and on or before its last.
func monthTerms(month string) (after, before string, ok bool) {
	if len(month) != 7 || month[4] != '-' {
		return "", "", false
	}
	if y, m := atoiDigits(month[:4]), atoiDigits(month[5:]); y < 0 || m < 1 || m > 12 {
		return "", "", false
	}
	return "after:" + month, "before:" + month, true
}

// atoiDigits reads a string of ASCII digits, -1 if it is anything else.
func atoiDigits(s string) int {
	if s == "" {
		return -1
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// isDateTerm reports whether t is an after: or before: filter.
func isDateTerm(t string) bool {
	return strings.HasPrefix(t, "after:") || strings.HasPrefix(t, "before:")
}

// isAmountMinTerm reports whether t is an amount>= filter, the one the
// amount field of the form sets.
func isAmountMinTerm(t string) bool { return strings.HasPrefix(t, "amount>=") }

// amountTerm reads what a user typed in the amount field ("100 M€",
// "1,5 milliard", "2 000 000") into an amount>= filter, spelling scale
// words with the suffixes the query language knows; "" if nothing was typed.
func amountTerm(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")) {
		switch strings.ToLower(strings.TrimRight(w, ".")) {
		case "milliard", "milliards", "md", "mds", "mrd", "mrds":
			b.WriteString("Md")
		case "million", "millions", "m", "mn":
			b.WriteString("M")
		case "mille", "k":
			b.WriteString("k")
		case "euro", "euros", "eur", "€":
			b.WriteString("€")
		case "dollar", "dollars", "usd", "$":
			b.WriteString("$")
		case "d'euros", "d’euros":
			b.WriteString("€")
		case "de", "d'", "d’":
		default:
			b.WriteString(strings.ReplaceAll(w, `"`, ""))
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "amount>=" + b.String()
}
