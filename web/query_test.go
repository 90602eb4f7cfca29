package web

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestQueryTerms(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{`supercalculateur org:"Mistral AI"  site:lemonde.fr`, []string{"supercalculateur", `org:"Mistral AI"`, "site:lemonde.fr"}},
		{`"Jean Zay" -"Alice Recoque" amount>=100M€`, []string{`"Jean Zay"`, `-"Alice Recoque"`, "amount>=100M€"}},
		{`machine:"Jean Zay`, []string{`machine:"Jean Zay`}},
		{"  \t ", nil},
	}
	for _, tt := range tests {
		if got := queryTerms(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("queryTerms(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestQueryEdits(t *testing.T) {
	q := `IA   générative org:GENCI`
	if got := withTerms(q, `org:GENCI`, `machine:"Jean Zay"`); got != `IA générative org:GENCI machine:"Jean Zay"` {
		t.Errorf("withTerms = %q", got)
	}
	if got := withoutTerms(`IA org:GENCI after:2024-01 before:2024-01-31`, isDateTerm); got != "IA org:GENCI" {
		t.Errorf("withoutTerms = %q", got)
	}
	terms := []struct{ got, want string }{
		{orgTerm("Mistral AI"), `org:"Mistral AI"`},
		{orgTerm("GENCI"), "org:GENCI"},
		{machineTerm("Jean-Zay"), "machine:Jean-Zay"},
		{siteTerm("lemonde.fr"), "site:lemonde.fr"},
		{siteTerm("L'Usine Nouvelle"), `site:"L'Usine Nouvelle"`},
		{orgTerm(`Le "Lab"`), `org:"Le Lab"`},
	}
	for _, tt := range terms {
		if tt.got != tt.want {
			t.Errorf("term %q, want %q", tt.got, tt.want)
		}
	}
}

func TestMonthTerms(t *testing.T) {
	tests := []struct{ month, after, before string }{
		{"2024-06", "after:2024-06", "before:2024-06"},
		{"2023-12", "after:2023-12", "before:2023-12"},
	}
	for _, tt := range tests {
		after, before, ok := monthTerms(tt.month)
		if !ok || after != tt.after || before != tt.before {
			t.Errorf("monthTerms(%q) = %q %q %v", tt.month, after, before, ok)
		}
	}
	for _, bad := range []string{"2024-13", "juin 2024", "2024-6", ""} {
		if _, _, ok := monthTerms(bad); ok {
			t.Errorf("monthTerms(%q) accepted", bad)
		}
	}
}

func TestAmountTerm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"100 M€", "amount>=100M€"},
		{"1,5 milliard d'euros", "amount>=1,5Md€"},
		{"2 000 000", "amount>=2000000"},
		{"500 millions de dollars", "amount>=500M$"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := amountTerm(tt.in); got != tt.want {
			t.Errorf("amountTerm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFrenchFormats(t *testing.T) {
	tests := []struct{ got, want string }{
		{frenchDate(time.Date(2024, 6, 11, 18, 0, 0, 0, time.UTC)), "11 juin 2024"},
		{frenchDate(time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)), "1er août 2025"},
		{frenchDate(time.Time{}), ""},
		{frenchMonth("2023-12"), "décembre 2023"},
		{frenchMonth("bientôt"), "bientôt"},
		{frenchInt(1234567), "1\u202f234\u202f567"},
		{frenchInt(999), "999"},
		{frenchDuration(12 * time.Millisecond), "12 ms"},
		{frenchDuration(1500 * time.Millisecond), "1,5 s"},
		{frenchAmount(1.8e9, "EUR"), "1,8 Md EUR"},
		{frenchAmount(203e6, "EUR"), "203 M EUR"},
		{frenchAmount(12500, "USD"), "12\u202f500 USD"},
		{frenchAmount(1234567891, "EUR"), "1,23 Md EUR"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	if strings.Contains(frenchAmount(0.5, "EUR"), ".") {
		t.Errorf("decimal point in %q", frenchAmount(0.5, "EUR"))
	}
}

func TestFilterLabel(t *testing.T) {
	tests := []struct{ term, want string }{
		{`machine:"Jean Zay"`, "Machine Jean Zay"},
		{"after:2024-06", "Depuis juin 2024"},
		{"before:2024-06-30", "Jusqu’à 30 juin 2024"},
		{`-org:"CEA"`, "Sauf Organisation CEA"},
		{"amount>=100M€", "Montant ≥ 100M€"},
		{"amount<1Md€", "Montant < 1Md€"},
		{"site:lemonde.fr", "Site lemonde.fr"},
		{"supercalculateur", ""},
		{`"Jean Zay"`, ""},
	}
	for _, tt := range tests {
		got, ok := filterLabel(tt.term)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("filterLabel(%q) = %q, %v; want %q", tt.term, got, ok, tt.want)
		}
	}
}
