package entity

import "strings"

// docForm is a way to write a name that the document itself teaches: the
// short form of a listed name ("Mistral" for "Mistral AI"), an unknown name
// found from a cue, an acronym defined in parentheses, or a name whose
// misspellings are accepted ("Huggins Face" for "Hugging Face").
type docForm struct {
	words []string // folded
	key   string   // words joined by spaces
	entry int32    // -1 for a name that is in no list
	kind  Kind
	name  string
	fuzzy bool // misspellings allowed
}

func (d *doc) addForm(f docForm) {
	f.key = strings.Join(f.words, " ")
	for k, g := range d.forms {
		if g.key == f.key && g.fuzzy == f.fuzzy {
			if g.entry < 0 && f.kind == g.kind && len(f.name) > len(g.name) {
				// an unlisted name first taken alone, then defined as the
				// short form of a longer one: "… du SNE" and "Syndicat
				// national de l'édition (SNE)"
				d.forms[k] = f
			}
			return
		}
	}
	d.forms = append(d.forms, f)
}

// findDocForms adds the forms the accepted names teach, then marks their
// occurrences among the free capitalised words of the document.
func (d *doc) findDocForms() {
	nspans := len(d.spans)
	for i := 0; i < nspans; i++ {
		sp := d.spans[i]
		if sp.state != accepted || sp.entry < 0 {
			continue
		}
		e := &d.r.entries[sp.entry]
		if !d.formsOf[sp.entry] {
			d.formsOf[sp.entry] = true
			if len(e.short) > 0 {
				words := make([]string, len(e.short))
				for k, id := range e.short {
					words[k] = d.r.words[id]
				}
				d.addForm(docForm{words: words, entry: sp.entry, kind: e.kind, name: e.name})
			}
			if long(e.nameToks) {
				d.addForm(docForm{words: e.nameToks, entry: sp.entry, kind: e.kind, name: e.name, fuzzy: true})
			}
		}
		if !d.spells(sp.s, sp.e, e.nameToks) {
			if ws := d.words(sp.s, sp.e); long(ws) {
				d.addForm(docForm{words: ws, entry: sp.entry, kind: e.kind, name: e.name, fuzzy: true})
			}
		}
	}
	if len(d.forms) == 0 {
		return
	}
	toks := d.tz.toks
	d.renameByForms()
	for f := range 2 {
		for i := d.first[f]; i < d.end[f]; i++ {
			if d.cover[i] != 0 || toks[i].flags&fUpper == 0 || d.role(i)&(roleCommon|roleFirstName|rolePlace|roleEvent) != 0 {
				continue
			}
			if fm, n := d.formAt(i); n > 0 {
				d.accept(span{s: i, e: i + n, kind: fm.kind, entry: fm.entry, name: fm.name})
				i += n - 1
			}
		}
	}
}

// renameByForms gives the name of a document form to an unlisted
// organisation found on its own from a cue before the document taught that
// form: "le président du SNE" is the "Syndicat national de l'édition (SNE)"
// of an earlier sentence.
func (d *doc) renameByForms() {
	toks := d.tz.toks
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.state != accepted || sp.entry >= 0 || sp.kind != Organisation {
			continue
		}
		if sp.name != d.text[d.fieldOf(sp.s)][toks[sp.s].start:toks[sp.e-1].end] {
			continue // named by a longer form already
		}
		for _, fm := range d.forms {
			if !fm.fuzzy && fm.kind == Organisation && fm.name != sp.name && d.spells(sp.s, sp.e, fm.words) {
				sp.name, sp.entry = fm.name, fm.entry
				break
			}
		}
		if sp.entry < 0 {
			d.renameByHead(sp)
		}
	}
}

// renameByHead gives to an unlisted organisation found from a cue the name
// of a listed organisation of the document that is the same name after a
// head word: "Pasteur a investi" after "l'Institut Pasteur".
func (d *doc) renameByHead(sp *span) {
	for k := range d.spans {
		o := &d.spans[k]
		if o.state != accepted || o.entry < 0 || o.kind != Organisation {
			continue
		}
		words := d.r.entries[o.entry].nameToks
		if len(words) != sp.e-sp.s+1 {
			continue
		}
		if id, ok := d.r.vocab[words[0]]; !ok || d.r.roles[id]&roleHead == 0 {
			continue
		}
		if d.spells(sp.s, sp.e, words[1:]) {
			sp.name, sp.entry = d.r.entries[o.entry].name, o.entry
			return
		}
	}
}

// spells reports whether tokens [s, e) fold to words.
func (d *doc) spells(s, e int, words []string) bool {
	if e-s != len(words) {
		return false
	}
	for k, w := range words {
		if string(d.folded(s+k)) != w {
			return false
		}
	}
	return true
}

// long reports whether a name is worth matching with misspellings: it has a
// word of five letters or more.
func long(words []string) bool {
	for _, w := range words {
		if len(w) >= 5 {
			return true
		}
	}
	return false
}

// formAt returns the longest document form written at token i, exactly or,
// for fuzzy forms, with one typing error in a word of five letters or more.
func (d *doc) formAt(i int) (docForm, int) {
	_, end := d.bounds(i)
	best, bestN := docForm{}, 0
	first := d.folded(i)
	if len(first) == 0 {
		return docForm{}, 0
	}
	for _, fm := range d.forms {
		n := len(fm.words)
		if n <= bestN || i+n > end || first[0] != fm.words[0][0] || !d.free(i, i+n) {
			continue
		}
		typos, ok := 0, true
		for k, w := range fm.words {
			t := i + k
			if k > 0 && !d.glued(t) {
				ok = false
				break
			}
			got := d.folded(t)
			if string(got) == w {
				continue
			}
			if !fm.fuzzy || len(w) < 5 || len(got) < 5 || d.tz.toks[t].flags&fUpper == 0 || !oneTypo(string(got), w, n > 1) {
				ok = false
				break
			}
			typos++
		}
		// a fuzzy form matches misspellings only, with one word right at least
		if !ok || fm.fuzzy && (typos == 0 || n > 1 && typos == n) {
			continue
		}
		best, bestN = fm, n
	}
	return best, bestN
}

// oneTypo reports whether a and b differ by one inserted or deleted letter,
// two swapped neighbours or, when substitute is set, one replaced letter.
// The first letters must agree.
func oneTypo(a, b string, substitute bool) bool {
	if a == b || len(a) == 0 || len(b) == 0 || a[0] != b[0] {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		if a[i+1:] != b[i:] {
			return false
		}
		// without substitutions, only a doubled letter: "Illiad" for "Iliad"
		return substitute || i > 0 && a[i] == a[i-1] || i+1 < len(a) && a[i] == a[i+1]
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if substitute && a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return false
}
