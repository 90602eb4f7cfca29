package amount

import (
	"strings"

	"github.com/veille-fr/veille"
)

// part parses a number at token i with its scale and its currency.
func (p *parser) part(i int) (part, bool) {
	pt := part{scale: 1}
	j, ok := p.number(i, &pt)
	if !ok {
		return pt, false
	}
	t := p.tok(j)
	if t.kind == kindPercent || t.word == "pour" && p.tok(j+1).word == "cent" {
		return pt, false
	}
	if s, ok := scaleWords[t.word]; ok && t.kind == kindWord {
		pt.scale, pt.scaled, j = s, true, j+1
		if p.tok(j).word == "et" && p.tok(j+1).word == "demi" {
			pt.raw += 0.5
			j += 2
		}
	} else if s, ok := scaleAbbrevs[t.word]; ok && t.kind == kindWord {
		if _, next, ok := p.currencyAt(j + 1); ok && next > j+1 {
			pt.scale, pt.scaled, j = s, true, j+1
		}
	}
	pt.end = p.tok(j - 1).end
	if cur, next, ok := p.currencyAt(j); ok && (pt.scaled || p.tok(j).word != "de" && p.tok(j).word != "d") {
		pt.currency, j, pt.end = cur, next, p.tok(next-1).end
	} else if next, ok := p.poundsAt(j, i); ok {
		pt.currency, j, pt.end = "GBP", next, p.tok(next-1).end
	}
	pt.value, pt.next = pt.raw*pt.scale, j
	return pt, true
}

// number reads digits or French number words at token i into pt.raw and
// returns the index of the token after them. Number words count only with a
// scale or a currency after them.
func (p *parser) number(i int, pt *part) (int, bool) {
	if t := p.tok(i); t.kind == kindNumber {
		pt.raw = t.value
		return i + 1, true
	}
	var total, cur float64
	j := i
words:
	for ; ; j++ {
		w := p.tok(j).word
		if p.tok(j).kind == kindDash && j > i && p.tok(j+1).kind == kindWord {
			continue
		}
		if p.tok(j).kind != kindWord {
			break
		}
		if v, ok := numberWords[w]; ok {
			if v == 20 && int(cur)%100 == 4 {
				cur += 76
			} else {
				cur += v
			}
			continue
		}
		switch {
		case w == "cent" || w == "cents":
			cur = max(cur, 1) * 100
		case w == "demi" && cur == 1:
			cur = 0.5
		case w == "mille" && !isScaleAfter(p.tok(j+1).word):
			total, cur = total+max(cur, 1)*1000, 0
		case w == "et" && j > i && (p.tok(j+1).word == "un" || p.tok(j+1).word == "une" || p.tok(j+1).word == "onze"):
		default:
			break words
		}
	}
	if j == i {
		return i, false
	}
	pt.raw = total + cur
	_, scale := scaleWords[p.tok(j).word]
	_, _, currency := p.currencyAt(j)
	return j, pt.raw > 0 && (scale || currency)
}

func isScaleAfter(w string) bool {
	return w == "million" || w == "millions" || w == "milliard" || w == "milliards"
}

// currencyAt reads a currency at token i, after an optional "de" or "d'".
func (p *parser) currencyAt(i int) (string, int, bool) {
	if w := p.tok(i).word; w == "de" || w == "d" {
		i++
	}
	t := p.tok(i)
	if t.kind == kindWord && (t.word == "us" || t.word == "ca" || t.word == "c") {
		if s := p.tok(i + 1); s.word == "$" && s.start == t.end {
			return map[string]string{"us": "USD", "ca": "CAD", "c": "CAD"}[t.word], i + 2, true
		}
	}
	if t.kind != kindWord && t.kind != kindSymbol {
		return "", i, false
	}
	code, ok := currencies[t.word]
	if q, found := currencyQualifiers[p.tok(i+1).word]; found && (ok || currencyNeedsQualifier[t.word]) {
		return q, i + 2, true
	}
	return code, i + 1, ok
}

// poundsAt reads "livres" without "sterling" at token j, after an optional
// "de", when the sentence of the number at token i speaks of money: "un
// investissement public de 225 millions de livres", but "25 millions de
// livres vendus".
func (p *parser) poundsAt(j, i int) (int, bool) {
	if w := p.tok(j).word; w == "de" || w == "d" {
		j++
	}
	if w := p.tok(j).word; w != "livre" && w != "livres" || !p.moneyContext(i) {
		return j, false
	}
	return j + 1, true
}

// currencyBefore reads a currency sign or code written before the number at token i.
func (p *parser) currencyBefore(i int) (string, int) {
	t := p.tok(i - 1)
	if t.start < p.consumed || i == 0 {
		return "", 0
	}
	if t.kind == kindSymbol {
		if w := p.tok(i - 2); w.kind == kindWord && w.end == t.start && i >= 2 {
			if cur, _, ok := p.currencyAt(i - 2); ok {
				return cur, i - 2
			}
		}
		return currencies[t.word], i - 1
	}
	if t.kind == kindWord && len(t.word) == 3 && p.text[t.start] <= 'Z' {
		if cur, ok := currencies[t.word]; ok {
			return cur, i - 1
		}
	}
	return "", 0
}

// rangeEnd reads "à 20 M€", "ou 40 milliards", "-140 millions" or, after
// "entre", "et 50 000 euros" after first, and returns both ends.
func (p *parser) rangeEnd(first part) (part, part, bool) {
	c := p.tok(first.next)
	isConnector := c.kind == kindDash || c.word == "à" || c.word == "ou" ||
		c.word == "et" && p.tok(p.i-1).word == "entre"
	if !isConnector {
		return first, first, false
	}
	second, ok := p.part(first.next + 1)
	if !ok || second.currency == "" && !second.scaled {
		return first, first, false
	}
	if first.currency != "" && first.currency != second.currency {
		return first, first, false
	}
	low := first
	if !low.scaled && low.raw < second.raw {
		// "entre 1,5 et 3 millions", but "entre 500 000 et 2 millions"
		low.scale, low.scaled = second.scale, second.scaled
		low.value = low.raw * low.scale
	}
	low.currency = second.currency
	if low.value >= second.value {
		return first, first, false
	}
	return low, second, true
}

// moneyContext tells whether the sentence before token i speaks of money.
func (p *parser) moneyContext(i int) bool {
	for j := i - 1; j >= 0 && p.toks[j].kind != kindBreak; j-- {
		t := p.toks[j]
		if t.kind == kindSymbol {
			return true
		}
		if t.kind != kindWord {
			continue
		}
		if _, ok := currencies[t.word]; ok && len(t.word) > 3 {
			return true
		}
		word := lower(p.text[t.start:t.end])
		for _, stem := range moneyStems {
			if strings.HasPrefix(word, stem) {
				return true
			}
		}
	}
	return false
}

// impliedMoney tells whether the scaled number at token p.i, without a
// currency and followed by token next, is money: a noun of money follows it
// ("109 milliards d'investissements"), or its sentence speaks of money or
// "pour" stands before it, and no noun of something else follows it.
func (p *parser) impliedMoney(next int) bool {
	if p.moneyFollows(next) {
		return true
	}
	return (p.moneyContext(p.i) || p.priceBefore(p.i)) && !p.countFollows(next)
}

// priceBefore tells whether "pour" stands before the number at token i,
// with at most two words of approximation between: "pour environ 2
// milliards", "pour près de 300 millions".
func (p *parser) priceBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := p.toks[j]
		if t.kind != kindWord {
			return false
		}
		switch t.word {
		case "pour":
			return true
		case "environ", "près", "pres", "de", "plus", "moins", "quelque", "presque", "seulement":
		default:
			return false
		}
	}
	return false
}

// countFollows tells whether a noun of something else than money follows an
// amount without currency, as in "40 millions d'habitants".
func (p *parser) countFollows(j int) bool {
	w := p.tok(j).word
	return (w == "de" || w == "d" || w == "des") && !p.moneyFollows(j)
}

// moneyFollows tells whether "de" and a noun of money follow an amount
// without currency, as in "109 milliards d'investissements".
func (p *parser) moneyFollows(j int) bool {
	if w := p.tok(j).word; w != "de" && w != "d" && w != "des" {
		return false
	}
	n := p.tok(j + 1)
	if n.kind != kindWord {
		return false
	}
	noun := lower(p.text[n.start:n.end])
	for _, stem := range moneyNouns {
		if strings.HasPrefix(noun, stem) {
			return true
		}
	}
	return false
}

// qualifier returns the qualifier written just before start.
func (p *parser) qualifier(start int) veille.Qualifier {
	before := strings.ToLower(p.text[max(0, start-24):start])
	before = strings.TrimRight(before, " \u00a0\u202f")
	for _, q := range qualifiers {
		if strings.HasSuffix(before, q.phrase) {
			return q.q
		}
	}
	return veille.QualifierNone
}
