package index

import (
	"math"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
)

func TestParseAmountFallback(t *testing.T) {
	tests := []struct {
		in       string
		value    float64
		currency string
		ok       bool
	}{
		{"100M€", 100e6, "EUR", true},
		{"100 M€", 100e6, "EUR", true},
		{"2,5 Md$", 2.5e9, "USD", true},
		{"2.5Md", 2.5e9, "EUR", true},
		{"1 milliard", 1e9, "EUR", true},
		{"1,8 milliard d'euros", 0, "", false},
		{"3 milliards euros", 3e9, "EUR", true},
		{"40 millions", 40e6, "EUR", true},
		{"1e9", 1e9, "EUR", true},
		{"1 500 000 €", 1.5e6, "EUR", true},
		{"$100M", 100e6, "USD", true},
		{"500k$", 500e3, "USD", true},
		{"250 MEUR", 250e6, "EUR", true},
		{"12 USD", 12, "USD", true},
		{"0", 0, "EUR", true},
		{"", 0, "", false},
		{"€", 0, "", false},
		{"beaucoup", 0, "", false},
		{"100 Gt", 0, "", false},
		{"-5", 0, "", false},
		{"1e999", 0, "", false},
		{"NaN", 0, "", false},
	}
	for _, tt := range tests {
		v, c, ok := parseAmountFallback(tt.in)
		if ok != tt.ok || v != tt.value || c != tt.currency {
			t.Errorf("parseAmountFallback(%q) = %v, %q, %v; want %v, %q, %v", tt.in, v, c, ok, tt.value, tt.currency, tt.ok)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		value    float64
		currency string
		want     string
	}{
		{1.8e9, "EUR", "1,8 Md EUR"},
		{15e9, "EUR", "15 Md EUR"},
		{203e6, "EUR", "203 M EUR"},
		{1234567, "USD", "1,234567 M USD"},
		{45e3, "EUR", "45 k EUR"},
		{900, "EUR", "900 EUR"},
		{0.5, "EUR", "0,5 EUR"},
	}
	for _, tt := range tests {
		if got := formatAmount(tt.value, tt.currency); got != tt.want {
			t.Errorf("formatAmount(%v, %s) = %q, want %q", tt.value, tt.currency, got, tt.want)
		}
		if got := amountName(amountKey(tt.value, tt.currency)); got != tt.want {
			t.Errorf("amountName(amountKey(%v, %s)) = %q, want %q", tt.value, tt.currency, got, tt.want)
		}
	}
}

// TestAnalyzer checks the tokens the French analyser gives.
func TestAnalyzer(t *testing.T) {
	x, err := OpenMemory(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	tests := []struct {
		text string
		want []string
	}{
		{"Les supercalculateurs", []string{"supercalcul"}},
		{"le supercalculateur", []string{"supercalcul"}},
		{"l’IA et l'IA", []string{"ia", "ia"}},
		{"jusqu’à lorsqu'il puisqu’elle qu'on", []string{}},
		{"Équipement, équipements", []string{"equip", "equip"}},
		{"Jean-Zay", []string{"jean", "zay"}},
		{"cœur", []string{"coeu"}}, {"coeur", []string{"coeu"}},
		{"GENCI", []string{"genci"}},
	}
	for _, tt := range tests {
		got := []string{}
		for _, tok := range x.analyzer.Analyze([]byte(tt.text)) {
			got = append(got, string(tok.Term))
		}
		if len(got) != len(tt.want) {
			t.Errorf("analyse %q = %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("analyse %q = %q, want %q", tt.text, got, tt.want)
				break
			}
		}
	}
	// Folding keeps the offsets into the original text.
	toks := x.analyzer.Analyze([]byte("Déjà l’État"))
	if len(toks) != 2 || toks[1].Start != len("Déjà ") || toks[1].End != len("Déjà l’État") {
		t.Errorf("offsets of %v", tokensString(toks))
	}
}

func tokensString(ts analysis.TokenStream) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t.Term)
	}
	return out
}

// TestDateClause checks that after: and before: bound UTC days, whatever the
// time zone a date was written in, that undated documents pass neither, and
// that dates beyond what nanoseconds count are clamped.
func TestDateClause(t *testing.T) {
	for _, tt := range []struct {
		t    time.Time
		want int64
	}{
		{time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), math.MinInt64 + 1},
		{time.Date(9999, 12, 1, 0, 0, 0, 0, time.UTC), math.MaxInt64},
		{time.Date(1970, 1, 1, 0, 0, 1, 0, time.UTC), 1e9},
	} {
		if got := unixNano(tt.t); got != tt.want {
			t.Errorf("unixNano(%v) = %d, want %d", tt.t, got, tt.want)
		}
	}
	if year0 := (dateClause{after: true, date: unixNano(time.Time{})}); !year0.matches(time.Date(1700, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()) {
		t.Error("after:0001-01-01 does not match a date of 1700")
	}
	july := time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC).UnixNano()
	after, before := dateClause{after: true, date: july}, dateClause{date: july}
	tests := []struct {
		published     int64
		after, before bool
	}{
		{time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC).UnixNano(), true, false},
		{time.Date(2023, 6, 30, 23, 59, 59, 0, time.UTC).UnixNano(), false, true},
		// 01:00 in Paris on 1 July is still 30 June in UTC.
		{time.Date(2023, 7, 1, 1, 0, 0, 0, paris).UnixNano(), false, true},
		{time.Date(2023, 7, 1, 3, 0, 0, 0, paris).UnixNano(), true, false},
		{time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC).UnixNano(), false, true},
		{noDate, false, false},
	}
	for _, tt := range tests {
		if got := after.matches(tt.published); got != tt.after {
			t.Errorf("after:2023-07-01 on %v = %v", time.Unix(0, tt.published).UTC(), got)
		}
		if got := before.matches(tt.published); got != tt.before {
			t.Errorf("before:2023-07-01 on %v = %v", time.Unix(0, tt.published).UTC(), got)
		}
	}
}
