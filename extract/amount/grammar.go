package amount

import (
	"math"
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
	if t.kind == kindWord && (t.word == "centime" || t.word == "centimes") {
		// "25,16 centimes d'euro", "0,3 centime de dollar"; alone, a
		// centime is a hundredth of a euro
		pt.scale, pt.scaled, pt.currency, pt.end, pt.next = 0.01, true, "EUR", t.end, j+1
		if cur, next, ok := p.currencyAt(j + 1); ok {
			pt.currency, pt.end, pt.next = cur, p.tok(next-1).end, next
		}
		pt.value = pt.raw * pt.scale
		return pt, true
	}
	if sc, ok := scaledCurrencies[t.word]; ok && t.kind == kindWord {
		// "45 MEUR", "850 KEUR"
		pt.scale, pt.scaled, pt.currency, pt.end, pt.next = sc.scale, true, sc.code, t.end, j+1
		pt.value = pt.raw * pt.scale
		return pt, true
	}
	if s, ok := scaleWords[t.word]; ok && t.kind == kindWord {
		pt.scale, pt.scaled, j = s, true, j+1
		if s2, ok := scaleWords[p.tok(j).word]; ok && s == 1e3 && s2 >= 1e6 {
			// "10 mille milliards"
			pt.scale, j = s*s2, j+1
		}
		if p.tok(j).word == "et" && p.tok(j+1).word == "demi" {
			pt.raw += 0.5
			j += 2
		} else {
			pt.extra, j = p.lowerScale(j, pt.scale)
		}
	} else if s, ok := scaleAbbrevs[t.word]; ok && t.kind == kindWord {
		if _, next, ok := p.currencyAt(j + 1); ok && next > j+1 || p.signed && t.word != "g" {
			// "50 M€", or "$640 mn" after a sign
			pt.scale, pt.scaled, j = s, true, j+1
		}
	}
	if p.tok(i).comma3 && !pt.scaled {
		// "1,500 dollars" may be 1.5 or, written the English way, 1 500
		return pt, false
	}
	pt.end = p.tok(j - 1).end
	if cur, next, ok := p.currencyAt(j); ok && (pt.scaled || pt.raw >= 1e6 || p.tok(j).word != "de" && p.tok(j).word != "d") {
		// "20 millions d'euros", "1 000 000 de dollars", but not "3 d'euros"
		pt.currency, j, pt.end = cur, next, p.tok(next-1).end
	} else if next, ok := p.poundsAt(j, i); ok {
		pt.currency, j, pt.end = "GBP", next, p.tok(next-1).end
	}
	if pt.currency != "" && !pt.scaled {
		j, pt.end = p.centsAfter(j, &pt)
	}
	pt.value, pt.next = pt.raw*pt.scale+pt.extra, j
	return pt, true
}

// centsAfter reads at token j the cents written after a whole amount, "1
// euro 50 centimes" or "3 euros et 20 centimes", adds them to pt and returns
// the token index and byte offset after them.
func (p *parser) centsAfter(j int, pt *part) (int, int) {
	k := j
	if p.tok(k).word == "et" {
		k++
	}
	n, c := p.tok(k), p.tok(k+1).word
	if n.kind != kindNumber || n.value >= 100 || c != "centime" && c != "centimes" {
		return j, pt.end
	}
	pt.extra += n.value / 100
	return k + 2, p.tok(k + 1).end
}

// lowerScale reads at token j the rest of a number written in two scales,
// "1 milliard 200 millions" or "1 million 500 000 euros", where scale is
// the first one. It returns the value of the rest and the token after it,
// or zero and j when there is none.
func (p *parser) lowerScale(j int, scale float64) (float64, int) {
	t := p.tok(j)
	if t.kind != kindNumber || t.value <= 0 {
		return 0, j
	}
	if s, ok := scaleWords[p.tok(j+1).word]; ok {
		if s < scale && t.value*s < scale {
			return t.value * s, j + 2
		}
		return 0, j
	}
	if _, _, ok := p.currencyAt(j + 1); ok && t.value < scale && p.tok(j+1).word != "de" && p.tok(j+1).word != "d" {
		return t.value, j + 1
	}
	return 0, j
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
		case w == "mille":
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
	return j, pt.raw > 0 && (scale || currency || p.connectorAt(j) && p.wordsAt(j+1))
}

// wordsAt tells whether token j begins a number written in words, as the
// high end of "entre quinze et vingt millions".
func (p *parser) wordsAt(j int) bool {
	t := p.tok(j)
	_, ok := numberWords[t.word]
	return t.kind == kindWord && (ok || t.word == "cent" || t.word == "mille")
}

// connectorAt tells whether token j joins two ends of a range: "à", "ou",
// a dash, or "et" after "entre" before the number at p.i.
func (p *parser) connectorAt(j int) bool {
	c := p.tok(j)
	return c.kind == kindDash || c.word == "à" || c.word == "ou" ||
		c.word == "et" && p.tok(p.i-1).word == "entre"
}

// currencyAt reads a currency at token i, after an optional "de" or "d'".
func (p *parser) currencyAt(i int) (string, int, bool) {
	if w := p.tok(i).word; w == "de" || w == "d" {
		i++
	}
	t := p.tok(i)
	if p.dollarPrefixAt(i) {
		code, ok := dollarPrefixes[t.word]
		return code, i + 2, ok
	}
	if t.kind != kindWord && t.kind != kindSymbol {
		return "", i, false
	}
	code, ok := currencies[t.word]
	if !ok && !currencyNeedsQualifier[t.word] {
		return "", i, false
	}
	if q, next, found := p.currencyQualifierAt(i+1, code); found {
		return q, next, true
	}
	if code, found := p.countryCurrency(t.word, i); found {
		return code, i + 1, true // "le gouvernement marocain a inscrit 1,1 milliard de dirhams"
	}
	if code == "USD" && p.localDollar != "" && (t.word == "$" || t.word == "dollar" || t.word == "dollars") {
		return p.localDollar, i + 1, true // "124,5 millions de dollars canadiens […] 1,2 milliard $"
	}
	if ok && (code == "USD" || code == "INR") && t.kind == kindWord && p.foreignAdjectiveAt(i+1) {
		// "dollars jamaïcains", "roupies népalaises": another country's
		// money, whose code is not known
		return "", i, false
	}
	return code, i + 1, ok
}

// dollarPrefixAt tells whether token i is letters written against a dollar
// sign, as in "US$" or "HK$".
func (p *parser) dollarPrefixAt(i int) bool {
	t, s := p.tok(i), p.tok(i+1)
	return t.kind == kindWord && s.kind == kindSymbol && s.word == "$" && s.start == t.end
}

// currencyQualifierAt reads at token i the words that refine a currency
// word of ISO code code: "canadiens", "néo-zélandais", "de Hong Kong".
func (p *parser) currencyQualifierAt(i int, code string) (string, int, bool) {
	t := p.tok(i)
	if t.kind != kindWord {
		return "", i, false
	}
	if q, ok := currencyQualifiers[t.word]; ok {
		return q, i + 1, true
	}
	if t.word == "au" && p.text[t.start:t.end] == "AU" && code == "USD" {
		return "AUD", i + 1, true // "70 M$ AU", but not "70 M$ au total"
	}
	if t.word == "néo" && p.tok(i+1).kind == kindDash && strings.HasPrefix(p.tok(i+2).word, "zélandais") {
		return "NZD", i + 3, true
	}
	if t.word == "de" && code == "USD" {
		if q, ok := currencyPlaces[p.tok(i+1).word]; ok {
			if p.tok(i+1).word == "hong" && p.tok(i+2).word == "kong" {
				return q, i + 3, true
			}
			return q, i + 2, true
		}
	}
	return "", i, false
}

// foreignAdjectiveAt tells whether token i looks like an adjective of
// nationality that no table knows ("jamaïcains", "namibiens"), which makes
// the dollar before it another country's.
func (p *parser) foreignAdjectiveAt(i int) bool {
	t := p.tok(i)
	if t.kind != kindWord || len(t.word) < 7 {
		return false
	}
	for _, suffix := range []string{"ais", "aise", "aises", "ien", "iens", "ienne", "iennes",
		"ain", "ains", "aine", "aines", "éen", "éens", "éenne", "éennes"} {
		if strings.HasSuffix(t.word, suffix) {
			return true
		}
	}
	return false
}

// poundsAt reads "livres" without "sterling" at token j, after an optional
// "de", when the sentence of the number at token i speaks of money: "un
// investissement public de 225 millions de livres", but "25 millions de
// livres vendus".
func (p *parser) poundsAt(j, i int) (int, bool) {
	if w := p.tok(j).word; w == "de" || w == "d" {
		j++
	}
	if w := p.tok(j).word; w != "livre" && w != "livres" || !p.moneyContext(i) && !p.britishContext(i) && !p.moneyFollows(j+1) {
		// "100 millions de livres de financement public" is money too
		return j, false
	}
	if next := p.tok(j + 1); next.kind == kindWord && bookWords[lower(p.text[next.start:next.end])] || p.bookContext(i) {
		// "80 000 livres anciens", "le romancier britannique a vendu 25
		// millions de livres"
		return j, false
	}
	return j + 1, true
}

// bookContext tells whether the sentence of the number at token i speaks
// of books or their trade, where "livres" are books whatever the country.
func (p *parser) bookContext(i int) bool {
	from := i
	for from > 0 && p.toks[from-1].kind != kindBreak {
		from--
	}
	for j := from; j < len(p.toks) && p.toks[j].kind != kindBreak; j++ {
		t := p.toks[j]
		if t.kind != kindWord {
			continue
		}
		word := lower(p.text[t.start:t.end])
		if hasStem(word, bookStems) {
			return true
		}
	}
	return false
}

// britishContext tells whether the sentence of the number at token i, or
// the sentence before it, names the United Kingdom or one of its leaders:
// "Rishi Sunak a annoncé 80 millions de livres" speaks of pounds.
func (p *parser) britishContext(i int) bool {
	return p.nearWords(i, britishWords)
}

// countryCurrency returns the currency a word that several countries use
// ("dirhams") names at token i: that of the one country whose words are
// near, none if no country's or several countries' are.
func (p *parser) countryCurrency(word string, i int) (string, bool) {
	code := ""
	for _, c := range countryCurrencies[word] {
		if p.nearWords(i, c.words) {
			if code != "" {
				return "", false
			}
			code = c.code
		}
	}
	return code, code != ""
}

// nearWords tells whether the sentence of token i, or the sentence before
// it in the same paragraph, holds one of words (lower-cased).
func (p *parser) nearWords(i int, words map[string]bool) bool {
	breaks := 0
	for j := i - 1; j >= 0 && breaks < 2; j-- {
		t := p.toks[j]
		if t.kind == kindBreak {
			if p.text[t.start] == '\n' {
				break
			}
			breaks++
			continue
		}
		if t.kind == kindWord && words[lower(p.text[t.start:t.end])] {
			return true
		}
	}
	for j := i + 1; j < len(p.toks) && p.toks[j].kind != kindBreak; j++ {
		if t := p.toks[j]; t.kind == kindWord && words[lower(p.text[t.start:t.end])] {
			return true
		}
	}
	return false
}

// currencyBefore reads a currency sign or code written before the number at
// token i. foreign is true when the sign names a currency no table knows,
// as "Z$": the amount is then left out rather than given a wrong currency.
func (p *parser) currencyBefore(i int) (cur string, at int, foreign bool) {
	t := p.tok(i - 1)
	if t.start < p.consumed || i == 0 {
		return "", 0, false
	}
	if t.kind == kindSymbol {
		if i >= 2 && p.dollarPrefixAt(i-2) {
			cur, ok := dollarPrefixes[p.tok(i-2).word]
			return cur, i - 2, !ok
		}
		return currencies[t.word], i - 1, false
	}
	if t.kind == kindWord && len(t.word) == 3 && p.text[t.start] <= 'Z' {
		if cur, ok := currencies[t.word]; ok {
			return cur, i - 1, false
		}
	}
	return "", 0, false
}

// rangeEnd reads "à 20 M€", "ou 40 milliards", "-140 millions" or, after
// "entre", "et 50 000 euros" after first, and returns both ends.
func (p *parser) rangeEnd(first part) (part, part, bool) {
	if !p.connectorAt(first.next) {
		return first, first, false
	}
	if first.currency != "" && p.tok(first.next).word == "à" {
		if w := p.tok(p.i - 1).word; w != "de" && w != "d" && w != "entre" {
			// "le titre a gagné 3,20 € à 45,80 €": a change and where it
			// led, but "de 10 € à 20 €" is a range
			return first, first, false
		}
	}
	second, ok := p.part(first.next + 1)
	if !ok || second.currency == "" && !second.scaled {
		return first, first, false
	}
	if first.currency != "" && first.currency != second.currency {
		return first, first, false
	}
	if first.currency == "" && !first.scaled && p.afterName(p.i) {
		// "Gemini 2 à 30 dollars", "Top 500 à 20 millions"
		return first, first, false
	}
	low := first
	if !low.scaled && low.raw < second.raw {
		// "entre 1,5 et 3 millions", but "entre 500 000 et 2 millions"
		low.scale, low.scaled = second.scale, second.scaled
		low.value = low.raw * low.scale
	}
	low.currency = second.currency
	if low.value >= second.value || second.value > maxRangeRatio*low.value {
		// "le budget 2025 à 3 milliards" is a year, not the low end
		return first, first, false
	}
	return low, second, true
}

// changeStart reads the first number of a change, "de 40 à 38 euros" or,
// after a verb of change, "passe de 20 à 25 euros", and returns it in the
// second number's scale and currency, to be read as an amount of its own.
// Without a verb of change, only a first number higher than the second
// starts a change (a lower one starts a range).
func (p *parser) changeStart(first part, rising bool) (part, bool) {
	if first.currency != "" || !p.connectorAt(first.next) {
		return first, false
	}
	second, ok := p.part(first.next + 1)
	if !ok || second.currency == "" {
		return first, false
	}
	if !first.scaled && p.afterName(p.i) {
		return first, false
	}
	from := first
	if !from.scaled {
		from.scale, from.scaled = second.scale, second.scaled
		from.value = from.raw * from.scale
	}
	switch {
	case from.value > second.value:
		if from.value > maxFallRatio*second.value {
			// "de 2025 à 3 millions" starts with a year, not a higher amount
			return first, false
		}
	case !rising || from.value == second.value || second.value > maxRangeRatio*from.value:
		return first, false
	}
	from.currency = second.currency
	return from, true
}

// changeBefore tells whether the number at token i follows a verb of change
// and "de": "passe de", "a été porté de", "recule de".
func (p *parser) changeBefore(i int) bool {
	if w := p.tok(i - 1).word; w != "de" && w != "d" {
		return false
	}
	verb := p.tok(i - 2)
	return verb.kind == kindWord && (hasStem(verb.word, changeStems) || changeWords[verb.word])
}

// maxFallRatio is the largest ratio between the first and the second number
// of a change such as "de 40 à 38 euros".
const maxFallRatio = 10

// maxRangeRatio is the largest ratio between the ends of a range; above it,
// the first number is something else than the low end.
const maxRangeRatio = 1000

// afterName tells whether the number at token i follows a capitalised word
// that is no function word, as the version in "Llama 3" or "Top 500", or a
// noun that numbers things, as in "la version 3".
func (p *parser) afterName(i int) bool {
	t := p.tok(i - 1)
	if t.kind != kindWord || i < 1 || functionWords[t.word] {
		return false
	}
	if labelNouns[t.word] {
		return true
	}
	r := p.text[t.start]
	return r >= 'A' && r <= 'Z' || strings.HasPrefix(p.text[t.start:], "É")
}

// modelNumber tells whether the number at token i is glued to the letters
// of a name, as in "H100" or "GPT-4", or to the digits of a number written
// the English way, as "000" in "1,500,000": it is no amount.
func (p *parser) modelNumber(i int) bool {
	t, n := p.tok(i-1), p.tok(i)
	if i < 1 || t.end != n.start {
		return false
	}
	if t.kind == kindWord {
		return true
	}
	w := p.tok(i - 2)
	if i < 2 || w.end != t.start {
		return false
	}
	sep := p.text[t.start]
	return t.kind == kindDash && w.kind == kindWord || (sep == ',' || sep == '.') && w.kind == kindNumber
}

// moneyContext tells whether the sentence before token i speaks of money.
func (p *parser) moneyContext(i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := p.toks[j]
		if t.kind == kindBreak && p.text[t.start] != ';' {
			// a semicolon joins two clauses of one sentence
			break
		}
		if t.kind == kindSymbol || t.end <= p.consumed {
			// a sign, or an amount found earlier in the sentence
			return true
		}
		if t.kind != kindWord {
			continue
		}
		if _, ok := currencies[t.word]; ok && len(t.word) > 3 {
			return true
		}
		word := lower(p.text[t.start:t.end])
		if hasStem(word, moneyStems) {
			return true
		}
	}
	return false
}

// impliedMoney tells whether the scaled number at token p.i, without a
// currency and followed by token next, is money: a noun of money follows it
// ("109 milliards d'investissements"), or its sentence speaks of money or
// "pour" stands before it, and no noun of something else follows it.
func (p *parser) impliedMoney(next int) bool {
	if p.moneyFollows(next) || p.moneyParticipleAt(next) {
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
		case "pour", "moyennant", "hauteur":
			// "pour 2 milliards", "moyennant 2 millions", "à hauteur de 50 millions"
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
	w, after := p.tok(j).word, p.tok(j+1).word
	if after == "plus" || after == "moins" || after == "ici" || after == "la" || after == "l" {
		// "300 millions de plus", "2 milliards d'ici 2030", "500 millions de la Commission"
		return false
	}
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
	return hasStem(noun, moneyNouns)
}

// moneyParticipleAt tells whether token j is the participle of a verb of
// money, as in "les 109 milliards annoncés" or "3,5 apportés par l'État".
func (p *parser) moneyParticipleAt(j int) bool {
	t := p.tok(j)
	if t.kind != kindWord || !hasStem(t.word, moneyParticiples) {
		return false
	}
	for _, ending := range []string{"é", "és", "ée", "ées", "is", "ise", "ises"} {
		if strings.HasSuffix(t.word, ending) {
			return true
		}
	}
	return false
}

// ellipsisAt tells whether the number at token i, without scale or
// currency, leaves out those of the amount found before it in the sentence:
// after "dont" or "soit", with decimals or before a participle of money,
// "7 milliards d'euros, dont 3,5 apportés par les États".
func (p *parser) ellipsisAt(i int, pt part) bool {
	if w := p.tok(i - 1).word; w != "dont" && w != "soit" || p.lastScale <= 1 || p.consumed == 0 {
		return false
	}
	for j := i - 1; j >= 0 && p.toks[j].end > p.consumed; j-- {
		if p.toks[j].kind == kindBreak {
			return false // the amount before is in another sentence
		}
	}
	return pt.raw != math.Trunc(pt.raw) || p.moneyParticipleAt(pt.next)
}

// qualifier returns the qualifier written just before start.
func (p *parser) qualifier(start int) veille.Qualifier {
	before := strings.ToLower(p.text[max(0, start-24):start])
	before = strings.TrimRight(strings.ReplaceAll(before, "’", "'"), " \u00a0\u202f")
	if strings.HasSuffix(before, "d'") {
		// "près d'un milliard" reads as "près de"
		before = before[:len(before)-2] + "de"
	}
	for _, q := range qualifiers {
		if strings.HasSuffix(before, q.phrase) {
			return q.q
		}
	}
	// "dépasse les 3 milliards", "franchit la barre des 10 milliards",
	// "passé sous la barre des 2 dollars", "dépasse rarement 500 000 euros"
	for _, mark := range thresholdWords {
		before = strings.TrimSuffix(before, mark)
	}
	words := strings.Fields(before)
	if n := len(words); n > 1 && strings.HasSuffix(words[n-1], "ment") {
		words = words[:n-1]
	}
	if len(words) == 0 {
		return veille.QualifierNone
	}
	switch last := words[len(words)-1]; {
	case hasStem(last, approachStems):
		return veille.QualifierAbout
	case hasStem(last, exceedStems):
		return veille.QualifierOver
	case last == "sous":
		return veille.QualifierUnder
	}
	return veille.QualifierNone
}

// thresholdWords are the words between a verb of comparison and the amount
// it compares with, taken off in this order: "la barre des", "les".
var thresholdWords = []string{" la barre des", " la barre de", " le cap des", " le cap de",
	" le seuil des", " le seuil de", " les", " le"}

// hasStem tells whether word starts with one of stems.
func hasStem(word string, stems []string) bool {
	for _, stem := range stems {
		if strings.HasPrefix(word, stem) {
			return true
		}
	}
	return false
}
