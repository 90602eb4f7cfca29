package index

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// scaleWords are the multipliers the fallback amount parser understands,
// written after the number ("100M€", "2,5 Md$", "1 milliard").
var scaleWords = map[string]float64{
	"k": 1e3, "K": 1e3, "mille": 1e3,
	"M": 1e6, "m": 1e6, "million": 1e6, "millions": 1e6,
	"Md": 1e9, "md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9,
	"milliard": 1e9, "milliards": 1e9,
}

// currencyWords are the currencies the fallback amount parser understands,
// mapped to their ISO 4217 code.
var currencyWords = map[string]string{
	"€": "EUR", "EUR": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
	"$": "USD", "USD": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
}

// parseAmountFallback reads a plain number with an optional scale (k, M, Md,
// million, milliard) and an optional currency (€, $, EUR, USD): "100M€",
// "2,5 Md$", "1e9", "1 500 000 €". A missing currency is EUR.
func parseAmountFallback(s string) (value float64, currency string, ok bool) {
	s = strings.TrimSpace(s)
	rest, currency := cutCurrency(s)
	numEnd := 0
	for i, r := range rest {
		if !(unicode.IsDigit(r) || r == ',' || r == '.' || r == ' ' || r == '\u00a0' || r == '\u202f' ||
			r == 'e' || r == 'E' || r == '+' || r == '-') {
			break
		}
		numEnd = i + len(string(r))
	}
	// A trailing "e" belongs to no exponent: leave it to the scale word.
	num := strings.TrimRight(rest[:numEnd], " \u00a0\u202f")
	scaleText := strings.TrimSpace(rest[len(num):])
	scale := 1.0
	if scaleText != "" {
		var found bool
		scale, found = scaleWords[scaleText]
		if !found {
			return 0, "", false
		}
	}
	num = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f':
			return -1
		case ',':
			return '.'
		}
		return r
	}, num)
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v < 0 {
		return 0, "", false
	}
	if currency == "" {
		currency = "EUR"
	}
	return v * scale, currency, true
}

// cutCurrency removes a currency word or sign written after s, or a sign
// written before it ("$100M").
func cutCurrency(s string) (rest, currency string) {
	for _, sign := range []string{"€", "$"} {
		if after, found := strings.CutPrefix(s, sign); found {
			return strings.TrimSpace(after), currencyWords[sign]
		}
	}
	for word, code := range currencyWords {
		if before, found := strings.CutSuffix(s, word); found {
			return strings.TrimSpace(before), code
		}
	}
	return s, ""
}

// amountKey is the canonical text of an amount in the amount keyword field:
// the value in units, without exponent, and the currency ("1800000000 EUR").
func amountKey(value float64, currency string) string {
	return strconv.FormatFloat(value, 'f', -1, 64) + " " + currency
}

// formatAmount writes an amount the way French copy abbreviates it, exactly:
// "1,8 Md EUR", "203 M EUR", "45 k EUR", "900 EUR".
func formatAmount(value float64, currency string) string {
	unit := ""
	scaled := value
	switch a := math.Abs(value); {
	case a >= 1e9:
		unit, scaled = " Md", value/1e9
	case a >= 1e6:
		unit, scaled = " M", value/1e6
	case a >= 1e3:
		unit, scaled = " k", value/1e3
	}
	num := strings.Replace(strconv.FormatFloat(scaled, 'f', -1, 64), ".", ",", 1)
	return num + unit + " " + currency
}
