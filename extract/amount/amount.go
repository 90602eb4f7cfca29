// Package amount finds monetary amounts in French text: digits with French
// separators, numbers in words, scale words and abbreviations, currency words
// and signs, ranges, and qualifiers such as "près de".
package amount

import (
	"math"

	"github.com/veille-fr/veille"
)

// Find returns the monetary amounts of text in order of appearance. Start and
// End of each veille.Amount are byte offsets into text; Text is
// text[Start:End]. Find is safe for concurrent use.
func Find(text string) []veille.Amount {
	p := parser{text: text, toks: lex(text), lastCurrency: defaultCurrency}
	var out []veille.Amount
	for p.i < len(p.toks) {
		if t := p.toks[p.i]; t.kind == kindBreak && text[t.start] == '\n' {
			// an implied currency is the one of its paragraph, else the euro
			p.lastCurrency, p.localDollar = defaultCurrency, ""
		}
		if !p.mayStartNumber(p.toks[p.i]) {
			p.i++
			continue
		}
		if a, ok := p.amountAt(); ok {
			out = append(out, a)
			continue
		}
		p.i++
	}
	return out
}

// defaultCurrency is the currency of an amount that leaves it implied when
// its paragraph names none: the French press counts in euros.
const defaultCurrency = "EUR"

// parser walks the tokens of one text.
type parser struct {
	text         string
	toks         []token
	i            int
	lastCurrency string  // the currency last written out, for amounts that leave it implied
	lastScale    float64 // the scale of the last amount found, for "dont 3,5" after it
	// localDollar is the dollar other than the American one that the
	// paragraph has written out ("dollars canadiens"): its bare "$" are
	// those.
	localDollar string
	consumed    int  // byte offset after the last amount found
	signed      bool // a currency sign stands before the number being read
}

// part is one number with what follows it: "10", "20 M€", "1,8 milliard d'euros".
type part struct {
	raw      float64 // the number as written, before its scale
	scale    float64
	scaled   bool
	extra    float64 // the rest written in a lower scale: "200 millions" in "1 milliard 200 millions"
	value    float64
	currency string
	end      int // byte offset after the part
	next     int // token index after the part
}

func (p *parser) tok(i int) token {
	if i < 0 || i >= len(p.toks) {
		return token{kind: kindBreak}
	}
	return p.toks[i]
}

// amountAt parses an amount starting at token p.i and advances past it.
func (p *parser) amountAt() (veille.Amount, bool) {
	start := p.tok(p.i).start
	if p.modelNumber(p.i) || p.negated(p.i) || p.unitOfRatio(p.i) {
		return veille.Amount{}, false
	}
	before, beforeIdx, foreign := p.currencyBefore(p.i)
	if foreign {
		return veille.Amount{}, false
	}
	p.signed = before != ""
	first, ok := p.part(p.i)
	if !ok {
		p.signed = false
		return veille.Amount{}, false
	}
	last, ranged := first, false
	if p.changeBefore(p.i) {
		// "le prix passe de 20 à 25 euros": two amounts, not a range
		if from, ok := p.changeStart(first, true); ok {
			first, last = from, from
		}
	} else if low, high, ok := p.rangeEnd(first); ok {
		first, last, ranged = low, high, true
	} else if high, ok := p.changeStart(first, false); ok {
		first, last = high, high
	}
	p.signed = false
	if math.IsInf(first.value, 0) || math.IsInf(last.value, 0) {
		// hundreds of digit groups overflow a float: no amount to give,
		// and none in the tail of those groups either (Find steps past
		// the token before last.next)
		p.i = last.next - 1
		return veille.Amount{}, false
	}
	cur := last.currency
	if cur == "" && before != "" {
		cur, start = before, p.tok(beforeIdx).start
	}
	if cur == "" && !ranged && !last.scaled && p.ellipsisAt(p.i, last) {
		// "7 milliards d'euros, dont 3,5 apportés par les États"
		first.value, first.scale, first.scaled = first.raw*p.lastScale, p.lastScale, true
		last = first
	}
	if cur == "" {
		if !last.scaled || p.dollarPrefixAt(last.next) || !p.impliedMoney(last.next) {
			return veille.Amount{}, false
		}
		cur = p.lastCurrency
	}
	p.lastCurrency, p.lastScale = cur, last.scale
	if cur == "CAD" {
		p.localDollar = cur
	}
	a := veille.Amount{Text: p.text[start:last.end], Value: first.value, Currency: cur,
		Qualifier: p.qualifier(start)}
	if ranged {
		a.Max = last.value
	}
	a.Span = veille.Span{Start: start, End: last.end}
	p.i, p.consumed = last.next, last.end
	return a, true
}

// negated tells whether the number at token i is "un" or "une" after "pas"
// or "sans", as in "pas un euro n'a été versé": no amount.
func (p *parser) negated(i int) bool {
	t := p.tok(i)
	if t.kind != kindWord || t.word != "un" && t.word != "une" {
		return false
	}
	w := p.tok(i - 1).word
	return i > 0 && (w == "pas" || w == "sans")
}

// unitOfRatio tells whether the number at token i is the "un" of "un euro
// investi", the unit of a return or a leverage ratio ("un euro investi
// rapporte 4 euros"): no money changes hands, so it is not an amount. "Un
// euro symbolique" is a price paid and stays one.
func (p *parser) unitOfRatio(i int) bool {
	if w := p.tok(i).word; w != "un" {
		return false
	}
	if w := p.tok(i + 1).word; w != "euro" && w != "dollar" {
		return false
	}
	next := p.tok(i + 2)
	return next.kind == kindWord && ratioParticiples[next.word]
}

// mayStartNumber tells whether t can begin an amount's number.
func (p *parser) mayStartNumber(t token) bool {
	if t.kind == kindNumber {
		return true
	}
	if t.kind != kindWord {
		return false
	}
	_, ok := numberWords[t.word]
	return ok || t.word == "cent" || t.word == "mille"
}
