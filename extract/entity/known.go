package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The states of a span.
const (
	rejected = iota
	pending  // a listed name that needs a cue and has none yet
	accepted
)

// span is a candidate mention: tokens [s, e) of the document.
type span struct {
	s, e  int
	state int8
	kind  Kind
	entry int32 // -1 for a name that is in no list
	name  string
	forms []int32 // candidate forms of a pending span
}

// doc is the scratch space of one call to Recognize.
type doc struct {
	r       *Recognizer
	tz      tokenizer
	text    [2]string
	first   [2]int  // index of the first token of each field
	end     [2]int  // index of the sentinel token that ends each field
	cover   []int32 // token -> 1 + index of the accepted span covering it, or 0
	spans   []span
	seen    map[int32]bool // entries accepted somewhere in the document
	formsOf map[int32]bool // entries whose document forms are made
	forms   []docForm
	things  map[string]bool // folded names of things named after their noun: "le tokamak WEST"
	// acronyms holds the folded words written in capitals in the document,
	// gathered on first use when acronymsRead is false.
	acronyms     map[string]bool
	acronymsRead bool
}

// machineWindow is how many words around a name a machine cue may be.
const machineWindow = 8

// release drops the references to the fields, so that a pooled doc does not
// keep the last article alive.
func (d *doc) release() {
	d.text = [2]string{}
	clear(d.spans)
	clear(d.forms)
}

// reset prepares d for a new title and text: tokens, and empty spans.
func (d *doc) reset(title, text string) {
	d.tz.buf = d.tz.buf[:0]
	d.tz.toks = d.tz.toks[:0]
	d.spans = d.spans[:0]
	d.forms = d.forms[:0]
	if d.seen == nil {
		d.seen, d.formsOf = map[int32]bool{}, map[int32]bool{}
	}
	clear(d.seen)
	clear(d.formsOf)
	d.acronymsRead = false
	d.text = [2]string{title, text}
	for f, t := range d.text {
		d.first[f] = d.tz.run(t, d.r.vocab)
		d.end[f] = len(d.tz.toks) - 1
		if d.first[f] < d.end[f] {
			d.tz.toks[d.first[f]].gap |= gPara
		}
	}
	n := len(d.tz.toks)
	if cap(d.cover) < n {
		d.cover = make([]int32, n)
	}
	d.cover = d.cover[:n]
	clear(d.cover)
}

// fieldOf returns 0 when token i is in the title, 1 when it is in the text.
func (d *doc) fieldOf(i int) int {
	if i >= d.first[1] {
		return 1
	}
	return 0
}

// bounds returns the token range [first, end) of the field of token i.
func (d *doc) bounds(i int) (first, end int) {
	f := d.fieldOf(i)
	return d.first[f], d.end[f]
}

// role returns the roles of token i in the cue rules.
func (d *doc) role(i int) role {
	if id := d.tz.toks[i].id; id >= 0 {
		return d.r.roles[id]
	}
	return 0
}

// is reports whether token i folds to w.
func (d *doc) is(i int, w string) bool {
	t := d.tz.toks[i]
	return string(d.tz.buf[t.fstart:t.fend]) == w
}

// folded returns the folded form of token i.
func (d *doc) folded(i int) []byte {
	t := d.tz.toks[i]
	return d.tz.buf[t.fstart:t.fend]
}

// glued reports whether tokens i-1 and i are separated by spaces, a hyphen
// or an elision only.
func (d *doc) glued(i int) bool {
	return d.tz.toks[i].gap&gBreak == 0
}

// accept records sp as accepted and covers its tokens.
func (d *doc) accept(sp span) {
	sp.state = accepted
	d.spans = append(d.spans, sp)
	for i := sp.s; i < sp.e; i++ {
		d.cover[i] = int32(len(d.spans))
	}
	if sp.entry >= 0 {
		d.seen[sp.entry] = true
	}
}

// free reports whether tokens [s, e) are covered by no accepted span.
func (d *doc) free(s, e int) bool {
	for i := s; i < e; i++ {
		if d.cover[i] != 0 {
			return false
		}
	}
	return true
}

// terminal is a listed form ending at token end.
type terminal struct {
	end  int
	node int32
}

// findKnown walks the trie at every word of both fields and keeps, at each
// word, the longest listed name whose capitalisation fits.
func (d *doc) findKnown() {
	toks := d.tz.toks
	for f := range 2 {
		for i := d.first[f]; i < d.end[f]; {
			if toks[i].id < 0 {
				i++
				continue
			}
			found, n := d.walk(i, d.end[f])
			// the longest accepted form, else the longest pending one
			next := i + 1
			var wait span
			for j := n - 1; j >= 0; j-- {
				sp, ok := d.evaluate(i, found[j])
				if ok && sp.state == accepted {
					d.accept(sp)
					next, wait.state = sp.e, rejected
					break
				}
				if ok && wait.state != pending {
					wait = sp
				}
			}
			if wait.state == pending {
				d.spans = append(d.spans, wait)
				next = wait.e
			}
			i = next
		}
	}
}

// walk follows the trie from token i and returns the nodes where listed
// forms end, shortest first (the eight longest when there are more).
func (d *doc) walk(i, end int) (found [8]terminal, n int) {
	toks := d.tz.toks
	node := int32(0)
	for k := i; k < end; k++ {
		id := toks[k].id
		if id < 0 || k > i && toks[k].gap&gPara != 0 {
			break
		}
		child, ok := d.r.next[edge(node, id, k > i && toks[k].gap&gBreak != 0)]
		if !ok {
			break
		}
		node = child
		if len(d.r.terms[node]) > 0 {
			if n == len(found) {
				copy(found[:], found[1:])
				n--
			}
			found[n] = terminal{end: k + 1, node: node}
			n++
		}
	}
	return found, n
}

// evaluate decides on the listed forms ending at t that start at token s.
func (d *doc) evaluate(s int, t terminal) (span, bool) {
	fits, n := d.candidates(s, t)
	if n == 0 || d.compound(t.end) || d.extendedLower(s, t.end) || d.affiliation(s, t.end) || d.named(s) || d.suffixedAfter(t.end) || d.antonomasia(s, t.end) {
		return span{}, false
	}
	sp := span{s: s, e: t.end, entry: -1}
	sp.e = d.legalFormsAfter(t.end) // the legal form belongs to the name: "Nscale Ltd", "SAP SE"
	var orgCue, machineCue int
	gatedSeen := false
	for _, fi := range fits[:n] {
		gatedSeen = gatedSeen || d.r.forms[fi].gated
	}
	if gatedSeen {
		orgCue, machineCue = d.orgCue(s, t.end), d.machineCue(s, t.end)
	}
	var want Kind
	switch {
	case orgCue > 0 && (machineCue == 0 || orgCue <= machineCue):
		want = Organisation
	case machineCue > 0:
		want = Machine
	}
	// A form of the kind the nearest cue asks for, else an ungated form.
	pick := int32(-1)
	for _, fi := range fits[:n] {
		fm := &d.r.forms[fi]
		if want != 0 && d.r.entries[fm.entry].kind == want {
			pick = fi
			break
		}
	}
	if pick < 0 {
		for _, fi := range fits[:n] {
			if !d.r.forms[fi].gated {
				pick = fi
				break
			}
		}
	}
	if pick >= 0 {
		d.setEntry(&sp, d.r.forms[pick].entry)
		sp.state = accepted
		return sp, true
	}
	sp.state = pending
	sp.forms = append([]int32(nil), fits[:n]...)
	return sp, true
}

// candidates returns the forms ending at t whose writing fits tokens [s,
// t.end), without the forms that need a cue when the words are part of a
// longer name.
func (d *doc) candidates(s int, t terminal) (fits [8]int32, n int) {
	longer := -1 // whether the words belong to a longer capitalised name, once known
	for _, fi := range d.r.terms[t.node] {
		fm := &d.r.forms[fi]
		if n == len(fits) || !d.fits(s, t.end, fm) {
			continue
		}
		if fm.town && d.afterA(s) {
			continue // "Dawn à Cambridge": the town, not its university
		}
		if fm.gated {
			if longer < 0 {
				longer = 0
				if d.inLongerName(s, t.end) {
					longer = 1
				}
			}
			if longer == 1 {
				continue
			}
		}
		if fm.common && !fm.gated && d.beforeCapital(t.end) {
			continue // a common word listed with its capitals: "Free Syrian Army" is not Free
		}
		fits[n] = fi
		n++
	}
	return fits, n
}

// afterA reports whether token s follows the preposition "à".
func (d *doc) afterA(s int) bool {
	first, _ := d.bounds(s)
	if s == first || !d.glued(s) {
		return false
	}
	t := d.tz.toks[s-1]
	w := d.text[d.fieldOf(s-1)][t.start:t.end]
	return w == "à" || w == "À"
}

// setEntry names sp after list entry e.
func (d *doc) setEntry(sp *span, e int32) {
	sp.entry = e
	sp.name = d.r.entries[e].name
	sp.kind = d.r.entries[e].kind
}

// fits reports whether tokens [s, e) are written as form fm requires.
func (d *doc) fits(s, e int, fm *form) bool {
	if len(fm.raw) != e-s {
		return false
	}
	if fm.initial && d.tz.toks[s].flags&fUpper == 0 {
		return false
	}
	if !fm.exact {
		return true
	}
	if d.shouted(s, e) {
		return true
	}
	for k, raw := range fm.raw {
		t := d.tz.toks[s+k]
		w := d.text[d.fieldOf(s)][t.start:t.end]
		if !sameCase(w, raw) && !(fm.titled && isTitleCase(w)) {
			return false
		}
	}
	return true
}

// shouted reports whether tokens [s, e) and the words around them are all in
// capitals, as in a title set in capitals ("MISTRAL AI LÈVE 1,7 MILLIARD"):
// the listed capitalisation cannot be checked there.
func (d *doc) shouted(s, e int) bool {
	first, end := d.bounds(s)
	words := 0
	for i := max(first, s-1); i < min(end, e+1); i++ {
		f := d.tz.toks[i].flags
		if f&fLetter == 0 {
			continue
		}
		if f&fAllUpper == 0 {
			return false
		}
		if i < s || i >= e {
			words++
		}
	}
	return words > 0
}

// isTitleCase reports whether w has a capital first letter and no other.
func isTitleCase(w string) bool {
	for i, r := range w {
		if i == 0 != unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// sameCase reports whether two words that fold alike have their capitals at
// the same letters.
func sameCase(a, b string) bool {
	if utf8.RuneCountInString(a) != utf8.RuneCountInString(b) {
		ra, _ := utf8.DecodeRuneInString(a)
		rb, _ := utf8.DecodeRuneInString(b)
		return unicode.IsUpper(ra) == unicode.IsUpper(rb)
	}
	for len(a) > 0 {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if unicode.IsUpper(ra) != unicode.IsUpper(rb) || unicode.IsLower(ra) != unicode.IsLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return true
}

// settlePending accepts the pending spans that are listed with an accepted
// name of their kind ("Meta et Google DeepMind"), that are machines placed by
// their site, country or operator ("Vega, en Slovénie"), or whose entry is
// accepted elsewhere in the document, until nothing changes; the rest are
// dropped. What surrounds the mention comes first: in "LUMI, Leonardo et
// MareNostrum 5" Leonardo is the machine even when the company Leonardo is
// named elsewhere in the article.
func (d *doc) settlePending() {
	for changed := true; changed; {
		changed = false
		for i := range d.spans {
			sp := &d.spans[i]
			if sp.state != pending || !d.free(sp.s, sp.e) {
				continue
			}
			e := d.settledEntry(sp)
			if e < 0 {
				continue
			}
			d.setEntry(sp, e)
			sp.state = accepted
			for k := sp.s; k < sp.e; k++ {
				d.cover[k] = int32(i + 1)
			}
			d.seen[e] = true
			changed = true
		}
	}
}

// settledEntry returns the entry a pending span takes: the first of its
// candidates that the words around it confirm, else the first accepted
// elsewhere in the document, else -1.
func (d *doc) settledEntry(sp *span) int32 {
	for _, fi := range sp.forms {
		e := d.r.forms[fi].entry
		if d.listedWith(sp.s, sp.e, d.r.entries[e].kind) || d.placed(sp.s, sp.e, e) || d.operatorInParagraph(sp.s, sp.e, e) {
			return e
		}
	}
	for _, fi := range sp.forms {
		if e := d.r.forms[fi].entry; d.seen[e] || d.subsidiarySeen(e) {
			return e
		}
	}
	return -1
}

// subsidiarySeen reports whether an organisation accepted in the document
// is named after list entry e and more words, as a subsidiary is after its
// group: "Vinci Construction" says that "Vinci" is the group.
func (d *doc) subsidiarySeen(e int32) bool {
	ent := &d.r.entries[e]
	if ent.kind != Organisation {
		return false
	}
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.state == accepted && sp.kind == Organisation && sp.entry != e &&
			len(sp.name) > len(ent.name)+1 && sp.name[len(ent.name)] == ' ' && strings.HasPrefix(sp.name, ent.name) {
			return true
		}
	}
	return false
}

// operatorInParagraph reports whether a pending machine with no organisation
// cue has one of its listed operators named in the same paragraph, and
// another machine of that operator or of the same site accepted there too: in
// "Cyfronet exploite Helios … Elle côtoie Athena, plus ancienne", Athena is
// Cyfronet's other machine.
func (d *doc) operatorInParagraph(s, end int, e int32) bool {
	ent := &d.r.entries[e]
	if ent.kind != Machine || len(ent.operators) == 0 || d.orgCue(s, end) != 0 {
		return false
	}
	first, last := d.bounds(s)
	lo, hi := s, end
	for lo > first && s-lo < paragraphWindow && d.tz.toks[lo].gap&gPara == 0 {
		lo--
	}
	for hi < last && hi-end < paragraphWindow && d.tz.toks[hi].gap&gPara == 0 {
		hi++
	}
	operator, sibling := false, false
	for k := lo; k < hi; k++ {
		c := d.cover[k]
		if c == 0 || k >= s && k < end {
			continue
		}
		sp := &d.spans[c-1]
		if sp.state != accepted {
			continue
		}
		for _, op := range ent.operators {
			if sp.entry == op {
				operator = true
			}
			if sp.kind == Machine && sp.entry >= 0 && sp.entry != e && slices.Contains(d.r.entries[sp.entry].operators, op) {
				sibling = true
			}
		}
		if sp.kind == Machine && sp.entry >= 0 && sp.entry != e && len(ent.site) > 0 && slices.Equal(d.r.entries[sp.entry].site, ent.site) {
			sibling = true // a machine of the same site: "tournent sur Joliot-Curie et préparent l'arrivée d'Alice Recoque"
		}
	}
	return operator && sibling
}

// paragraphWindow is how many tokens operatorInParagraph looks at on each side
// of a machine's name within its paragraph.
const paragraphWindow = 150

// placed reports whether a pending machine has no organisation cue and is
// placed by its site, country or operator in the same sentence.
func (d *doc) placed(s, end int, e int32) bool {
	return d.r.entries[e].kind == Machine && d.orgCue(s, end) == 0 && d.located(s, end, e)
}

// listedWith reports whether tokens [s, e) are next to an accepted name of
// the given kind in a list: "X et Y", "X, Y", "X ou Y", also with a
// preposition before each name: "d'El Capitan, de Frontier et d'Aurora",
// and an article: "de Tsinghua et de l'université de Pékin".
func (d *doc) listedWith(s, e int, kind Kind) bool {
	first, end := d.bounds(s)
	if s-1 > first && d.glued(s) && d.preposition(s-1) {
		s-- // "…, de X": the list goes on before the preposition
	}
	isOrg := func(i int) bool {
		if i < first || i >= end || d.cover[i] == 0 {
			return false
		}
		return d.spans[d.cover[i]-1].kind == kind
	}
	toks := d.tz.toks
	// after: "X, Y", "X et Y", "X, et Y", "X, de Y", "X et d'Y"
	if e < end {
		g := toks[e].gap
		switch {
		case g&^gComma == 0 && g&gComma != 0 && isOrg(e):
			return true
		case g&^gComma == 0 && g&gComma != 0 && d.preposition(e) && d.glued(e+1) && isOrg(e+1):
			return true
		case g&gBreak&^gComma == 0 && d.role(e)&roleCoord != 0 && d.glued(e+1) && isOrg(e+1):
			return true
		case g&gBreak&^gComma == 0 && d.role(e)&roleCoord != 0 && d.glued(e+1) && d.preposition(e+1) && d.glued(e+2) && isOrg(e+2):
			return true
		case g&gBreak&^gComma == 0 && d.role(e)&roleCoord != 0 && d.glued(e+1) && d.preposition(e+1) && d.glued(e+2) &&
			(d.is(e+2, "la") || d.is(e+2, "l") || d.is(e+2, "le")) && d.glued(e+3) && isOrg(e+3):
			return true // "de Tsinghua et de l'université de Pékin"
		}
	}
	// before: "Y, X", "Y et X"
	if s-1 >= first {
		g := toks[s].gap
		switch {
		case g&^gComma == 0 && g&gComma != 0 && isOrg(s-1):
			return true
		case d.glued(s) && d.role(s-1)&roleCoord != 0 && toks[s-1].gap&gBreak&^gComma == 0 && isOrg(s-2):
			return true
		}
	}
	return false
}

// preposition reports whether token i is "de", "du", "d'", "à" or "au",
// which a list may repeat before each of its names.
func (d *doc) preposition(i int) bool {
	return d.is(i, "de") || d.is(i, "du") || d.is(i, "d") || d.is(i, "a") || d.is(i, "au")
}

// notName are the roles of words that do not continue a name.
const notName = roleDet | roleLink | roleCoord | roleAux | roleVerb | roleMachineCue | roleOrgNoun

// beforeCapital reports whether token e is a capitalised word glued to the
// one before that could continue a name.
func (d *doc) beforeCapital(e int) bool {
	_, end := d.bounds(e)
	return e < end && d.glued(e) && d.tz.toks[e].flags&fUpper != 0 && d.role(e)&notName == 0
}

// inLongerName reports whether tokens [s, e) are glued to a capitalised word
// that is in no accepted name ("Frontier AI", "Alan Turing"). A name that
// needs a cue is then part of another name.
func (d *doc) inLongerName(s, e int) bool {
	first, _ := d.bounds(s)
	if d.beforeCapital(e) {
		return true
	}
	if s > first && d.glued(s) && d.cover[s-1] == 0 && d.tz.toks[s-1].flags&(fUpper|fMixed) != 0 && d.role(s-1)&notName == 0 {
		// a common word is capitalised at the start of a sentence only
		startsSentence := d.tz.toks[s-1].gap&(gSentence|gPara) != 0
		if d.role(s-1)&roleCommon == 0 || !startsSentence {
			return !d.placeComplement(s - 1)
		}
	}
	return false
}

// placeComplement reports whether token i is a place after a preposition,
// as in "exploite à Pune AIRAWAT": the name that follows is not part of it.
func (d *doc) placeComplement(i int) bool {
	first, _ := d.bounds(i)
	return d.role(i)&rolePlace != 0 && i > first && d.glued(i) && (d.preposition(i-1) || d.is(i-1, "en"))
}

// suffixedAfter reports whether the listed name before token e is followed
// by capitalised words, at most three, the last of which is a firm suffix:
// the whole then names another company, a fund or a subsidiary. "Atlassian
// Ventures", "Intel Capital" and "Morgan Stanley Infrastructure Partners"
// are not Atlassian, Intel nor Morgan Stanley.
func (d *doc) suffixedAfter(e int) bool {
	_, end := d.bounds(e)
	for k := e; k < end && k < e+3 && d.glued(k) && d.tz.toks[k].flags&fUpper != 0 && d.role(k)&notName == 0; k++ {
		if firmSuffixes[string(d.folded(k))] && !d.is(k, "holdings") {
			return true // "Arm Holdings" and "Vertiv Holdings" are still Arm and Vertiv
		}
	}
	return false
}

// legalForms are the legal forms written after a company's name ("Ltd",
// "Inc.", "GmbH", "SAS", "SE"): they name the same company, not another one.
var legalForms = toSet(`ltd|limited|inc|corp|corporation|plc|llc|llp|lp|gmbh|ag|se|sa|sas|sasu|sarl|asa|oyj|ab|nv|bv|spa|srl|kk|co|pty`)

// legalFormAt reports whether token e, written with a capital and in the
// same sentence as the name before it, is a legal form.
func (d *doc) legalFormAt(e int) bool {
	_, end := d.bounds(e)
	return e < end && d.glued(e) && d.tz.toks[e].flags&fUpper != 0 && legalForms[string(d.folded(e))]
}

// legalFormsAfter returns the end of the legal forms that follow token e,
// with "&" before "Co" ("Goldman Sachs & Co. LLC") and the word "Holdings"
// ("Vertiv Holdings Co."), or e when there is none.
func (d *doc) legalFormsAfter(e int) int {
	_, end := d.bounds(e)
	for {
		switch {
		case d.legalFormAt(e), e < end && d.is(e, "holdings") && d.tz.toks[e].flags&fUpper != 0 && d.glued(e):
			e++
		case e+1 < end && d.is(e, "&") && d.is(e+1, "co") && d.legalFormAt(e+1):
			e += 2
		default:
			return e
		}
	}
}

// antonomasia reports whether the listed name at tokens [s, e) stands for a
// kind of organisation, or for a product, rather than for itself: after an
// indefinite article ("un Google européen", "un Airbus A350"), or after a
// determiner and before a field of activity or a century ("l'Airbus de
// l'IA", "le Nokia du XXIe siècle"). Other complements keep the
// organisation: "le CEA de Grenoble", "la DGCCRF des produits de
// consommation".
func (d *doc) antonomasia(s, e int) bool {
	first, end := d.bounds(s)
	j := s - 1
	if j < first || d.role(j)&roleDet == 0 || d.tz.toks[s].gap&^gOther != 0 {
		return false
	}
	if (d.is(j, "un") || d.is(j, "une")) && d.tz.toks[s].flags&fUpper != 0 {
		// "rêver à un Airbus", "un Google européen", but a listed form that
		// starts with its noun is literal: "un groupe Atos en restructuration"
		return true
	}
	if e >= end || !d.glued(e) {
		return false
	}
	if !(d.is(e, "de") || d.is(e, "du") || d.is(e, "des") || d.is(e, "d")) {
		return false
	}
	k := e + 1
	if k < end && d.glued(k) && d.role(k)&roleDet != 0 && (d.is(e, "de") || d.is(e, "d")) {
		k++ // "de l'IA", "de la santé"
	}
	if k >= end || !d.glued(k) {
		return false
	}
	return fieldWords[string(d.folded(k))] || century(string(d.folded(k)))
}

// fieldWords are the fields of activity an antonomasia names: "l'Airbus de
// l'IA", "le Netflix du calcul", "le Tesla de la robotique".
var fieldWords = toSet(`ia|ai|intelligence|numerique|tech|cloud|quantique|calcul|supercalcul|logiciel
	|sante|spatial|puces|semiconducteurs|donnees|data|robotique|cybersecurite|web|internet|energie
	|batterie|batteries|automobile|assurance|banque|finance|defense|agents|modeles`)

// century reports whether a folded word is a century in Roman numerals:
// "xxie", "xixe".
func century(w string) bool {
	n := strings.TrimRight(w, "e")
	if len(n) == len(w) || n == "" {
		return false
	}
	return strings.Trim(n, "ivxl") == ""
}

// compound reports whether the word at token e is a lower-case word glued by
// a hyphen to the one before: the name before it is then the first part of
// a compound word ("Méta-analyse").
func (d *doc) compound(e int) bool {
	_, end := d.bounds(e)
	t := d.tz.toks[e]
	return e < end && t.gap&gHyphen != 0 && t.flags&fLetter != 0 && t.flags&fUpper == 0
}

// lowerExtensions are the folded adjectives that, written after a listed
// name in lower case, make it the description of another body: "l'agence
// nationale de la recherche scientifique" describes Australia's CSIRO, not
// the ANR.
var lowerExtensions = toSet(`scientifique|scientifiques|spatiale|spatial|medicale|agronomique|nucleaire
	|industrielle|technologique|technologiques|appliquee|fondamentale|biomedicale|agricole|militaire`)

// extendedLower reports whether the listed name at tokens [s, e) is written
// wholly in lower case and goes on with an adjective of lowerExtensions: the
// words then describe a body other than the listed one.
func (d *doc) extendedLower(s, e int) bool {
	_, end := d.bounds(s)
	if e >= end || !d.glued(e) || d.tz.toks[e].flags&fUpper != 0 || !lowerExtensions[string(d.folded(e))] {
		return false
	}
	for k := s; k < e; k++ {
		if d.tz.toks[k].flags&fUpper != 0 {
			return false
		}
	}
	return true
}

// confederations are the folded acronyms of the union confederations that a
// member union writes after its own acronym or name: "SFA-CGT", "SNES-FSU",
// "la Fédération nationale des ports et docks CGT".
var confederations = toSet(`cgt|cfdt|fsu|unsa|cftc`)

// affiliation reports whether the listed form at tokens [s, e) is a
// confederation's acronym hyphenated after an unlisted capitalised word: the
// whole is the member union's acronym ("le SFA-CGT"), and the confederation
// is not named on its own. Two listed names ("l'intersyndicale CFDT-CGT")
// stay two.
func (d *doc) affiliation(s, e int) bool {
	first, _ := d.bounds(s)
	toks := d.tz.toks
	return e == s+1 && s > first && toks[s].gap == gHyphen && confederations[string(d.folded(s))] &&
		toks[s-1].flags&fUpper != 0 && d.cover[s-1] == 0
}

// verbalNoun reports whether token j is a naming noun whose folded form is
// also a verb: "place" (il place), "livre" (livré).
func (d *doc) verbalNoun(j int) bool {
	return d.is(j, "place") || d.is(j, "livre")
}

// named reports whether the word before token s is a noun that names
// something other than an organisation or a machine with the words that
// follow: "le lycée Jules Verne", "la sonde Jupiter", "le canal de Suez".
func (d *doc) named(s int) bool {
	first, _ := d.bounds(s)
	j := s - 1
	if j < first || !d.glued(s) {
		return false
	}
	if d.role(j)&roleNamed != 0 {
		// "place" and "livre" are also verbs once folded: "la place Vendôme",
		// but "la Suisse place Alps", "le groupe a livré Adastra"
		return !d.verbalNoun(j) || j > first && d.glued(j) && d.role(j-1)&roleDet != 0
	}
	if d.role(j)&roleAdj != 0 && j > first && d.glued(j) && d.role(j-1)&roleNamed != 0 && !d.verbalNoun(j-1) {
		return true // with an adjective between: "la navette américaine Discovery"
	}
	return d.ofPlaceNoun(s)
}

// ofPlaceNoun reports whether the name at token s is the complement of a
// noun of place: "canal de Suez", "rue de Rivoli", "rue d'Antin", "la zone de
// Carling", but "le laboratoire de l'Inria".
func (d *doc) ofPlaceNoun(s int) bool {
	first, _ := d.bounds(s)
	j := s - 1
	if j < first || !d.glued(s) {
		return false
	}
	return (d.is(j, "de") || d.is(j, "du") || d.is(j, "d")) && j > first && d.glued(j) && d.role(j-1)&roleGeo != 0
}
